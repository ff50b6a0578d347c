// The console's "Create role": one user action that is several IAM calls — CreateRole (with the
// boundary and tags), AttachRolePolicy per selected policy, and for EC2 use cases
// CreateInstanceProfile + AddRoleToInstanceProfile with the role's name. Each call authorizes as
// itself. Cheap checks run first (quota, policies exist) so most failures write nothing; if a
// later call still fails, what this function wrote is removed again, so no half-made role remains.
import { db } from "@/lib/db";
import { authorize } from "@/lib/authz/authorize";
import type { Caller } from "@/lib/authz/caller";
import { AwsError } from "@/lib/errors";
import { addRoleToInstanceProfile, createInstanceProfile } from "@/lib/iam/instance-profiles/profiles";
import { deleteInstanceProfileRow, deletePrincipal } from "../cascade";
import { checkName, checkPath, iamArn } from "../names";
import { findAttachableOrThrow } from "../policies/lookup";
import { QUOTAS, quotaMessage } from "../quotas";
import { attachRolePolicy } from "../roles/attached";
import { createRole } from "../roles/create";
import type { RoleShape } from "../roles/shape";
import { createServiceLinkedRole } from "@/lib/iam/roles/service-linked";
import { slrServiceFor } from "../roles/slr-catalog";
import type { Tag } from "../tags";

export interface ConsoleCreateRoleInput {
  roleName: string;
  assumeRolePolicyDocument: string;
  description?: string;
  path?: string;
  policyArns?: string[];
  permissionsBoundary?: string;
  tags?: Tag[];
  /** EC2 use cases: also create an instance profile with the role's name, holding the role. */
  instanceProfile?: boolean;
}

export interface ConsoleCreateRoleResult {
  Role: RoleShape;
  AttachedPolicyArns: string[];
  InstanceProfileArn?: string;
}

/** Undo this request's writes; the role is new, so everything hanging off it is ours. */
async function compensate(accountId: string, roleName: string, profileCreated: boolean): Promise<void> {
  const nameLower = roleName.toLowerCase();
  await db.$transaction(async (tx) => {
    const role = await tx.role.findUnique({ where: { accountId_nameLower: { accountId, nameLower } } });
    if (profileCreated) {
      const profile = await tx.instanceProfile.findUnique({ where: { accountId_nameLower: { accountId, nameLower } } });
      if (profile) await deleteInstanceProfileRow(tx, profile.id);
    }
    if (!role) return;
    await deletePrincipal(tx, { type: "role", id: role.id });
  });
}

export async function createRoleForConsole(caller: Caller, input: ConsoleCreateRoleInput): Promise<ConsoleCreateRoleResult> {
  const policyArns = [...new Set(input.policyArns ?? [])];
  const limit = QUOTAS.policiesPerRole;
  if (policyArns.length > limit) throw new AwsError("LimitExceeded", quotaMessage("PoliciesPerRole", limit));
  // Authorized before the selected policies are looked up, so a caller who may not create the role
  // and attach them learns nothing about which policies exist.
  checkName("roleName", input.roleName);
  checkPath(input.path ?? "/");
  const roleArn = iamArn(caller.accountId, "role", input.path ?? "/", input.roleName);
  await authorize(caller, "iam:CreateRole", roleArn);
  for (const arn of policyArns) await authorize(caller, "iam:AttachRolePolicy", roleArn, { context: { "iam:PolicyARN": arn } });
  for (const arn of policyArns) await findAttachableOrThrow(caller.accountId, arn);

  const { Role } = await createRole(caller, {
    roleName: input.roleName,
    assumeRolePolicyDocument: input.assumeRolePolicyDocument,
    path: input.path,
    description: input.description,
    permissionsBoundary: input.permissionsBoundary,
    tags: input.tags,
  });
  let profileCreated = false;
  try {
    for (const arn of policyArns) await attachRolePolicy(caller, Role.RoleName, arn);
    let instanceProfileArn: string | undefined;
    if (input.instanceProfile) {
      const { InstanceProfile } = await createInstanceProfile(caller, { instanceProfileName: Role.RoleName, path: Role.Path });
      profileCreated = true;
      await addRoleToInstanceProfile(caller, InstanceProfile.InstanceProfileName, Role.RoleName);
      instanceProfileArn = InstanceProfile.Arn;
    }
    return { Role, AttachedPolicyArns: policyArns, ...(instanceProfileArn ? { InstanceProfileArn: instanceProfileArn } : {}) };
  } catch (e) {
    await compensate(caller.accountId, Role.RoleName, profileCreated);
    throw e;
  }
}

/** Service-linked use cases: AWS names the role and attaches its policy; only the description is ours. */
export async function createServiceLinkedRoleForConsole(
  caller: Caller,
  input: { awsServiceName: string; description?: string },
): Promise<ConsoleCreateRoleResult> {
  const { Role } = await createServiceLinkedRole(caller, input);
  // The role exists only for a catalogued service, and it carries that service's policies.
  return { Role, AttachedPolicyArns: slrServiceFor(input.awsServiceName)?.policies ?? [] };
}
