// The user's console password. GET: whether it has one (iam:GetLoginProfile; NoSuchEntity when not,
// which the Summary shows as "Console access: Disabled"). POST: enable console access with a password
// (iam:CreateLoginProfile). PUT: set a new password (iam:UpdateLoginProfile). DELETE: disable console
// access (iam:DeleteLoginProfile). New passwords must satisfy the account password policy.
import { z } from "zod";
import { withConsoleApi } from "@/lib/api/with-console-api";
import { getLoginProfile } from "@/lib/iam/mfa-devices/virtual";
import { createLoginProfile, deleteLoginProfile, updateLoginProfile } from "@/lib/iam/login-profiles/profiles";

const ZParams = z.object({ name: z.string().min(1) });
const ZPasswordInput = z
  .object({
    password: z.string().min(1).max(128),
    passwordResetRequired: z.boolean().optional(),
  })
  .strict();
const userArn = ({ caller, params }: { caller: { accountId: string }; params: { name: string } }) => `arn:aws:iam::${caller.accountId}:user/${params.name}`;

export const GET = withConsoleApi({
  action: "iam:GetLoginProfile",
  params: ZParams,
  resource: userArn,
  handler: ({ caller, params }) => getLoginProfile(caller, params.name),
});

export const POST = withConsoleApi({
  action: "iam:CreateLoginProfile",
  params: ZParams,
  body: ZPasswordInput,
  resource: userArn,
  handler: ({ caller, params, body }) => createLoginProfile(caller, { userName: params.name, ...body }),
});

export const PUT = withConsoleApi({
  action: "iam:UpdateLoginProfile",
  params: ZParams,
  body: ZPasswordInput,
  resource: userArn,
  handler: ({ caller, params, body }) => updateLoginProfile(caller, { userName: params.name, ...body }),
});

export const DELETE = withConsoleApi({
  action: "iam:DeleteLoginProfile",
  params: ZParams,
  resource: userArn,
  handler: ({ caller, params }) => deleteLoginProfile(caller, params.name),
});
