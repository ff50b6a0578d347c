// TagUser, UntagUser, ListUserTags: the same tag rules as roles and policies (./tags), authorized on
// the user's ARN with aws:RequestTag/* and aws:TagKeys in the context.
import { db } from "@/lib/db";
import type { Caller } from "@/lib/authz/caller";
import { applyTags, checkTagKeys, listTagsPage, removeTags, requestTagContext, validateTags, type Tag, type TagPage } from "./tags";
import { authorizedUser } from "./users";

export async function tagUser(caller: Caller, userName: string, tags: Tag[]): Promise<void> {
  validateTags(tags);
  const user = await authorizedUser(caller, "iam:TagUser", userName, { context: requestTagContext(tags) });
  await db.$transaction((tx) => applyTags(tx, "user", user.id, tags, "TagsPerUser"));
}

export async function untagUser(caller: Caller, userName: string, tagKeys: string[]): Promise<void> {
  checkTagKeys(tagKeys);
  const user = await authorizedUser(caller, "iam:UntagUser", userName, { context: { "aws:TagKeys": tagKeys } });
  await removeTags("user", user.id, tagKeys);
}

export async function listUserTags(caller: Caller, userName: string, input: { marker?: string; maxItems?: number } = {}): Promise<TagPage> {
  return listTagsPage(input, async () => {
    const user = await authorizedUser(caller, "iam:ListUserTags", userName);
    return { ownerType: "user", ownerId: user.id };
  });
}
