// GET: the group's inline policies with their documents, the Permissions tab's "Customer inline" rows
// (iam:ListGroupPolicies + iam:GetGroupPolicy). DELETE ?policyName=: Remove (iam:DeleteGroupPolicy).
// Authorization happens in lib/iam.
import { z } from "zod";
import { withConsoleApi } from "@/lib/api/with-console-api";
import { deleteGroupPolicy, groupInlinePolicies } from "@/lib/iam/console/inline-documents";

const ZParams = z.object({ name: z.string().min(1) });
const groupArn = ({ caller, params }: { caller: { accountId: string }; params: { name: string } }) => `arn:aws:iam::${caller.accountId}:group/${params.name}`;

export const GET = withConsoleApi({
  action: "iam:ListGroupPolicies",
  params: ZParams,
  resource: groupArn,
  handler: ({ caller, params }) => groupInlinePolicies(caller, params.name),
});

export const DELETE = withConsoleApi({
  action: "iam:DeleteGroupPolicy",
  params: ZParams,
  query: z.object({ policyName: z.string().min(1).max(128) }).strict(),
  resource: groupArn,
  handler: async ({ caller, params, query }) => {
    await deleteGroupPolicy(caller, { groupName: params.name, policyName: query.policyName });
    return { ok: true };
  },
});
