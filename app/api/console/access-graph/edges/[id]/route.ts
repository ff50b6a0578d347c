// GET: one edge's explanation (spec §3.4 edge panel): both sides of its decision in its minimal
// context. The id is the edge's id, URL-encoded.
import { z } from "zod";
import { withConsoleApi } from "@/lib/api/with-console-api";
import { edgeExplanationFor, GRAPH_ACTION } from "@/lib/graph/service";

const ZParams = z.object({ id: z.string().min(1).max(6000) });

function decoded(id: string): string {
  if (!id.includes("%")) return id;
  try {
    return decodeURIComponent(id);
  } catch {
    return id;
  }
}

export const GET = withConsoleApi({
  action: GRAPH_ACTION,
  params: ZParams,
  resource: () => "*",
  handler: ({ caller, params }) => edgeExplanationFor(caller, decoded(params.id)),
});
