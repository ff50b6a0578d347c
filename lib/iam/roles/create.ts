// CreateRole: validates every field the way IAM does, then writes the role, its resolved trust
// principals and its tags in one transaction (tags are all-or-nothing).
import { lockQuota } from "@/lib/data/quota-lock";
import { db } from "@/lib/db";
import { authorize } from "@/lib/authz/authorize";
import type { Caller } from "@/lib/authz/caller";
import { AwsError } from "@/lib/errors";
import { newId } from "@/lib/ids";
import type { ContextValue } from "@/lib/policy";
import { checkName, checkPath, iamArn } from "../names";
import { checkPolicyArn, findBoundaryOrThrow } from "../policies/lookup";
import { QUOTAS, quotaMessage } from "../quotas";
import { applyTags, requestTagContext, validateTags, type Tag } from "../tags";
import { resolveTrustPrincipals } from "../trust-principals";
import { baseRoleShape, boundaryShape, type RoleShape } from "./shape";
import { checkDescription, checkMaxSessionDuration, parseTrustPolicy } from "./validate";
import { uniqueOr } from "./unique";

export interface CreateRoleInput {
  roleName: string;
  assumeRolePolicyDocument: string;
  path?: string;
  description?: string;
  maxSessionDuration?: number;
  permissionsBoundary?: string;
  tags?: Tag[];
}

export async function createRole(caller: Caller, input: CreateRoleInput): Promise<{ Role: RoleShape }> {
  const path = input.path ?? "/";
  const tags = input.tags ?? [];
  checkName("roleName", input.roleName);
  checkPath(path);
  checkDescription(input.description);
  checkMaxSessionDuration(input.maxSessionDuration);
  validateTags(tags);
  if (input.permissionsBoundary !== undefined) checkPolicyArn(input.permissionsBoundary);
  if (path.startsWith("/aws-service-role/") || path.startsWith("/aws-reserved/")) {
    // [INF] wording: these paths are reserved for roles AWS creates.
    throw new AwsError("InvalidInput", `The path ${path} is reserved for roles created by AWS.`);
  }
  const arn = iamArn(caller.accountId, "role", path, input.roleName);
  const context: Record<string, ContextValue> = tags.length ? requestTagContext(tags) : {};
  if (input.permissionsBoundary) context["iam:PermissionsBoundary"] = input.permissionsBoundary;
  await authorize(caller, "iam:CreateRole", arn, { context });
  if (tags.length) await authorize(caller, "iam:TagRole", arn, { context });

  const trust = parseTrustPolicy(input.assumeRolePolicyDocument);
  if (input.permissionsBoundary) await findBoundaryOrThrow(caller.accountId, input.permissionsBoundary);

  const role = await uniqueOr(db.$transaction(async (tx) => {
    await lockQuota(tx, `account:${caller.accountId}:roles`);
    const nameLower = input.roleName.toLowerCase();
    if (await tx.role.findUnique({ where: { accountId_nameLower: { accountId: caller.accountId, nameLower } }, select: { id: true } })) {
      throw new AwsError("EntityAlreadyExists", `Role with name ${input.roleName} already exists.`);
    }
    const limit = QUOTAS.rolesPerAccount;
    if ((await tx.role.count({ where: { accountId: caller.accountId } })) >= limit) {
      throw new AwsError("LimitExceeded", quotaMessage("RolesPerAccount", limit));
    }
    const principalIds = await resolveTrustPrincipals(trust, caller.accountId, tx);
    const created = await tx.role.create({
      data: {
        id: newId("AROA"),
        accountId: caller.accountId,
        name: input.roleName,
        nameLower,
        path,
        arn,
        trustPolicy: input.assumeRolePolicyDocument,
        trustPrincipalIds: JSON.stringify(principalIds),
        description: input.description ?? "",
        maxSessionDuration: input.maxSessionDuration ?? QUOTAS.minSessionDuration,
        permissionsBoundary: input.permissionsBoundary ?? null,
      },
    });
    await applyTags(tx, "role", created.id, tags, "TagsPerRole");
    return created;
  }), () => new AwsError("EntityAlreadyExists", `Role with name ${input.roleName} already exists.`));

  // CreateRole echoes only what was supplied (AWS-validated snapshots, spec §8.1).
  return {
    Role: {
      ...baseRoleShape(role, role.trustPolicy),
      ...(input.description !== undefined ? { Description: role.description } : {}),
      ...(input.maxSessionDuration !== undefined ? { MaxSessionDuration: role.maxSessionDuration } : {}),
      ...(input.permissionsBoundary ? { PermissionsBoundary: boundaryShape(role.permissionsBoundary) } : {}),
      ...(tags.length ? { Tags: tags } : {}),
    },
  };
}
