// TagPolicy, UntagPolicy, ListPolicyTags, and the console's whole-set save built on them. Only
// customer managed policies take tags: AWS managed ones are AWS's to change.
import { db } from "@/lib/db";
import type { Caller } from "@/lib/authz/caller";
import { applyTags, checkTagKeys, listTagsPage, removeTags, replaceTags, requestTagContext, validateTags, type Tag, type TagPage } from "../tags";
import { assertCustomerManaged, authorizedPolicy } from "./lookup";

export async function tagPolicy(caller: Caller, policyArn: string, tags: Tag[]): Promise<void> {
  validateTags(tags);
  const policy = await authorizedPolicy(caller, "iam:TagPolicy", policyArn, { context: requestTagContext(tags) });
  assertCustomerManaged(policy, caller.arn, "iam:TagPolicy");
  await db.$transaction((tx) => applyTags(tx, "policy", policy.id, tags, "TagsPerPolicy"));
}

export async function untagPolicy(caller: Caller, policyArn: string, tagKeys: string[]): Promise<void> {
  checkTagKeys(tagKeys);
  const policy = await authorizedPolicy(caller, "iam:UntagPolicy", policyArn, { context: { "aws:TagKeys": tagKeys } });
  assertCustomerManaged(policy, caller.arn, "iam:UntagPolicy");
  await removeTags("policy", policy.id, tagKeys);
}

export async function listPolicyTags(caller: Caller, policyArn: string, input: { marker?: string; maxItems?: number } = {}): Promise<TagPage> {
  return listTagsPage(input, async () => {
    const policy = await authorizedPolicy(caller, "iam:ListPolicyTags", policyArn);
    return { ownerType: "policy", ownerId: policy.id };
  });
}

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
