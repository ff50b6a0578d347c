// GET: the Policy versions tab, newest first (iam:ListPolicyVersions). POST: "Save changes" from the
// Edit page — a new version set as default (iam:CreatePolicyVersion), optionally first dropping the
// oldest non-default version when five exist (iam:DeletePolicyVersion). Customer managed only.
import { z } from "zod";
import { withConsoleApi } from "@/lib/api/with-console-api";
import { listPolicyVersions } from "@/lib/iam/policies";
import { savePolicyChanges } from "@/lib/iam/console/policy-detail";
import { ZPolicyArnParams } from "../../policy-arn";

export const GET = withConsoleApi({
  action: "iam:ListPolicyVersions",
  params: ZPolicyArnParams,
  resource: ({ params }) => params.arn,
  handler: ({ caller, params }) => listPolicyVersions(caller, params.arn),
});

const ZSavePolicyInput = z
  .object({
    // The 6,144-character quota is IAM's (LimitExceeded PolicySize); this bound only stops abuse.
    policyDocument: z.string().min(1).max(131072),
    replaceOldestVersion: z.boolean().optional(),
  })
  .strict();

export const POST = withConsoleApi({
  action: "iam:CreatePolicyVersion",
  params: ZPolicyArnParams,
  body: ZSavePolicyInput,
  resource: ({ params }) => params.arn,
  handler: ({ caller, params, body }) => savePolicyChanges(caller, { policyArn: params.arn, ...body }),
});
