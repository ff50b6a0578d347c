// What the role page reads and the console-only compositions it writes through the role verbs:
// the summary (role + instance profiles + switch-role account), the Permissions tab (managed and
// inline), "Manage tags" (one save = untag removed keys, then tag the rest), the export, and the
// detail page's Delete (cascade for customer roles, the asynchronous task for service-linked ones).
import type { Caller } from "@/lib/authz/caller";
import { listInstanceProfilesForRole } from "@/lib/iam/instance-profiles/profiles";
import { describeAttached } from "@/lib/iam/attachments";
import type { AttachedPolicyDetail } from "@/lib/iam/policies/list";
import { listAttachedRolePolicies } from "@/lib/iam/roles/attached";
import { deleteRoleForConsole } from "@/lib/iam/roles/delete";
import { getRolePolicy, listRolePolicies } from "@/lib/iam/roles/inline";
import { getRole } from "@/lib/iam/roles/read";
import { findRole, findRoleOrThrow, isProtectedRole, type RoleShape } from "@/lib/iam/roles/shape";
import { slrConsoleText, slrPrincipalOfPath, type SlrConsoleText } from "@/lib/iam/roles/slr-catalog";
import { updateRole, updateRoleDescription } from "@/lib/iam/roles/update";
import { listRoleTags, tagRole, untagRole } from "@/lib/iam/roles/tagging";
import { deleteServiceLinkedRole } from "@/lib/iam/roles/service-linked";
import { replaceTags, type Tag } from "@/lib/iam/tags";
import { exportRole, type RoleExport } from "./export-role";

export interface RoleDetail {
  Role: RoleShape;
  ServiceLinked: boolean;
  /** For a service-linked role of a catalogued service: the console's texts about it, from the catalog. */
  ServiceLinkedRole?: SlrConsoleText;
  InstanceProfileArns: string[];
  /** The account to put in the switch-role link, present only when the trust policy names an AWS account or IAM principal. */
  SwitchRoleAccount?: string;
  /** roleName for the switch-role link: the path without its leading slash, then the name. */
  SwitchRoleName: string;
}

const ACCOUNT_IN_PRINCIPAL = /^(?:\d{12}|arn:aws[\w-]*:(?:iam|sts)::\d{12}:.+)$/;

/** Does the trust policy let an AWS account or IAM principal assume the role (an Allow with Principal.AWS)? */
function requiresExternalId(condition: unknown): boolean {
  if (!condition || typeof condition !== "object") return false;
  return Object.values(condition).some(
    (block) => block !== null && typeof block === "object" && Object.keys(block).some((key) => key.toLowerCase() === "sts:externalid"),
  );
}

export function trustsAwsAccount(trustPolicy: string): boolean {
  let doc: { Statement?: unknown };
  try {
    doc = JSON.parse(trustPolicy) as { Statement?: unknown };
  } catch {
    return false;
  }
  const statements = (Array.isArray(doc.Statement) ? doc.Statement : [doc.Statement]).filter(Boolean) as {
    Effect?: unknown;
    Principal?: unknown;
    Condition?: unknown;
  }[];
  return statements.some((s) => {
    if (s.Effect !== "Allow") return false;
    // The console cannot send an external ID, so AWS offers no switch-role link for a trust that needs one:
    // https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_common-scenarios_third-party.html (the console has no external ID field)
    if (requiresExternalId(s.Condition)) return false;
    if (s.Principal === "*") return true;
    const aws = (s.Principal as { AWS?: unknown } | undefined)?.AWS;
    const values = Array.isArray(aws) ? aws : [aws];
    return values.some((v) => typeof v === "string" && (v === "*" || ACCOUNT_IN_PRINCIPAL.test(v)));
  });
}

export async function getRoleDetail(caller: Caller, roleName: string): Promise<RoleDetail> {
  const { Role } = await getRole(caller, roleName);
  const row = await findRoleOrThrow(caller.accountId, Role.RoleName);
  const { InstanceProfiles } = await listInstanceProfilesForRole(caller, Role.RoleName);
  const slrText = row.serviceLinked ? slrConsoleText(slrPrincipalOfPath(row.path) ?? "") : undefined;
  return {
    Role,
    ServiceLinked: isProtectedRole(row),
    ...(slrText ? { ServiceLinkedRole: slrText } : {}),
    InstanceProfileArns: InstanceProfiles.map((p) => p.Arn),
    ...(trustsAwsAccount(Role.AssumeRolePolicyDocument) ? { SwitchRoleAccount: caller.accountId } : {}),
    SwitchRoleName: `${Role.Path.slice(1)}${Role.RoleName}`,
  };
}

export interface RolePermissions {
  AttachedPolicies: AttachedPolicyDetail[];
  InlinePolicies: { PolicyName: string; PolicyDocument: string }[];
}

/** The Permissions tab's rows; a role holds at most 25 managed policies, so one page is all of them. */
export async function getRolePermissions(caller: Caller, roleName: string): Promise<RolePermissions> {
  const [attached, inline] = await Promise.all([
    listAttachedRolePolicies(caller, roleName, { maxItems: 1000 }),
    listRolePolicies(caller, roleName, { maxItems: 1000 }),
  ]);
  const documents = await Promise.all(inline.PolicyNames.map((n) => getRolePolicy(caller, roleName, n)));
  return {
    AttachedPolicies: await describeAttached(attached.AttachedPolicies),
    InlinePolicies: documents.map((d) => ({ PolicyName: d.PolicyName, PolicyDocument: d.PolicyDocument })),
  };
}

/** "Manage tags" → Save changes through UntagRole / TagRole / ListRoleTags. */
export function replaceRoleTags(caller: Caller, roleName: string, tags: Tag[]): Promise<{ Tags: Tag[] }> {
  return replaceTags(
    {
      list: async () => (await listRoleTags(caller, roleName, { maxItems: 1000 })).Tags,
      tag: (t) => tagRole(caller, roleName, t),
      untag: (keys) => untagRole(caller, roleName, keys),
    },
    tags,
  );
}

export async function exportRoleForConsole(caller: Caller, roleName: string): Promise<RoleExport> {
  const [{ Role }, perms, { Tags }] = await Promise.all([
    getRole(caller, roleName),
    getRolePermissions(caller, roleName),
    listRoleTags(caller, roleName, { maxItems: 1000 }),
  ]);
  return exportRole({
    RoleName: Role.RoleName,
    Path: Role.Path,
    Description: Role.Description,
    MaxSessionDuration: Role.MaxSessionDuration ?? 3600,
    AssumeRolePolicyDocument: Role.AssumeRolePolicyDocument,
    PermissionsBoundaryArn: Role.PermissionsBoundary?.PermissionsBoundaryArn,
    Tags,
    ManagedPolicyArns: perms.AttachedPolicies.map((p) => p.PolicyArn),
    InlinePolicies: perms.InlinePolicies,
  });
}

export type RoleDeleteResult = { kind: "deleted"; detachedPolicyArns: string[]; deletedInlinePolicies: string[]; deletedInstanceProfile?: string } | { kind: "slr-deletion-started"; DeletionTaskId: string };

/** The detail page's Delete: the console cascade, or for a service-linked role the asynchronous deletion task. */
export async function deleteRoleFromDetailPage(caller: Caller, roleName: string): Promise<RoleDeleteResult> {
  // The row only picks the verb; each verb authorizes before it answers anything about the role.
  const row = await findRole(caller.accountId, roleName);
  if (row?.serviceLinked) return { kind: "slr-deletion-started", ...(await deleteServiceLinkedRole(caller, row.name)) };
  return { kind: "deleted", ...(await deleteRoleForConsole(caller, roleName)) };
}

/**
 * Summary → Edit: UpdateRole, or for a protected role whose description alone changes,
 * UpdateRoleDescription (the one change AWS allows there). The row only picks the verb; each verb
 * authorizes before it answers anything about the role.
 */
export async function editRoleSummary(caller: Caller, roleName: string, input: { description?: string; maxSessionDuration?: number }): Promise<RoleDetail> {
  const row = await findRole(caller.accountId, roleName);
  if (row && isProtectedRole(row) && input.maxSessionDuration === undefined && input.description !== undefined) {
    await updateRoleDescription(caller, roleName, input.description);
  } else {
    await updateRole(caller, { roleName, ...input });
  }
  return getRoleDetail(caller, roleName);
}
