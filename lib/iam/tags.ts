// Tags on IAM entities (roles, managed policies, instance profiles): validation with AWS's texts,
// the request-context keys tagging calls are authorized with, and the all-or-nothing writes.
import { lockQuota } from "@/lib/data/quota-lock";
import { db, type Tx } from "@/lib/db";
import { AwsError, validationError } from "@/lib/errors";
import type { AuthorizeOptions } from "@/lib/authz/authorize";
import type { Caller } from "@/lib/authz/caller";
import type { ContextValue } from "@/lib/policy";
import { QUOTAS, quotaMessage } from "./quotas";
import { checkMaxItems, decodeMarker, page } from "./roles/paging";

export interface Tag {
  Key: string;
  Value: string;
}

export type TagOwnerType = "role" | "user" | "policy" | "instance-profile" | "provider" | "mfa" | "server-certificate";

const KEY_PATTERN = "[\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]+";
const VALUE_PATTERN = "[\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]*";
const KEY_RE = new RegExp(`^${KEY_PATTERN}$`, "u");
const VALUE_RE = new RegExp(`^${VALUE_PATTERN}$`, "u");

function tagViolation(path: string, value: string, constraint: string): AwsError {
  return new AwsError("ValidationError", `1 validation error detected: Value '${value}' at '${path}' failed to satisfy constraint: ${constraint}`);
}

/** Shape rules first (ValidationError), then IAM's semantic ones (InvalidInput). */
export function validateTags(tags: Tag[], field = "tags"): void {
  if (tags.length > QUOTAS.tagsPerEntity) {
    throw new AwsError(
      "ValidationError",
      `1 validation error detected: Value '[${tags.map((t) => `${t.Key}=${t.Value}`).join(", ")}]' at '${field}' failed to satisfy constraint: Member must have length less than or equal to ${QUOTAS.tagsPerEntity}`,
    );
  }
  tags.forEach((t, i) => {
    const at = `${field}.${i + 1}.member`;
    if (t.Key.length < 1 || t.Key.length > 128) {
      throw tagViolation(`${at}.key`, t.Key, `Member must have length ${t.Key.length < 1 ? "greater than or equal to 1" : "less than or equal to 128"}`);
    }
    if (!KEY_RE.test(t.Key)) throw tagViolation(`${at}.key`, t.Key, `Member must satisfy regular expression pattern: ${KEY_PATTERN}`);
    if (t.Value.length > 256) throw tagViolation(`${at}.value`, t.Value, "Member must have length less than or equal to 256");
    if (!VALUE_RE.test(t.Value)) throw tagViolation(`${at}.value`, t.Value, `Member must satisfy regular expression pattern: ${VALUE_PATTERN}`);
  });
  const seen = new Set<string>();
  for (const t of tags) {
    // [INF] wording; AWS reserves the prefix in every letter case.
    if (t.Key.toLowerCase().startsWith("aws:")) throw new AwsError("InvalidInput", "User is not authorized to create tag with the 'aws:' prefix.");
    const lower = t.Key.toLowerCase();
    if (seen.has(lower)) throw new AwsError("InvalidInput", "Duplicate tag keys found. Please note that Tag keys are case insensitive.");
    seen.add(lower);
  }
}

/** aws:RequestTag/<key> for each tag and aws:TagKeys, as AWS supplies them to tagging calls. */
export function requestTagContext(tags: Tag[]): Record<string, ContextValue> {
  const ctx: Record<string, ContextValue> = {};
  for (const t of tags) ctx[`aws:RequestTag/${t.Key}`] = t.Value;
  ctx["aws:TagKeys"] = tags.map((t) => t.Key);
  return ctx;
}

export async function listTags(ownerType: TagOwnerType, ownerId: string, tx: Tx = db): Promise<Tag[]> {
  const rows = await tx.tag.findMany({ where: { ownerType, ownerId }, orderBy: { keyLower: "asc" } });
  return rows.map((r) => ({ Key: r.key, Value: r.value }));
}

/** Upserts tags (keys match case-insensitively, the new spelling and value win); total ≤ 50. */
export async function applyTags(tx: Tx, ownerType: TagOwnerType, ownerId: string, tags: Tag[], quotaName: string): Promise<void> {
  if (tags.length === 0) return;
  await lockQuota(tx, `${ownerType}:${ownerId}`);
  const existing = await tx.tag.findMany({ where: { ownerType, ownerId }, select: { keyLower: true } });
  const keys = new Set(existing.map((e) => e.keyLower));
  for (const t of tags) keys.add(t.Key.toLowerCase());
  if (keys.size > QUOTAS.tagsPerEntity) throw new AwsError("LimitExceeded", quotaMessage(quotaName, QUOTAS.tagsPerEntity));
  for (const t of tags) {
    const keyLower = t.Key.toLowerCase();
    await tx.tag.upsert({
      where: { ownerType_ownerId_keyLower: { ownerType, ownerId, keyLower } },
      create: { ownerType, ownerId, key: t.Key, keyLower, value: t.Value },
      update: { key: t.Key, value: t.Value },
    });
  }
}

/** UntagX: absent keys are ignored, as in AWS. */
export async function removeTags(ownerType: TagOwnerType, ownerId: string, keys: string[], tx: Tx = db): Promise<void> {
  if (keys.length === 0) return;
  await tx.tag.deleteMany({ where: { ownerType, ownerId, keyLower: { in: keys.map((k) => k.toLowerCase()) } } });
}

/** UntagX's `tagKeys`: at most 50 keys of 1–128 characters (the model's constraints). */
export function checkTagKeys(tagKeys: string[]): void {
  if (tagKeys.length > QUOTAS.tagsPerEntity) {
    throw validationError("tagKeys", `[${tagKeys.join(", ")}]`, `Member must have length less than or equal to ${QUOTAS.tagsPerEntity}`);
  }
  tagKeys.forEach((k, i) => {
    if (k.length < 1 || k.length > 128) throw validationError(`tagKeys.${i + 1}.member`, k, "Member must have length less than or equal to 128");
  });
}

export interface TagPage {
  Tags: Tag[];
  IsTruncated: boolean;
  Marker?: string;
}

/**
 * ListXTags: the paging input is checked first, then `owner` finds (and authorizes) the entity, then
 * its tags are paged, ordered and resumed by lower-cased key.
 */
export async function listTagsPage(
  input: { marker?: string; maxItems?: number },
  owner: () => Promise<{ ownerType: TagOwnerType; ownerId: string }>,
): Promise<TagPage> {
  const maxItems = checkMaxItems(input.maxItems);
  const after = decodeMarker(input.marker)?.toLowerCase();
  const { ownerType, ownerId } = await owner();
  const all = await listTags(ownerType, ownerId);
  const rows = (after === undefined ? all : all.filter((t) => t.Key.toLowerCase() > after)).slice(0, maxItems + 1);
  const { items, ...rest } = page(rows, maxItems, (t) => t.Key.toLowerCase());
  return { Tags: items, ...rest };
}

/**
 * TagX, UntagX and ListXTags for one kind of entity: input checked first, then `owner` authorizes
 * `action` on the entity identified by `id` (AccessDenied before NoSuchEntity) and answers the id
 * its tags are stored under.
 */
export function entityTagging<Id>(
  ownerType: TagOwnerType,
  quotaName: string,
  actions: { tag: string; untag: string; list: string },
  owner: (caller: Caller, action: string, id: Id, opts: AuthorizeOptions) => Promise<string>,
) {
  return {
    async tag(caller: Caller, id: Id, tags: Tag[]): Promise<void> {
      validateTags(tags);
      const ownerId = await owner(caller, actions.tag, id, { context: requestTagContext(tags) });
      await db.$transaction((tx) => applyTags(tx, ownerType, ownerId, tags, quotaName));
    },
    async untag(caller: Caller, id: Id, tagKeys: string[]): Promise<void> {
      checkTagKeys(tagKeys);
      const ownerId = await owner(caller, actions.untag, id, { context: { "aws:TagKeys": tagKeys } });
      await removeTags(ownerType, ownerId, tagKeys);
    },
    async list(caller: Caller, id: Id, input: { marker?: string; maxItems?: number } = {}): Promise<TagPage> {
      return listTagsPage(input, async () => ({ ownerType, ownerId: await owner(caller, actions.list, id, {}) }));
    },
  };
}

/** The IAM verbs one entity's tags are changed and read through, each authorized on its own. */
export interface TagVerbs {
  list(): Promise<Tag[]>;
  tag(tags: Tag[]): Promise<void>;
  untag(keys: string[]): Promise<void>;
}

/**
 * The console's "Manage tags" → Save changes: the editor's rows become the entity's tags. Validated as
 * a whole before anything is written; keys are case-insensitive, so re-casing a key is an update, not
 * a removal. Only the verbs a change needs are called, so an unchanged save needs no tagging rights.
 */
export async function replaceTags(verbs: TagVerbs, tags: Tag[]): Promise<{ Tags: Tag[] }> {
  validateTags(tags);
  const current = await verbs.list();
  const keep = new Set(tags.map((t) => t.Key.toLowerCase()));
  const removed = current.filter((t) => !keep.has(t.Key.toLowerCase())).map((t) => t.Key);
  const byKey = new Map(current.map((t) => [t.Key.toLowerCase(), t]));
  const changed = tags.filter((t) => {
    const old = byKey.get(t.Key.toLowerCase());
    return !old || old.Key !== t.Key || old.Value !== t.Value;
  });
  if (removed.length) await verbs.untag(removed);
  if (changed.length) await verbs.tag(changed);
  return { Tags: await verbs.list() };
}
