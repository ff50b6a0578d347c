// GET: the Entities attached tab — users, groups and roles using the policy as a permissions policy,
// and users and roles using it as their permissions boundary (iam:ListEntitiesForPolicy, own account only).
// POST {attach?, detach?}: Attach / Detach — Attach/Detach{User,Group,Role}Policy per entity, each
// authorized and quota-checked in lib/iam; stops at the first refusal.
import { z } from "zod";
import { withConsoleApi } from "@/lib/api/with-console-api";
import { attachmentTrail, changePolicyAttachments } from "@/lib/iam/console/policy-attach";
import { listPolicyEntitiesForConsole } from "@/lib/iam/console/policy-detail";
import { ZPolicyArnParams } from "../../policy-arn";

export const GET = withConsoleApi({
  action: "iam:ListEntitiesForPolicy",
  params: ZPolicyArnParams,
  resource: ({ params }) => params.arn,
  handler: ({ caller, params }) => listPolicyEntitiesForConsole(caller, params.arn),
});

// Names are checked by IAM (NoSuchEntity for unknown ones); 100 per request keeps bodies small.
const ZEntity = z.object({ Name: z.string().min(1).max(128), Type: z.enum(["User", "Group", "Role"]) }).strict();
const ZChanges = z
  .object({ attach: z.array(ZEntity).max(100).optional(), detach: z.array(ZEntity).max(100).optional() })
  .strict();

export const POST = withConsoleApi({
  // One console request spans Attach/Detach{User,Group,Role}Policy; each of those is authorized as
  // itself in lib/iam, and the activity log names the request by this umbrella label; CloudTrail
  // records each call under its real name.
  action: "iam:AttachPolicy",
  params: ZPolicyArnParams,
  body: ZChanges,
  resource: ({ params }) => params.arn,
  trail: ({ params, body, error }) => attachmentTrail(params.arn, body, error),
  handler: ({ caller, params, body }) => changePolicyAttachments(caller, params.arn, body),
});
