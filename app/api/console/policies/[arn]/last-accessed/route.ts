// GET: the policy page's Last Accessed tab — services the default version allows and the last call
// by an entity it is attached to (iam:GenerateServiceLastAccessedDetails on the policy). Authorization in lib/iam.
import { withConsoleApi } from "@/lib/api/with-console-api";
import { policyLastAccessed } from "@/lib/iam/policies/last-accessed";
import { ZPolicyArnParams } from "../../policy-arn";

export const GET = withConsoleApi({
  action: "iam:GenerateServiceLastAccessedDetails",
  params: ZPolicyArnParams,
  resource: ({ params }) => params.arn,
  handler: ({ caller, params }) => policyLastAccessed(caller, params.arn),
});
