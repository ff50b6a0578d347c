// POST: a new password (or API key secret) for a service-specific credential, returned this once
// (iam:ResetServiceSpecificCredential).
import { z } from "zod";
import { withConsoleApi } from "@/lib/api/with-console-api";
import { resetServiceSpecificCredential } from "@/lib/iam/service-specific-credentials/credentials";

const ZParams = z.object({ name: z.string().min(1), credentialId: z.string().regex(/^\w{20,128}$/) });

export const POST = withConsoleApi({
  action: "iam:ResetServiceSpecificCredential",
  params: ZParams,
  body: z.object({}).strict(),
  resource: ({ caller, params }) => `arn:aws:iam::${caller.accountId}:user/${params.name}`,
  handler: ({ caller, params }) => resetServiceSpecificCredential(caller, { userName: params.name, id: params.credentialId }),
});
