// GET: the policy page's Tags tab (iam:ListPolicyTags). PUT: Manage tags → Save changes, the editor's
// rows as the policy's whole tag set (iam:UntagPolicy for removed keys, iam:TagPolicy for the rest).
// Customer managed policies only; authorization in lib/iam.
import { withConsoleApi } from "@/lib/api/with-console-api";
import { listPolicyTags, replacePolicyTags } from "@/lib/iam/policies";
import { ZSaveTagsInput } from "@/lib/iam/tags-input";
import { ZPolicyArnParams } from "../../policy-arn";

export const GET = withConsoleApi({
  action: "iam:ListPolicyTags",
  params: ZPolicyArnParams,
  resource: ({ params }) => params.arn,
  handler: async ({ caller, params }) => ({ Tags: (await listPolicyTags(caller, params.arn, { maxItems: 1000 })).Tags }),
});

export const PUT = withConsoleApi({
  action: "iam:TagPolicy",
  params: ZPolicyArnParams,
  body: ZSaveTagsInput,
  resource: ({ params }) => params.arn,
  handler: ({ caller, params, body }) => replacePolicyTags(caller, params.arn, body.tags),
});
