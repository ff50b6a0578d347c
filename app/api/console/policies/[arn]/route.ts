// GET: the policy page's summary with its type and default version's JSON (iam:GetPolicy +
// iam:GetPolicyVersion). DELETE: the console delete — non-default versions, then the policy
// (iam:DeletePolicyVersion, iam:DeletePolicy); refused with DeleteConflict while attached.
// AWS managed policies are readable by anyone allowed, never deletable.
import { withConsoleApi } from "@/lib/api/with-console-api";
import { deletePolicyForConsole, getPolicyForConsole } from "@/lib/iam/console/policy-detail";
import { ZPolicyArnParams } from "../policy-arn";

export const GET = withConsoleApi({
  action: "iam:GetPolicy",
  params: ZPolicyArnParams,
  resource: ({ params }) => params.arn,
  handler: ({ caller, params }) => getPolicyForConsole(caller, params.arn),
});

export const DELETE = withConsoleApi({
  action: "iam:DeletePolicy",
  params: ZPolicyArnParams,
  resource: ({ params }) => params.arn,
  handler: async ({ caller, params }) => {
    await deletePolicyForConsole(caller, params.arn);
    return { ok: true };
  },
});
