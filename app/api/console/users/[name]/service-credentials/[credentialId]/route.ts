// PATCH: set a service-specific credential Active/Inactive (iam:UpdateServiceSpecificCredential).
// DELETE: delete it (iam:DeleteServiceSpecificCredential). Both name the owning user's ARN; another
// user's credential answers NoSuchEntity.
import { z } from "zod";
import { withConsoleApi } from "@/lib/api/with-console-api";
import { deleteServiceSpecificCredential, updateServiceSpecificCredential } from "@/lib/iam/service-specific-credentials/credentials";

// serviceSpecificCredentialId: 20–128 word characters.
const ZParams = z.object({ name: z.string().min(1), credentialId: z.string().regex(/^\w{20,128}$/) });
const userArn = (acct: string, name: string) => `arn:aws:iam::${acct}:user/${name}`;

export const PATCH = withConsoleApi({
  action: "iam:UpdateServiceSpecificCredential",
  params: ZParams,
  body: z.object({ status: z.enum(["Active", "Inactive"]) }).strict(),
  resource: ({ caller, params }) => userArn(caller.accountId, params.name),
  handler: async ({ caller, params, body }) => {
    await updateServiceSpecificCredential(caller, { userName: params.name, id: params.credentialId, status: body.status });
    return { ok: true };
  },
});

export const DELETE = withConsoleApi({
  action: "iam:DeleteServiceSpecificCredential",
  params: ZParams,
  resource: ({ caller, params }) => userArn(caller.accountId, params.name),
  handler: async ({ caller, params }) => {
    await deleteServiceSpecificCredential(caller, { userName: params.name, id: params.credentialId });
    return { ok: true };
  },
});
