// The IAM API's Role object and the lookups every role verb shares.
import { db, type Tx } from "@/lib/db";
import type { Caller } from "@/lib/authz/caller";
import { AwsError } from "@/lib/errors";
import { authorizeEntity, type OptionsFor } from "../authorized";
import { iamArn } from "../names";
import type { Role as RoleRow } from "@/generated/prisma/client";
import type { Tag } from "../tags";
import { liveEntityIds, parsePrincipalIds, renderTrustPolicy, stalePrincipals } from "../trust-principals";

export type { RoleRow };

export interface PermissionsBoundaryShape {
  PermissionsBoundaryType: "PermissionsBoundaryPolicy";
  PermissionsBoundaryArn: string;
}

export interface RoleLastUsedShape {
  LastUsedDate?: Date;
  Region?: string;
}

/** AssumeRolePolicyDocument is the JSON text; the wire layer URL-encodes it. */
export interface RoleShape {
  Path: string;
  RoleName: string;
  RoleId: string;
  Arn: string;
  CreateDate: Date;
  AssumeRolePolicyDocument: string;
  Description?: string;
  MaxSessionDuration?: number;
  PermissionsBoundary?: PermissionsBoundaryShape;
  Tags?: Tag[];
  RoleLastUsed?: RoleLastUsedShape;
}

export function noSuchRole(name: string): AwsError {
  return new AwsError("NoSuchEntity", `The role with name ${name} cannot be found.`);
}

export function findRole(accountId: string, name: string, tx: Tx = db): Promise<RoleRow | null> {
  return tx.role.findUnique({ where: { accountId_nameLower: { accountId, nameLower: name.toLowerCase() } } });
}

export async function findRoleOrThrow(accountId: string, name: string, tx: Tx = db): Promise<RoleRow> {
  const role = await findRole(accountId, name, tx);
  if (!role) throw noSuchRole(name);
  return role;
}

/** The caller's role `name` once `action` on it is allowed: AccessDenied comes before NoSuchEntity. */
export async function authorizedRole(caller: Caller, action: string, name: string, opts?: OptionsFor<RoleRow>): Promise<RoleRow> {
  const row = await findRole(caller.accountId, name);
  return authorizeEntity(caller, action, { row, pathlessArn: iamArn(caller.accountId, "role", "/", name), notFound: () => noSuchRole(name) }, opts);
}

/** Service-linked and IAM Identity Center roles are only modifiable by AWS (spec §8.3). */
export function isProtectedRole(role: Pick<RoleRow, "serviceLinked" | "path">): boolean {
  return role.serviceLinked || role.path.startsWith("/aws-service-role/") || role.path.startsWith("/aws-reserved/sso.amazonaws.com/");
}

export function assertModifiable(role: RoleRow): void {
  if (isProtectedRole(role)) {
    throw new AwsError("UnmodifiableEntity", `Cannot perform the operation on the protected role '${role.name}' - this role is only modifiable by AWS`);
  }
}

export function boundaryShape(arn: string | null): PermissionsBoundaryShape | undefined {
  return arn ? { PermissionsBoundaryType: "PermissionsBoundaryPolicy", PermissionsBoundaryArn: arn } : undefined;
}

/** Trust documents for many roles with one existence query for all their resolved principals. */
export async function renderTrustPolicies(roles: RoleRow[], tx: Tx = db): Promise<Map<string, string>> {
  const ids = roles.map((r) => parsePrincipalIds(r.trustPrincipalIds));
  const live = await liveEntityIds(ids.flatMap((m) => Object.values(m)), tx);
  return new Map(roles.map((r, i) => [r.id, renderTrustPolicy(r.trustPolicy, stalePrincipals(ids[i], live))]));
}

/** The members every variant of Role carries (ListRoles adds MaxSessionDuration and Description). */
export function baseRoleShape(role: RoleRow, trustDocument: string): RoleShape {
  return {
    Path: role.path,
    RoleName: role.name,
    RoleId: role.id,
    Arn: role.arn,
    CreateDate: role.createdAt,
    AssumeRolePolicyDocument: trustDocument,
  };
}
