// GET: the positions of a view of the access graph, laid out on the server (lib/graph/layout.ts):
// ?denied=true with the "trusted but identity-denied" edges, ?search=<text> the matching nodes and
// their neighbours only. Cached with the graph until an authorization change.
import { z } from "zod";
import { withConsoleApi } from "@/lib/api/with-console-api";
import { GRAPH_ACTION, layoutFor } from "@/lib/graph/service";

const ZQuery = z
  .object({
    search: z.string().max(256).optional(),
    denied: z.enum(["true", "false"]).optional(),
  })
  .strict();

export const GET = withConsoleApi({
  action: GRAPH_ACTION,
  query: ZQuery,
  resource: () => "*",
  handler: ({ caller, query }) => layoutFor(caller, { search: query.search, denied: query.denied === "true" }),
});
