// GET: the user's attached managed policies with the console's Type and Attached entities columns
// (iam:ListAttachedUserPolicies). POST: attach a selection (iam:AttachUserPolicy each, quota 10).
// DELETE ?policyArn=: detach one (iam:DetachUserPolicy). Authorization happens in lib/iam.
import { z } from "zod";
import { withConsoleApi } from "@/lib/api/with-console-api";
import { describeAttached } from "@/lib/iam/attachments";
import { attachUserPolicies, detachUserPolicy, listAttachedUserPolicies } from "@/lib/iam/users/attached";

const ZParams = z.object({ name: z.string().min(1) });
const userArn = (acct: string, name: string) => `arn:aws:iam::${acct}:user/${name}`;

export const GET = withConsoleApi({
  action: "iam:ListAttachedUserPolicies",
  params: ZParams,
  resource: ({ caller, params }) => userArn(caller.accountId, params.name),
  handler: async ({ caller, params }) => {
    const { AttachedPolicies } = await listAttachedUserPolicies(caller, params.name);
    return { AttachedPolicies: await describeAttached(AttachedPolicies) };
  },
});

// A policy ARN is at most 2,048 characters (AWS's arnType); the console attaches one page at a time.
const ZAttachInput = z.object({ policyArns: z.array(z.string().min(20).max(2048)).min(1).max(100) }).strict();

export const POST = withConsoleApi({
  action: "iam:AttachUserPolicy",
  params: ZParams,
  body: ZAttachInput,
  resource: ({ caller, params }) => userArn(caller.accountId, params.name),
  handler: ({ caller, params, body }) => attachUserPolicies(caller, params.name, body.policyArns),
});

export const DELETE = withConsoleApi({
  action: "iam:DetachUserPolicy",
  params: ZParams,
  query: z.object({ policyArn: z.string().min(20).max(2048) }).strict(),
  resource: ({ caller, params }) => userArn(caller.accountId, params.name),
  handler: async ({ caller, params, query }) => {
    await detachUserPolicy(caller, params.name, query.policyArn);
    return { ok: true };
  },
});
