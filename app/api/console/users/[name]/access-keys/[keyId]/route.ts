// PATCH: set a key Active/Inactive (iam:UpdateAccessKey). DELETE: delete it (iam:DeleteAccessKey).
// Both name the owning user's ARN; a key of another user answers NoSuchEntity.
import { z } from "zod";
import { withConsoleApi } from "@/lib/api/with-console-api";
import { deleteAccessKey, updateAccessKey } from "@/lib/iam/access-keys/keys";

// Access key ids are 16–128 characters (AWS's accessKeyIdType).
const ZParams = z.object({ name: z.string().min(1), keyId: z.string().min(16).max(128) });
const userArn = (acct: string, name: string) => `arn:aws:iam::${acct}:user/${name}`;

export const PATCH = withConsoleApi({
  action: "iam:UpdateAccessKey",
  params: ZParams,
  body: z.object({ status: z.enum(["Active", "Inactive"]) }).strict(),
  resource: ({ caller, params }) => userArn(caller.accountId, params.name),
  handler: async ({ caller, params, body }) => {
    await updateAccessKey(caller, { userName: params.name, accessKeyId: params.keyId, status: body.status });
    return { ok: true };
  },
});

export const DELETE = withConsoleApi({
  action: "iam:DeleteAccessKey",
  params: ZParams,
  resource: ({ caller, params }) => userArn(caller.accountId, params.name),
  handler: async ({ caller, params }) => {
    await deleteAccessKey(caller, { userName: params.name, accessKeyId: params.keyId });
    return { ok: true };
  },
});
