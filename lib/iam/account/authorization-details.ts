// GetAccountAuthorizationDetails: every user, group and role of the account with their inline and
// attached policies, plus the managed policies (customer ones, and AWS ones in use) with versions.
import { db } from "@/lib/db";
import { authorize } from "@/lib/authz/authorize";
import type { Caller } from "@/lib/authz/caller";

export type EntityFilter = "User" | "Role" | "Group" | "LocalManagedPolicy" | "AWSManagedPolicy";
export const ENTITY_FILTERS: readonly EntityFilter[] = ["User", "Role", "Group", "LocalManagedPolicy", "AWSManagedPolicy"];

type Doc = (text: string) => string;

export async function getAccountAuthorizationDetails(caller: Caller, input: { filter?: EntityFilter[]; encodeDocument?: Doc } = {}) {
  await authorize(caller, "iam:GetAccountAuthorizationDetails", "*");
  const want = new Set(input.filter && input.filter.length > 0 ? input.filter : ENTITY_FILTERS);
  const doc: Doc = input.encodeDocument ?? ((t) => t);
  const accountId = caller.accountId;

  const [users, groups, roles, memberships, attachments, inline, tags, profiles] = await Promise.all([
    db.user.findMany({ where: { accountId }, orderBy: { nameLower: "asc" } }),
    db.group.findMany({ where: { accountId }, orderBy: { nameLower: "asc" } }),
    db.role.findMany({ where: { accountId }, orderBy: { nameLower: "asc" } }),
    // Each nested list in the order its own List call gives (PostgreSQL returns rows in no set order).
    db.groupMembership.findMany({ where: { group: { accountId } }, include: { group: { select: { name: true } } }, orderBy: { group: { nameLower: "asc" } } }),
    db.policyAttachment.findMany({ include: { policy: { select: { name: true, arn: true, accountId: true } } }, orderBy: [{ policy: { nameLower: "asc" } }, { policyId: "asc" }] }),
    db.inlinePolicy.findMany({ orderBy: { name: "asc" } }),
    db.tag.findMany({ where: { ownerType: { in: ["user", "role"] } }, orderBy: { keyLower: "asc" } }),
    db.instanceProfile.findMany({ where: { accountId }, orderBy: { nameLower: "asc" } }),
  ]);
  const ids = new Set([...users.map((u) => u.id), ...groups.map((g) => g.id), ...roles.map((r) => r.id)]);
  const ours = attachments.filter((a) => ids.has(a.principalId));
  const attachedTo = (type: string, id: string) =>
    ours.filter((a) => a.principalType === type && a.principalId === id).map((a) => ({ PolicyName: a.policy.name, PolicyArn: a.policy.arn }));
  const inlineOf = (type: string, id: string) =>
    inline.filter((p) => p.ownerType === type && p.ownerId === id).map((p) => ({ PolicyName: p.name, PolicyDocument: doc(p.document) }));
  const tagsOf = (type: string, id: string) => tags.filter((t) => t.ownerType === type && t.ownerId === id).map((t) => ({ Key: t.key, Value: t.value }));
  const boundary = (arn: string | null) => (arn ? { PermissionsBoundaryType: "PermissionsBoundaryPolicy", PermissionsBoundaryArn: arn } : undefined);

  const result: Record<string, unknown> = { IsTruncated: false };
  if (want.has("User")) {
    result.UserDetailList = users.map((u) => ({
      Path: u.path,
      UserName: u.name,
      UserId: u.id,
      Arn: u.arn,
      CreateDate: u.createdAt,
      UserPolicyList: inlineOf("user", u.id),
      GroupList: memberships.filter((m) => m.userId === u.id).map((m) => m.group.name),
      AttachedManagedPolicies: attachedTo("user", u.id),
      PermissionsBoundary: boundary(u.permissionsBoundary),
      Tags: tagsOf("user", u.id),
    }));
  }
  if (want.has("Group")) {
    result.GroupDetailList = groups.map((g) => ({
      Path: g.path,
      GroupName: g.name,
      GroupId: g.id,
      Arn: g.arn,
      CreateDate: g.createdAt,
      GroupPolicyList: inlineOf("group", g.id),
      AttachedManagedPolicies: attachedTo("group", g.id),
    }));
  }
  if (want.has("Role")) {
    result.RoleDetailList = roles.map((r) => ({
      Path: r.path,
      RoleName: r.name,
      RoleId: r.id,
      Arn: r.arn,
      CreateDate: r.createdAt,
      AssumeRolePolicyDocument: doc(r.trustPolicy),
      InstanceProfileList: profiles
        .filter((p) => p.roleId === r.id)
        .map((p) => ({ Path: p.path, InstanceProfileName: p.name, InstanceProfileId: p.id, Arn: p.arn, CreateDate: p.createdAt, Roles: [] })),
      RolePolicyList: inlineOf("role", r.id),
      AttachedManagedPolicies: attachedTo("role", r.id),
      PermissionsBoundary: boundary(r.permissionsBoundary),
      Tags: tagsOf("role", r.id),
      RoleLastUsed: r.lastUsedAt ? { LastUsedDate: r.lastUsedAt, Region: r.lastUsedRegion ?? undefined } : {},
    }));
  }
  if (want.has("LocalManagedPolicy") || want.has("AWSManagedPolicy")) {
    // AWS lists the AWS managed policies that are in use, not the whole catalog.
    const awsInUse = [...new Set(ours.filter((a) => a.policy.accountId === null).map((a) => a.policy.arn))];
    const where = [
      ...(want.has("LocalManagedPolicy") ? [{ accountId }] : []),
      ...(want.has("AWSManagedPolicy") ? [{ arn: { in: awsInUse } }] : []),
    ];
    const policies = await db.managedPolicy.findMany({ where: { OR: where }, include: { versions: { orderBy: [{ createdAt: "desc" }, { versionId: "desc" }] } }, orderBy: { nameLower: "asc" } });
    result.Policies = policies.map((p) => ({
      PolicyName: p.name,
      PolicyId: p.id,
      Arn: p.arn,
      Path: p.path,
      DefaultVersionId: p.defaultVersionId,
      AttachmentCount: ours.filter((a) => a.policy.arn === p.arn).length,
      PermissionsBoundaryUsageCount:
        users.filter((u) => u.permissionsBoundary === p.arn).length + roles.filter((r) => r.permissionsBoundary === p.arn).length,
      IsAttachable: true,
      Description: p.description || undefined,
      CreateDate: p.createdAt,
      UpdateDate: p.updatedAt,
      PolicyVersionList: p.versions.map((v) => ({ Document: doc(v.document), VersionId: v.versionId, IsDefaultVersion: v.isDefault, CreateDate: v.createdAt })),
    }));
  }
  return result;
}
