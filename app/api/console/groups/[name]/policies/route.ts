// GET: the group's attached managed policies with Type and Attached entities (iam:ListAttachedGroupPolicies).
// POST: attach a selection (iam:AttachGroupPolicy each, quota 10). DELETE ?policyArn=: iam:DetachGroupPolicy.
import { z } from "zod";
import { withConsoleApi } from "@/lib/api/with-console-api";
import { describeAttached } from "@/lib/iam/attachments";
import { attachGroupPolicies, detachGroupPolicy, listAttachedGroupPolicies } from "@/lib/iam/groups";

const ZParams = z.object({ name: z.string().min(1) });
const groupArn = (acct: string, name: string) => `arn:aws:iam::${acct}:group/${name}`;

export const GET = withConsoleApi({
  action: "iam:ListAttachedGroupPolicies",
  params: ZParams,
  resource: ({ caller, params }) => groupArn(caller.accountId, params.name),
  handler: async ({ caller, params }) => {
    const { AttachedPolicies } = await listAttachedGroupPolicies(caller, params.name);
    return { AttachedPolicies: await describeAttached(AttachedPolicies) };
  },
});

export const POST = withConsoleApi({
  action: "iam:AttachGroupPolicy",
  params: ZParams,
  body: z.object({ policyArns: z.array(z.string().min(20).max(2048)).min(1).max(100) }).strict(),
  resource: ({ caller, params }) => groupArn(caller.accountId, params.name),
  handler: ({ caller, params, body }) => attachGroupPolicies(caller, params.name, body.policyArns),
});

export const DELETE = withConsoleApi({
  action: "iam:DetachGroupPolicy",
  params: ZParams,
  query: z.object({ policyArn: z.string().min(20).max(2048) }).strict(),
  resource: ({ caller, params }) => groupArn(caller.accountId, params.name),
  handler: async ({ caller, params, query }) => {
    await detachGroupPolicy(caller, params.name, query.policyArn);
    return { ok: true };
  },
});
