// PUT: Edit trust policy → Update policy (iam:UpdateAssumeRolePolicy; MalformedPolicyDocument,
// the 2,048-character quota and UnmodifiableEntity for service-linked roles come from IAM).
import { z } from "zod";
import { withConsoleApi } from "@/lib/api/with-console-api";
import { updateAssumeRolePolicy } from "@/lib/iam/roles/update";
import { roleResource, ZRoleParams } from "../params";

const ZUpdateTrustInput = z.object({ policyDocument: z.string().min(1).max(131072) }).strict();

export const PUT = withConsoleApi({
  action: "iam:UpdateAssumeRolePolicy",
  params: ZRoleParams,
  body: ZUpdateTrustInput,
  resource: roleResource,
  trail: ({ params, body }) => ({ request: { RoleName: params.name, PolicyDocument: body.policyDocument } }),
  handler: async ({ caller, params, body }) => {
    await updateAssumeRolePolicy(caller, params.name, body.policyDocument);
    return { ok: true };
  },
});
