// TagRole, UntagRole, ListRoleTags. Tagging is allowed on service-linked roles (spec §8.3).
import { db } from "@/lib/db";
import { authorize } from "@/lib/authz/authorize";
import type { Caller } from "@/lib/authz/caller";
import { validationError } from "@/lib/errors";
import { applyTags, listTags, removeTags, requestTagContext, validateTags, type Tag } from "../tags";
import { checkMaxItems, decodeMarker, page } from "./paging";
import { findRoleOrThrow } from "./shape";

export async function tagRole(caller: Caller, roleName: string, tags: Tag[]): Promise<void> {
  validateTags(tags);
  const role = await findRoleOrThrow(caller.accountId, roleName);
  await authorize(caller, "iam:TagRole", role.arn, { context: requestTagContext(tags) });
  await db.$transaction((tx) => applyTags(tx, "role", role.id, tags, "TagsPerRole"));
}

export async function untagRole(caller: Caller, roleName: string, tagKeys: string[]): Promise<void> {
  if (tagKeys.length > 50) throw validationError("tagKeys", `[${tagKeys.join(", ")}]`, "Member must have length less than or equal to 50");
  tagKeys.forEach((k, i) => {
    if (k.length < 1 || k.length > 128) throw validationError(`tagKeys.${i + 1}.member`, k, "Member must have length less than or equal to 128");
  });
  const role = await findRoleOrThrow(caller.accountId, roleName);
  await authorize(caller, "iam:UntagRole", role.arn, { context: { "aws:TagKeys": tagKeys } });
  await removeTags("role", role.id, tagKeys);
}

export async function listRoleTags(
  caller: Caller,
  roleName: string,
  input: { marker?: string; maxItems?: number } = {},
): Promise<{ Tags: Tag[]; IsTruncated: boolean; Marker?: string }> {
  const maxItems = checkMaxItems(input.maxItems);
  const after = decodeMarker(input.marker)?.toLowerCase();
  const role = await findRoleOrThrow(caller.accountId, roleName);
  await authorize(caller, "iam:ListRoleTags", role.arn);
  const all = await listTags("role", role.id);
  const rows = (after === undefined ? all : all.filter((t) => t.Key.toLowerCase() > after)).slice(0, maxItems + 1);
  const { items, ...rest } = page(rows, maxItems, (t) => t.Key.toLowerCase());
  return { Tags: items, ...rest };
}
