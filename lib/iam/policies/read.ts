// GetPolicy, GetPolicyVersion, ListPolicyVersions, ListEntitiesForPolicy.
import { startsWithExactly } from "@/lib/data/text-filters";
import { db } from "@/lib/db";
import type { Caller } from "@/lib/authz/caller";
import { validationError } from "@/lib/errors";
import { checkMaxItems } from "../roles/paging";
import { listTags } from "../tags";
import { authorizedPolicy } from "./lookup";
import { checkVersionId, noSuchVersion, policyShape, usageCounts, type PolicyShape, type PolicyVersionShape } from "./shape";

export async function getPolicy(caller: Caller, policyArn: string): Promise<{ Policy: PolicyShape }> {
  const policy = await authorizedPolicy(caller, "iam:GetPolicy", policyArn);
  const [counts, tags] = await Promise.all([usageCounts(policy, caller.accountId), listTags("policy", policy.id)]);
  return { Policy: policyShape(policy, counts, tags) };
}

export async function getPolicyVersion(caller: Caller, policyArn: string, versionId: string): Promise<{ PolicyVersion: PolicyVersionShape }> {
  checkVersionId(versionId);
  const policy = await authorizedPolicy(caller, "iam:GetPolicyVersion", policyArn);
  const v = await db.policyVersion.findUnique({ where: { policyId_versionId: { policyId: policy.id, versionId } } });
  if (!v) throw noSuchVersion(policy.arn, versionId);
  return { PolicyVersion: { Document: v.document, VersionId: v.versionId, IsDefaultVersion: v.isDefault, CreateDate: v.createdAt } };
}

/** Newest first, as IAM lists them; documents are not included. */
export async function listPolicyVersions(
  caller: Caller,
  policyArn: string,
  input: { marker?: string; maxItems?: number } = {},
): Promise<{ Versions: PolicyVersionShape[]; IsTruncated: boolean }> {
  checkMaxItems(input.maxItems);
  const policy = await authorizedPolicy(caller, "iam:ListPolicyVersions", policyArn);
  const rows = await db.policyVersion.findMany({ where: { policyId: policy.id }, orderBy: { createdAt: "desc" } });
  // At most five versions exist, so one page always holds them all.
  return {
    Versions: rows.map((v) => ({ VersionId: v.versionId, IsDefaultVersion: v.isDefault, CreateDate: v.createdAt })),
    IsTruncated: false,
  };
}

export type EntityFilter = "User" | "Role" | "Group" | "LocalManagedPolicy" | "AWSManagedPolicy";
export type PolicyUsageFilter = "PermissionsPolicy" | "PermissionsBoundary";

export interface ListEntitiesInput {
  entityFilter?: EntityFilter;
  pathPrefix?: string;
  policyUsageFilter?: PolicyUsageFilter;
  maxItems?: number;
}

export interface PolicyEntities {
  PolicyGroups: { GroupName: string; GroupId: string }[];
  PolicyUsers: { UserName: string; UserId: string }[];
  PolicyRoles: { RoleName: string; RoleId: string }[];
  IsTruncated: boolean;
}

const FILTERS = new Set(["User", "Role", "Group", "LocalManagedPolicy", "AWSManagedPolicy"]);

export async function listEntitiesForPolicy(caller: Caller, policyArn: string, input: ListEntitiesInput = {}): Promise<PolicyEntities> {
  const filter = input.entityFilter;
  if (filter !== undefined && !FILTERS.has(filter)) {
    throw validationError("entityFilter", filter, "Member must satisfy enum value set: [User, Role, Group, LocalManagedPolicy, AWSManagedPolicy]");
  }
  checkMaxItems(input.maxItems);
  const policy = await authorizedPolicy(caller, "iam:ListEntitiesForPolicy", policyArn);
  const empty: PolicyEntities = { PolicyGroups: [], PolicyUsers: [], PolicyRoles: [], IsTruncated: false };
  if ((filter === "LocalManagedPolicy" && policy.accountId === null) || (filter === "AWSManagedPolicy" && policy.accountId !== null)) return empty;
  const want = (kind: "User" | "Role" | "Group") => !filter || filter === kind || filter.endsWith("ManagedPolicy");
  const usage = input.policyUsageFilter;
  const asPolicy = usage !== "PermissionsBoundary";
  const asBoundary = usage !== "PermissionsPolicy";
  const path = input.pathPrefix ?? "/";
  const attached = asPolicy ? await db.policyAttachment.findMany({ where: { policyId: policy.id }, select: { principalType: true, principalId: true } }) : [];
  const ids = (type: string) => attached.filter((a) => a.principalType === type).map((a) => a.principalId);
  const scope = { accountId: caller.accountId, path: startsWithExactly(path) };
  const byPolicyOrBoundary = (type: string) => ({
    OR: [{ id: { in: ids(type) } }, ...(asBoundary && type !== "group" ? [{ permissionsBoundary: policy.arn }] : [])],
  });
  const [groups, users, roles] = await Promise.all([
    want("Group") && asPolicy ? db.group.findMany({ where: { ...scope, id: { in: ids("group") } }, orderBy: { nameLower: "asc" } }) : [],
    want("User") ? db.user.findMany({ where: { ...scope, ...byPolicyOrBoundary("user") }, orderBy: { nameLower: "asc" } }) : [],
    want("Role") ? db.role.findMany({ where: { ...scope, ...byPolicyOrBoundary("role") }, orderBy: { nameLower: "asc" } }) : [],
  ]);
  return {
    PolicyGroups: groups.map((g) => ({ GroupName: g.name, GroupId: g.id })),
    PolicyUsers: users.map((u) => ({ UserName: u.name, UserId: u.id })),
    PolicyRoles: roles.map((r) => ({ RoleName: r.name, RoleId: r.id })),
    IsTruncated: false,
  };
}
