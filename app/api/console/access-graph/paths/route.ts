// GET: the graph's queries (spec §3.3): ?query=who-can-reach&target=<node id> | what-can-reach&source=<node id>
// | who-can-reach-admin[&policy=<policy ARN>] → { paths }, k shortest per endpoint, depth ≤ 6.
import { z } from "zod";
import { withConsoleApi } from "@/lib/api/with-console-api";
import { GRAPH_ACTION, pathsFor } from "@/lib/graph/service";

const id = z.string().min(1).max(2048);
const ZQuery = z.discriminatedUnion("query", [
  z.object({ query: z.literal("who-can-reach"), target: id }).strict(),
  z.object({ query: z.literal("what-can-reach"), source: id }).strict(),
  z.object({ query: z.literal("who-can-reach-admin"), policy: id.optional() }).strict(),
]);

export const GET = withConsoleApi({
  action: GRAPH_ACTION,
  query: ZQuery,
  resource: () => "*",
  handler: ({ caller, query }) => pathsFor(caller, query),
});
