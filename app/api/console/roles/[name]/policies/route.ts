// GET: the Permissions tab — attached managed policies with Type and Attached entities, and the
// inline policies with their documents (iam:ListAttachedRolePolicies, iam:ListRolePolicies,
// iam:GetRolePolicy). POST: Attach policies (iam:AttachRolePolicy each; PoliciesPerRole quota).
// DELETE ?policyArn=: detach one (iam:DetachRolePolicy). Authorization happens in lib/iam.
import { z } from "zod";
import { withConsoleApi } from "@/lib/api/with-console-api";
import { getRolePermissions } from "@/lib/iam/console/role-detail";
import { attachRolePolicy, detachRolePolicy } from "@/lib/iam/roles/attached";
import { roleResource, ZRoleParams } from "../params";

// A policy ARN is at most 2,048 characters (AWS's arnType).
const ZPolicyArn = z.string().min(20).max(2048);

export const GET = withConsoleApi({
  action: "iam:ListAttachedRolePolicies",
  params: ZRoleParams,
  resource: roleResource,
  handler: ({ caller, params }) => getRolePermissions(caller, params.name),
});

// One page of the picker at a time; the role quota (10, adjustable to 25) is enforced by IAM.
const ZAttachInput = z.object({ policyArns: z.array(ZPolicyArn).min(1).max(100) }).strict();

export const POST = withConsoleApi({
  action: "iam:AttachRolePolicy",
  params: ZRoleParams,
  body: ZAttachInput,
  resource: roleResource,
  // One AttachRolePolicy per policy, as the console calls them.
  trail: ({ params, body }) => body.policyArns.map((arn) => ({ request: { RoleName: params.name, PolicyArn: arn } })),
  handler: async ({ caller, params, body }) => {
    // Sequential, as the console attaches them: the quota error stops at the first policy over the limit.
    const attached: string[] = [];
    for (const arn of body.policyArns) {
      await attachRolePolicy(caller, params.name, arn);
      attached.push(arn);
    }
    return { attached };
  },
});

export const DELETE = withConsoleApi({
  action: "iam:DetachRolePolicy",
  params: ZRoleParams,
  query: z.object({ policyArn: ZPolicyArn }).strict(),
  resource: roleResource,
  trail: ({ params, query }) => ({ request: { RoleName: params.name, PolicyArn: query.policyArn } }),
  handler: async ({ caller, params, query }) => {
    await detachRolePolicy(caller, params.name, query.policyArn);
    return { ok: true };
  },
});
