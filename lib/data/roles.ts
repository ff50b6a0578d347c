// Roles as AssumeRole and AssumeRoleWithWebIdentity read them: by ARN, with their tags, and the
// last-used stamp those calls write.
import type { Role, Tag } from "@/generated/prisma/client";
import { cachedPolicies } from "@/lib/authz/policy-cache";
import { table } from "./columns";
import { query, store } from "./sql";

export type { Role };

export const roles = table<Role>("Role", {
  id: "text",
  accountId: "text",
  name: "text",
  nameLower: "text",
  path: "text",
  arn: "text",
  trustPolicy: "text",
  trustPrincipalIds: "text",
  description: "text",
  maxSessionDuration: "int",
  permissionsBoundary: "text",
  serviceLinked: "bool",
  createdAt: "date",
  lastUsedAt: "date",
  lastUsedRegion: "text",
});

export type RoleWithTags = Role & { tags: Pick<Tag, "key" | "value">[] };

// One row per tag (or one with null tag columns): the role and its tags in one statement.
const byArnWithTags = query(
  "roles_by_arn_with_tags",
  `SELECT ${roles.list("r")}, t."key" AS "tagKey", t."value" AS "tagValue" FROM "Role" r ` +
    `LEFT JOIN "Tag" t ON t."ownerType" = 'role' AND t."ownerId" = r."id" WHERE r."arn" = $1`,
);
const touch = query("roles_touch", `UPDATE "Role" SET "lastUsedAt" = $2, "lastUsedRegion" = $3 WHERE "id" = $1`);

/** The role an AssumeRole names, with its tags (aws:ResourceTag/…), in one read. */
export async function findRoleWithTags(arn: string): Promise<RoleWithTags | null> {
  const rows = await store().all(byArnWithTags, [arn]);
  if (rows.length === 0) return null;
  const tags = rows.flatMap((r) => (r.tagKey === null ? [] : [{ key: r.tagKey as string, value: r.tagValue as string }]));
  return { ...roles.decode(rows[0]), tags };
}

class NoSuchRole extends Error {}

/**
 * findRoleWithTags through the policy cache: roles and tags are authorization data, so any write to
 * them (here or on another instance: lib/authz/policy-cache.ts) drops the entry. A missing role is
 * not cached: one created a moment ago on another instance must be assumable at once. Saves one
 * round trip per AssumeRole (on PostgreSQL, most of what it costs beyond SQLite).
 */
export async function cachedRoleWithTags(arn: string): Promise<RoleWithTags | null> {
  try {
    return await cachedPolicies(`role|${arn}`, async () => (await findRoleWithTags(arn)) ?? Promise.reject(new NoSuchRole()));
  } catch (e) {
    if (e instanceof NoSuchRole) return null;
    throw e;
  }
}

/** RoleLastUsed (a timestamp: no authorization changes, nothing to invalidate). */
export async function touchRole(id: string, at: Date, region: string): Promise<void> {
  await store().run(touch, [id, at, region]);
}
