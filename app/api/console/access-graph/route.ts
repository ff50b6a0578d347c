// GET: the access graph (spec §3.1) of the accounts the caller may read in IAM — nodes, "can assume"
// edges decided by the engine with their chips, member-of edges, admin reach, observed use.
// Authorized as iam:GetAccountAuthorizationDetails (lib/graph/service.ts).
import { withConsoleApi } from "@/lib/api/with-console-api";
import { accessGraphFor, GRAPH_ACTION } from "@/lib/graph/service";

export const GET = withConsoleApi({
  action: GRAPH_ACTION,
  resource: () => "*",
  handler: ({ caller }) => accessGraphFor(caller),
});
