// Instance profiles: Create/Get/Delete, Add/RemoveRoleFromInstanceProfile (one role per profile),
// ListInstanceProfilesForRole. Authorized on the instance profile's ARN, as in AWS.
import { lockQuota } from "@/lib/data/quota-lock";
import { db } from "@/lib/db";
import { authorize, type AuthorizeOptions } from "@/lib/authz/authorize";
import { startsWithExactly } from "@/lib/data/text-filters";
import type { Caller } from "@/lib/authz/caller";
import { AwsError } from "@/lib/errors";
import { newId } from "@/lib/ids";
import type { InstanceProfile as ProfileRow, Role as RoleRow } from "@/generated/prisma/client";
import { authorizeEntity } from "@/lib/iam/authorized";
import { deleteInstanceProfileRow } from "@/lib/iam/cascade";
import { checkName, checkPath, iamArn } from "@/lib/iam/names";
import { QUOTAS, quotaMessage } from "@/lib/iam/quotas";
import { checkMaxItems, decodeMarker, page } from "@/lib/iam/roles/paging";
import { authorizedRole, baseRoleShape, findRoleOrThrow, renderTrustPolicies, type RoleShape } from "@/lib/iam/roles/shape";
import { applyTags, entityTagging, listTags, requestTagContext, validateTags, type Tag } from "@/lib/iam/tags";
import { uniqueOr } from "@/lib/iam/roles/unique";

export interface InstanceProfileShape {
  Path: string;
  InstanceProfileName: string;
  InstanceProfileId: string;
  Arn: string;
  CreateDate: Date;
  Roles: RoleShape[];
  Tags?: Tag[];
}

function noSuchProfile(name: string): AwsError {
  return new AwsError("NoSuchEntity", `Instance Profile ${name} cannot be found.`);
}

/** The caller's instance profile `name` once `action` on it is allowed: AccessDenied comes before NoSuchEntity. */
async function authorizedProfile(caller: Caller, action: string, name: string, opts: AuthorizeOptions = {}): Promise<ProfileRow & { role: RoleRow | null }> {
  const row = await db.instanceProfile.findUnique({
    where: { accountId_nameLower: { accountId: caller.accountId, nameLower: name.toLowerCase() } },
    include: { role: true },
  });
  const pathlessArn = iamArn(caller.accountId, "instance-profile", "/", name);
  return authorizeEntity(caller, action, { row, pathlessArn, notFound: () => noSuchProfile(name) }, opts);
}

async function toShape(p: ProfileRow & { role: RoleRow | null }, withTags: boolean): Promise<InstanceProfileShape> {
  const trust = p.role ? await renderTrustPolicies([p.role]) : new Map<string, string>();
  const tags = withTags ? await listTags("instance-profile", p.id) : [];
  return {
    Path: p.path,
    InstanceProfileName: p.name,
    InstanceProfileId: p.id,
    Arn: p.arn,
    CreateDate: p.createdAt,
    Roles: p.role ? [{ ...baseRoleShape(p.role, trust.get(p.role.id) ?? p.role.trustPolicy), MaxSessionDuration: p.role.maxSessionDuration }] : [],
    ...(tags.length ? { Tags: tags } : {}),
  };
}

export async function createInstanceProfile(
  caller: Caller,
  input: { instanceProfileName: string; path?: string; tags?: Tag[] },
): Promise<{ InstanceProfile: InstanceProfileShape }> {
  const path = input.path ?? "/";
  const tags = input.tags ?? [];
  checkName("instanceProfileName", input.instanceProfileName, 128);
  checkPath(path);
  validateTags(tags);
  const arn = iamArn(caller.accountId, "instance-profile", path, input.instanceProfileName);
  const context = tags.length ? requestTagContext(tags) : {};
  await authorize(caller, "iam:CreateInstanceProfile", arn, { context });
  if (tags.length) await authorize(caller, "iam:TagInstanceProfile", arn, { context });
  const created = await uniqueOr(db.$transaction(async (tx) => {
    await lockQuota(tx, `account:${caller.accountId}:instance-profiles`);
    const nameLower = input.instanceProfileName.toLowerCase();
    if (await tx.instanceProfile.findUnique({ where: { accountId_nameLower: { accountId: caller.accountId, nameLower } } })) {
      throw new AwsError("EntityAlreadyExists", `Instance Profile ${input.instanceProfileName} already exists.`);
    }
    const limit = QUOTAS.instanceProfilesPerAccount;
    if ((await tx.instanceProfile.count({ where: { accountId: caller.accountId } })) >= limit) {
      throw new AwsError("LimitExceeded", quotaMessage("InstanceProfilesPerAccount", limit));
    }
    const p = await tx.instanceProfile.create({
      data: { id: newId("AIPA"), accountId: caller.accountId, name: input.instanceProfileName, nameLower, path, arn },
    });
    await applyTags(tx, "instance-profile", p.id, tags, "TagsPerInstanceProfile");
    return p;
  }), () => new AwsError("EntityAlreadyExists", `Instance Profile ${input.instanceProfileName} already exists.`));
  return { InstanceProfile: await toShape({ ...created, role: null }, true) };
}

export async function getInstanceProfile(caller: Caller, name: string): Promise<{ InstanceProfile: InstanceProfileShape }> {
  const p = await authorizedProfile(caller, "iam:GetInstanceProfile", name);
  return { InstanceProfile: await toShape(p, true) };
}

export async function deleteInstanceProfile(caller: Caller, name: string): Promise<void> {
  const p = await authorizedProfile(caller, "iam:DeleteInstanceProfile", name);
  if (p.roleId) throw new AwsError("DeleteConflict", "Cannot delete entity, must remove roles from instance profile first.");
  await db.$transaction((tx) => deleteInstanceProfileRow(tx, p.id));
}

export async function addRoleToInstanceProfile(caller: Caller, instanceProfileName: string, roleName: string): Promise<void> {
  const p = await authorizedProfile(caller, "iam:AddRoleToInstanceProfile", instanceProfileName);
  // Putting a role in a profile hands it to EC2, so AWS also requires iam:PassRole on the role.
  const role = await authorizedRole(caller, "iam:PassRole", roleName, { context: { "iam:PassedToService": "ec2.amazonaws.com" } });
  const limit = QUOTAS.rolesPerInstanceProfile;
  // Conditional update: the profile is claimed only if still empty, so two racing calls cannot both win.
  const claimed = await db.instanceProfile.updateMany({ where: { id: p.id, roleId: null }, data: { roleId: role.id } });
  if (claimed.count === 0) throw new AwsError("LimitExceeded", quotaMessage("InstanceSessionsPerInstanceProfile", limit));
}

export async function removeRoleFromInstanceProfile(caller: Caller, instanceProfileName: string, roleName: string): Promise<void> {
  const p = await authorizedProfile(caller, "iam:RemoveRoleFromInstanceProfile", instanceProfileName);
  const role = await findRoleOrThrow(caller.accountId, roleName);
  const removed = await db.instanceProfile.updateMany({ where: { id: p.id, roleId: role.id }, data: { roleId: null } });
  if (removed.count === 0) {
    throw new AwsError("NoSuchEntity", `Role ${role.name} in Instance Profile ${p.name} cannot be found.`);
  }
}

export async function listInstanceProfilesForRole(
  caller: Caller,
  roleName: string,
  input: { marker?: string; maxItems?: number } = {},
): Promise<{ InstanceProfiles: InstanceProfileShape[]; IsTruncated: boolean; Marker?: string }> {
  const maxItems = checkMaxItems(input.maxItems);
  const after = decodeMarker(input.marker);
  const role = await authorizedRole(caller, "iam:ListInstanceProfilesForRole", roleName);
  const rows = await db.instanceProfile.findMany({
    where: { roleId: role.id, ...(after !== undefined ? { nameLower: { gt: after } } : {}) },
    include: { role: true },
    orderBy: { nameLower: "asc" },
    take: maxItems + 1,
  });
  const { items, ...rest } = page(rows, maxItems, (r) => r.nameLower);
  return { InstanceProfiles: await Promise.all(items.map((r) => toShape(r, false))), ...rest };
}

export interface ProfilePage {
  InstanceProfiles: InstanceProfileShape[];
  IsTruncated: boolean;
  Marker?: string;
}

/**
 * Sorted by name, filtered by path prefix; without Tags, as AWS's ListInstanceProfiles omits them.
 * Authorized on the prefix's ARN, like ListRoles.
 * AWS: https://docs.aws.amazon.com/IAM/latest/APIReference/API_ListInstanceProfiles.html
 */
export async function listInstanceProfiles(caller: Caller, input: { pathPrefix?: string; marker?: string; maxItems?: number } = {}): Promise<ProfilePage> {
  const pathPrefix = input.pathPrefix ?? "/";
  if (!pathPrefix.startsWith("/")) checkPath(pathPrefix);
  const maxItems = checkMaxItems(input.maxItems);
  const after = decodeMarker(input.marker);
  await authorize(caller, "iam:ListInstanceProfiles", iamArn(caller.accountId, "instance-profile", pathPrefix, ""));
  const rows = await db.instanceProfile.findMany({
    where: { accountId: caller.accountId, path: startsWithExactly(pathPrefix), ...(after !== undefined ? { nameLower: { gt: after } } : {}) },
    include: { role: true },
    orderBy: { nameLower: "asc" },
    take: maxItems + 1,
  });
  const { items, ...rest } = page(rows, maxItems, (r) => r.nameLower);
  return { InstanceProfiles: await Promise.all(items.map((r) => toShape(r, false))), ...rest };
}

/** TagInstanceProfile, UntagInstanceProfile, ListInstanceProfileTags, on the profile's ARN. */
export const instanceProfileTagging = entityTagging(
  "instance-profile",
  "TagsPerInstanceProfile",
  { tag: "iam:TagInstanceProfile", untag: "iam:UntagInstanceProfile", list: "iam:ListInstanceProfileTags" },
  async (caller, action, name: string, opts) => (await authorizedProfile(caller, action, name, opts)).id,
);
