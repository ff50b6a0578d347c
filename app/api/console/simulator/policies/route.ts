// GET ?source=<user|group|role ARN>: the simulator's Policies pane: each policy of the source (inline,
// managed, its groups' policies, the one boundary) with its document, read through the IAM verbs
// the console calls (each authorizes itself).
import { z } from "zod";
import { withConsoleApi } from "@/lib/api/with-console-api";
import { simulatorPolicies } from "@/lib/iam/simulate/console-sources";
import { ZSourceArn } from "../schemas";

export const GET = withConsoleApi({
  action: "iam:ListAttachedUserPolicies",
  query: z.object({ source: ZSourceArn }).strict(),
  resource: ({ query }) => query.source,
  handler: ({ caller, query }) => simulatorPolicies(caller, query.source),
});
