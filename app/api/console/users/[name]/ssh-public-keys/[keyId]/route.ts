// GET: one SSH public key with its body, in the SSH or PEM encoding (iam:GetSSHPublicKey).
// PATCH: set it Active/Inactive (iam:UpdateSSHPublicKey). DELETE: delete it (iam:DeleteSSHPublicKey).
// All name the owning user's ARN; another user's key answers NoSuchEntity.
import { z } from "zod";
import { withConsoleApi } from "@/lib/api/with-console-api";
import { deleteSshPublicKey, getSshPublicKey, updateSshPublicKey } from "@/lib/iam/ssh-public-keys/keys";

// publicKeyIdType: 20–128 word characters.
const ZParams = z.object({ name: z.string().min(1), keyId: z.string().regex(/^\w{20,128}$/) });
const userArn = (acct: string, name: string) => `arn:aws:iam::${acct}:user/${name}`;

export const GET = withConsoleApi({
  action: "iam:GetSSHPublicKey",
  params: ZParams,
  query: z.object({ encoding: z.enum(["SSH", "PEM"]).default("SSH") }),
  resource: ({ caller, params }) => userArn(caller.accountId, params.name),
  handler: ({ caller, params, query }) => getSshPublicKey(caller, { userName: params.name, id: params.keyId, encoding: query.encoding }),
});

export const PATCH = withConsoleApi({
  action: "iam:UpdateSSHPublicKey",
  params: ZParams,
  body: z.object({ status: z.enum(["Active", "Inactive"]) }).strict(),
  resource: ({ caller, params }) => userArn(caller.accountId, params.name),
  handler: async ({ caller, params, body }) => {
    await updateSshPublicKey(caller, { userName: params.name, id: params.keyId, status: body.status });
    return { ok: true };
  },
});

export const DELETE = withConsoleApi({
  action: "iam:DeleteSSHPublicKey",
  params: ZParams,
  resource: ({ caller, params }) => userArn(caller.accountId, params.name),
  handler: async ({ caller, params }) => {
    await deleteSshPublicKey(caller, { userName: params.name, id: params.keyId });
    return { ok: true };
  },
});
