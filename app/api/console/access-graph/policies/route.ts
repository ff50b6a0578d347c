// GET: the managed policies attached to the access graph's principals, in every account it spans →
// { policies: [{ arn, name, accountId?, holders }] }, the choices of "who can reach admin" through a policy.
import { z } from "zod";
import { withConsoleApi } from "@/lib/api/with-console-api";
import { GRAPH_ACTION, graphPoliciesFor } from "@/lib/graph/service";

export const GET = withConsoleApi({
  action: GRAPH_ACTION,
  query: z.object({}).strict(),
  resource: () => "*",
  handler: ({ caller }) => graphPoliciesFor(caller),
});
