// GET: the user's SSH public keys for CodeCommit, without their bodies (iam:ListSSHPublicKeys).
// POST: upload one, ssh-rsa or PEM (iam:UploadSSHPublicKey, 5 per user).
import { z } from "zod";
import { withConsoleApi } from "@/lib/api/with-console-api";
import { listSshPublicKeys, uploadSshPublicKey } from "@/lib/iam/ssh-public-keys/keys";

const ZParams = z.object({ name: z.string().min(1) });
const userArn = (acct: string, name: string) => `arn:aws:iam::${acct}:user/${name}`;

export const GET = withConsoleApi({
  action: "iam:ListSSHPublicKeys",
  params: ZParams,
  resource: ({ caller, params }) => userArn(caller.accountId, params.name),
  handler: ({ caller, params }) => listSshPublicKeys(caller, { userName: params.name, maxItems: 1000 }),
});

export const POST = withConsoleApi({
  action: "iam:UploadSSHPublicKey",
  params: ZParams,
  // publicKeyMaterialType: 1–16384 characters.
  body: z.object({ body: z.string().min(1).max(16384) }).strict(),
  resource: ({ caller, params }) => userArn(caller.accountId, params.name),
  handler: ({ caller, params, body }) => uploadSshPublicKey(caller, { userName: params.name, body: body.body }),
});
