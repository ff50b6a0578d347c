// GetRole and ListRoles.
import { startsWithExactly } from "@/lib/data/text-filters";
import { db } from "@/lib/db";
import { authorize } from "@/lib/authz/authorize";
import type { Caller } from "@/lib/authz/caller";
import { checkPath, iamArn } from "../names";
import { checkMaxItems, decodeMarker, page } from "./paging";
import { listTags } from "../tags";
import { authorizedRole, baseRoleShape, boundaryShape, renderTrustPolicies, type RoleRow, type RoleShape } from "./shape";

/** GetRole's full object: MaxSessionDuration and RoleLastUsed always, the rest when set. */
export async function fullRoleShape(role: RoleRow): Promise<RoleShape> {
  const [trust, tags] = await Promise.all([renderTrustPolicies([role]), listTags("role", role.id)]);
  return {
    ...baseRoleShape(role, trust.get(role.id) ?? role.trustPolicy),
    ...(role.description ? { Description: role.description } : {}),
    MaxSessionDuration: role.maxSessionDuration,
    ...(role.permissionsBoundary ? { PermissionsBoundary: boundaryShape(role.permissionsBoundary) } : {}),
    ...(tags.length ? { Tags: tags } : {}),
    RoleLastUsed: role.lastUsedAt ? { LastUsedDate: role.lastUsedAt, Region: role.lastUsedRegion ?? "us-east-1" } : {},
  };
}

export async function getRole(caller: Caller, roleName: string): Promise<{ Role: RoleShape }> {
  const role = await authorizedRole(caller, "iam:GetRole", roleName);
  return { Role: await fullRoleShape(role) };
}

export interface ListRolesInput {
  pathPrefix?: string;
  marker?: string;
  maxItems?: number;
}

export interface ListRolesResult {
  Roles: RoleShape[];
  IsTruncated: boolean;
  Marker?: string;
}

/** Sorted by name; never Tags, PermissionsBoundary or RoleLastUsed (spec §8.1). */
export async function listRoles(caller: Caller, input: ListRolesInput = {}): Promise<ListRolesResult> {
  const pathPrefix = input.pathPrefix ?? "/";
  if (!pathPrefix.startsWith("/")) checkPath(pathPrefix);
  const maxItems = checkMaxItems(input.maxItems);
  const after = decodeMarker(input.marker);
  await authorize(caller, "iam:ListRoles", iamArn(caller.accountId, "role", pathPrefix, ""));
  const rows = await db.role.findMany({
    where: {
      accountId: caller.accountId,
      path: startsWithExactly(pathPrefix),
      ...(after !== undefined ? { nameLower: { gt: after } } : {}),
    },
    orderBy: { nameLower: "asc" },
    take: maxItems + 1,
  });
  const { items, ...rest } = page(rows, maxItems, (r) => r.nameLower);
  const trust = await renderTrustPolicies(items);
  return {
    Roles: items.map((r) => ({
      ...baseRoleShape(r, trust.get(r.id) ?? r.trustPolicy),
      MaxSessionDuration: r.maxSessionDuration,
      ...(r.description ? { Description: r.description } : {}),
    })),
    ...rest,
  };
}
