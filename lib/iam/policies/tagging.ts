// TagPolicy, UntagPolicy, ListPolicyTags, and the console's whole-set save built on them. Only
// customer managed policies take tags: AWS managed ones are AWS's to change.
import type { Caller } from "@/lib/authz/caller";
import { entityTagging, replaceTags, type Tag } from "../tags";
import { assertCustomerManaged, authorizedPolicy } from "./lookup";

export const { tag: tagPolicy, untag: untagPolicy, list: listPolicyTags } = entityTagging(
  "policy",
  "TagsPerPolicy",
  { tag: "iam:TagPolicy", untag: "iam:UntagPolicy", list: "iam:ListPolicyTags" },
  async (caller, action, policyArn: string, opts) => {
    const policy = await authorizedPolicy(caller, action, policyArn, opts);
    // Reading an AWS managed policy's (absent) tags is allowed; changing them is not.
    if (action !== "iam:ListPolicyTags") assertCustomerManaged(policy, caller.arn, action);
    return policy.id;
  },
);

/** The policy page's Tags tab → Save changes: the editor's rows become the policy's tags. */
export function replacePolicyTags(caller: Caller, policyArn: string, tags: Tag[]): Promise<{ Tags: Tag[] }> {
  return replaceTags(
    {
      list: async () => (await listPolicyTags(caller, policyArn, { maxItems: 1000 })).Tags,
      tag: (t) => tagPolicy(caller, policyArn, t),
      untag: (keys) => untagPolicy(caller, policyArn, keys),
    },
    tags,
  );
}
