// POST: validate a policy document as the console's editors do (access-analyzer:ValidatePolicy).
import { z } from "zod";
import { withConsoleApi } from "@/lib/api/with-console-api";
import { validatePolicyDocument } from "@/lib/iam/validate-policy-document";

const ZValidateInput = z
  .object({
    document: z.string().max(131_072), // far above any IAM limit; only bounds the work per request
    policyType: z.enum(["identity", "resource", "trust", "scp", "rcp", "session", "boundary"]),
    /** A managed policy (create policy, new version): IAM requires Version 2012-10-17 there. */
    managed: z.boolean().optional(),
  })
  .strict();

export const POST = withConsoleApi({
  action: "access-analyzer:ValidatePolicy",
  body: ZValidateInput,
  handler: ({ caller, body }) => validatePolicyDocument(caller, body.document, body.policyType, { managed: body.managed }),
});
