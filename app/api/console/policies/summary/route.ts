// POST {policyDocument}: the "Permissions defined in this policy" summary — per effect and service,
// the access level, resources and condition keys, read from the service authorization catalog.
// Reveals nothing about the account, so any signed-in caller may ask (the console computes it in
// the browser from the same public catalog).
import { z } from "zod";
import { withConsoleApi } from "@/lib/api/with-console-api";
import { summarizePolicyDocument } from "@/lib/iam/console/policy-summary";

const ZSummaryInput = z
  .object({
    policyDocument: z.string().max(131_072), // far above any IAM limit; only bounds the work per request
  })
  .strict();

export const POST = withConsoleApi({
  // No IAM API: AWS's console computes this in the browser, so CloudTrail records nothing for it.
  action: "console:GetPolicySummary",
  body: ZSummaryInput,
  handler: ({ body }) => summarizePolicyDocument(body.policyDocument),
});
