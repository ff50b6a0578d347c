// GET: one version's document (iam:GetPolicyVersion). PATCH {isDefault:true}: "Set as default"
// (iam:SetDefaultPolicyVersion). DELETE: a non-default version (iam:DeletePolicyVersion).
// Changes are refused on AWS managed policies with IAM's AccessDenied.
import { z } from "zod";
import { withConsoleApi } from "@/lib/api/with-console-api";
import { deletePolicyVersion, getPolicyVersion, setDefaultPolicyVersion } from "@/lib/iam/policies";
import { ZPolicyArnParams } from "../../../policy-arn";

// Version ids are checked against IAM's pattern in lib/iam, with its ValidationError.
const ZParams = ZPolicyArnParams.extend({ versionId: z.string().min(1).max(64) });

export const GET = withConsoleApi({
  action: "iam:GetPolicyVersion",
  params: ZParams,
  resource: ({ params }) => params.arn,
  handler: ({ caller, params }) => getPolicyVersion(caller, params.arn, params.versionId),
});

export const PATCH = withConsoleApi({
  action: "iam:SetDefaultPolicyVersion",
  params: ZParams,
  body: z.object({ isDefault: z.literal(true) }).strict(),
  resource: ({ params }) => params.arn,
  handler: async ({ caller, params }) => {
    await setDefaultPolicyVersion(caller, params.arn, params.versionId);
    return { ok: true };
  },
});

export const DELETE = withConsoleApi({
  action: "iam:DeletePolicyVersion",
  params: ZParams,
  resource: ({ params }) => params.arn,
  handler: async ({ caller, params }) => {
    await deletePolicyVersion(caller, params.arn, params.versionId);
    return { ok: true };
  },
});
