// GET: the user's access keys, never their secrets (iam:ListAccessKeys). POST: create a key — the
// only response that ever carries the secret (iam:CreateAccessKey, 2 per user).
import { z } from "zod";
import { withConsoleApi } from "@/lib/api/with-console-api";
import { createAccessKey, listAccessKeys } from "@/lib/iam/access-keys/keys";

const ZParams = z.object({ name: z.string().min(1) });
const userArn = (acct: string, name: string) => `arn:aws:iam::${acct}:user/${name}`;

export const GET = withConsoleApi({
  action: "iam:ListAccessKeys",
  params: ZParams,
  resource: ({ caller, params }) => userArn(caller.accountId, params.name),
  handler: ({ caller, params }) => listAccessKeys(caller, params.name),
});

export const POST = withConsoleApi({
  action: "iam:CreateAccessKey",
  params: ZParams,
  body: z.object({}).strict(),
  resource: ({ caller, params }) => userArn(caller.accountId, params.name),
  handler: ({ caller, params }) => createAccessKey(caller, params.name),
});
