// Roles as AssumeRole and AssumeRoleWithWebIdentity read them: by ARN, with their tags, and the
// last-used stamp those calls write.
import type { Role, Tag } from "@/generated/prisma/client";
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

const byArn = query("roles_by_arn", `SELECT ${roles.list()} FROM "Role" WHERE "arn" = $1`);
const tagsOf = query("roles_tags", `SELECT "key", "value" FROM "Tag" WHERE "ownerType" = 'role' AND "ownerId" = $1`);
const touch = query("roles_touch", `UPDATE "Role" SET "lastUsedAt" = $2, "lastUsedRegion" = $3 WHERE "id" = $1`);

export async function findRoleByArn(arn: string): Promise<Role | null> {
  const r = await store().get(byArn, [arn]);
  return r ? roles.decode(r) : null;
}

export async function roleTags(roleId: string): Promise<Pick<Tag, "key" | "value">[]> {
  return (await store().all(tagsOf, [roleId])) as Pick<Tag, "key" | "value">[];
}

/** RoleLastUsed (a timestamp: no authorization changes, nothing to invalidate). */
export async function touchRole(id: string, at: Date, region: string): Promise<void> {
  await store().run(touch, [id, at, region]);
}
