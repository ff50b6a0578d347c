// GET: the user's inline policies with their documents, the Permissions tab's "Customer inline" rows
// (iam:ListUserPolicies + iam:GetUserPolicy). DELETE ?policyName=: Remove (iam:DeleteUserPolicy).
// Authorization happens in lib/iam.
import { z } from "zod";
import { withConsoleApi } from "@/lib/api/with-console-api";
import { deleteUserPolicy, userInlinePolicies } from "@/lib/iam/console/inline-documents";

const ZParams = z.object({ name: z.string().min(1) });
const userArn = ({ caller, params }: { caller: { accountId: string }; params: { name: string } }) => `arn:aws:iam::${caller.accountId}:user/${params.name}`;

export const GET = withConsoleApi({
  action: "iam:ListUserPolicies",
  params: ZParams,
  resource: userArn,
  handler: ({ caller, params }) => userInlinePolicies(caller, params.name),
});

export const DELETE = withConsoleApi({
  action: "iam:DeleteUserPolicy",
  params: ZParams,
  query: z.object({ policyName: z.string().min(1).max(128) }).strict(),
  resource: userArn,
  handler: async ({ caller, params, query }) => {
    await deleteUserPolicy(caller, { userName: params.name, policyName: query.policyName });
    return { ok: true };
  },
});
