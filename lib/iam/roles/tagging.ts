// TagRole, UntagRole, ListRoleTags. Tagging is allowed on service-linked roles (spec §8.3).
import { db } from "@/lib/db";
import type { Caller } from "@/lib/authz/caller";
import { applyTags, checkTagKeys, listTagsPage, removeTags, requestTagContext, validateTags, type Tag, type TagPage } from "../tags";
import { authorizedRole } from "./shape";

export async function tagRole(caller: Caller, roleName: string, tags: Tag[]): Promise<void> {
  validateTags(tags);
  const role = await authorizedRole(caller, "iam:TagRole", roleName, { context: requestTagContext(tags) });
  await db.$transaction((tx) => applyTags(tx, "role", role.id, tags, "TagsPerRole"));
}

export async function untagRole(caller: Caller, roleName: string, tagKeys: string[]): Promise<void> {
  checkTagKeys(tagKeys);
  const role = await authorizedRole(caller, "iam:UntagRole", roleName, { context: { "aws:TagKeys": tagKeys } });
  await removeTags("role", role.id, tagKeys);
}

export async function listRoleTags(caller: Caller, roleName: string, input: { marker?: string; maxItems?: number } = {}): Promise<TagPage> {
  return listTagsPage(input, async () => {
    const role = await authorizedRole(caller, "iam:ListRoleTags", roleName);
    return { ownerType: "role", ownerId: role.id };
  });
}
