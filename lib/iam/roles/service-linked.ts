// Service-linked roles: CreateServiceLinkedRole, and the asynchronous DeleteServiceLinkedRole whose
// task moves NOT_STARTED → IN_PROGRESS → SUCCEEDED | FAILED on successive status calls, or with
// time (IAM_SLR_DELETION_STEP_MS per step, default 2 s), failing while the role has live sessions.
import { lockQuota } from "@/lib/data/quota-lock";
import { randomUUID } from "node:crypto";
import { db } from "@/lib/db";
import { authorize } from "@/lib/authz/authorize";
import type { Caller } from "@/lib/authz/caller";
import { AwsError } from "@/lib/errors";
import { newId } from "@/lib/ids";
import { deletePrincipal } from "@/lib/iam/cascade";
import { iamArn } from "@/lib/iam/names";
import { QUOTAS, quotaMessage } from "@/lib/iam/quotas";
import { fullRoleShape } from "./read";
import { authorizedRole, type RoleShape } from "./shape";
import { slrRoleName, slrServiceFor, slrTrustPolicy } from "./slr-catalog";
import { checkDescription } from "./validate";
import { uniqueOr } from "./unique";
import { serverNow } from "@/lib/server-now";

const STAGES = ["NOT_STARTED", "IN_PROGRESS"] as const;
export type DeletionStatus = "NOT_STARTED" | "IN_PROGRESS" | "SUCCEEDED" | "FAILED";
const TASK_ID = /^task\/aws-service-role\/[^/]+\/[\w+=,.@-]+\/[0-9a-f-]{36}$/;
const ACTIVE_SESSIONS_REASON = "The role has active sessions. Sessions must expire or be revoked before the role can be deleted.";

function stepMs(): number {
  const n = Number(process.env.IAM_SLR_DELETION_STEP_MS);
  return Number.isFinite(n) && n >= 0 ? n : 2000;
}

const taken = (name: string) => new AwsError("InvalidInput", `Service role name ${name} has been taken in this account, please try a different suffix.`);

export async function createServiceLinkedRole(
  caller: Caller,
  input: { awsServiceName: string; description?: string; customSuffix?: string },
): Promise<{ Role: RoleShape }> {
  checkDescription(input.description);
  // [INF] AWS's text for a principal without a service-linked role was not found in the sources read;
  // the code is the one the API reference lists for a bad input value.
  const service = slrServiceFor(input.awsServiceName);
  if (!service) throw new AwsError("InvalidInput", `Invalid service name: ${input.awsServiceName}`);
  // https://docs.aws.amazon.com/IAM/latest/APIReference/API_CreateServiceLinkedRole.html: "Some
  // services do not support the CustomSuffix parameter"; the catalog says which do.
  if (input.customSuffix !== undefined && !service.customSuffix) {
    throw new AwsError("InvalidInput", `Custom suffix is not allowed for ${input.awsServiceName}`);
  }
  const name = slrRoleName(service, input.customSuffix);
  const path = `/aws-service-role/${input.awsServiceName}/`;
  const arn = iamArn(caller.accountId, "role", path, name);
  await authorize(caller, "iam:CreateServiceLinkedRole", arn, { context: { "iam:AWSServiceName": input.awsServiceName } });
  const policies = await db.managedPolicy.findMany({ where: { arn: { in: service.policies } } });
  const role = await uniqueOr(db.$transaction(async (tx) => {
    await lockQuota(tx, `account:${caller.accountId}:roles`);
    const nameLower = name.toLowerCase();
    if (await tx.role.findUnique({ where: { accountId_nameLower: { accountId: caller.accountId, nameLower } } })) {
      throw taken(name);
    }
    const limit = QUOTAS.rolesPerAccount;
    if ((await tx.role.count({ where: { accountId: caller.accountId } })) >= limit) {
      throw new AwsError("LimitExceeded", quotaMessage("RolesPerAccount", limit));
    }
    const created = await tx.role.create({
      data: {
        id: newId("AROA"),
        accountId: caller.accountId,
        name,
        nameLower,
        path,
        arn,
        trustPolicy: slrTrustPolicy(input.awsServiceName),
        description: input.description ?? "",
        serviceLinked: true,
      },
    });
    for (const policy of policies) {
      await tx.policyAttachment.create({ data: { policyId: policy.id, principalType: "role", principalId: created.id } });
    }
    return created;
  }), () => taken(name));
  return { Role: await fullRoleShape(role) };
}

export async function deleteServiceLinkedRole(caller: Caller, roleName: string): Promise<{ DeletionTaskId: string }> {
  const role = await authorizedRole(caller, "iam:DeleteServiceLinkedRole", roleName);
  if (!role.serviceLinked) {
    // [INF] wording for a customer role passed to DeleteServiceLinkedRole.
    throw new AwsError("InvalidInput", `Role ${role.name} is not a service-linked role.`);
  }
  const pending = await db.slrDeletionTask.findFirst({ where: { roleId: role.id, status: { in: [...STAGES] } } });
  if (pending) return { DeletionTaskId: pending.id };
  const service = role.path.split("/")[2];
  const task = await db.slrDeletionTask.create({
    data: { id: `task/aws-service-role/${service}/${role.name}/${randomUUID()}`, roleId: role.id, roleArn: role.arn, status: "NOT_STARTED" },
  });
  return { DeletionTaskId: task.id };
}

export interface DeletionStatusResult {
  Status: DeletionStatus;
  Reason?: { Reason: string; RoleUsageList: { Region: string; Resources: string[] }[] };
}

/** Runs the deletion: FAILED (with a reason) while sessions of the role are live, else SUCCEEDED. */
async function finish(taskId: string, roleId: string | null, now: Date): Promise<{ status: DeletionStatus; reason?: string }> {
  return db.$transaction(async (tx) => {
    if (roleId) {
      const live = await tx.stsSession.count({ where: { roleId, expiresAt: { gt: now }, revokedAt: null } });
      if (live > 0) {
        await tx.slrDeletionTask.update({ where: { id: taskId }, data: { status: "FAILED", reason: ACTIVE_SESSIONS_REASON } });
        return { status: "FAILED" as const, reason: ACTIVE_SESSIONS_REASON };
      }
      await deletePrincipal(tx, { type: "role", id: roleId });
    }
    await tx.slrDeletionTask.update({ where: { id: taskId }, data: { status: "SUCCEEDED" } });
    return { status: "SUCCEEDED" as const };
  });
}

function result(status: DeletionStatus, reason?: string | null): DeletionStatusResult {
  return reason && status === "FAILED" ? { Status: status, Reason: { Reason: reason, RoleUsageList: [] } } : { Status: status };
}

export async function getServiceLinkedRoleDeletionStatus(caller: Caller, deletionTaskId: string, now = serverNow()): Promise<DeletionStatusResult> {
  if (!TASK_ID.test(deletionTaskId)) throw new AwsError("InvalidInput", `Invalid deletion task id: ${deletionTaskId}`);
  // The task id names the service and the role, so the role's ARN is known without reading the task:
  // the caller is authorized on it before learning whether such a task exists.
  const [, , service, roleName] = deletionTaskId.split("/");
  const roleArn = iamArn(caller.accountId, "role", `/aws-service-role/${service}/`, roleName);
  await authorize(caller, "iam:GetServiceLinkedRoleDeletionStatus", roleArn);
  const task = await db.slrDeletionTask.findUnique({ where: { id: deletionTaskId } });
  if (!task || task.roleArn !== roleArn) {
    throw new AwsError("NoSuchEntity", `Deletion task ${deletionTaskId} cannot be found.`);
  }
  if (task.status === "SUCCEEDED" || task.status === "FAILED") return result(task.status, task.reason);
  // The stage is elapsed time in steps. A status call moves the task's clock so the next call sees
  // the next stage: successive calls and waiting both advance it, through one mechanism.
  const step = Math.max(stepMs(), 1);
  const stage = Math.floor((now.getTime() - task.createdAt.getTime()) / step);
  if (stage >= STAGES.length) {
    const done = await finish(task.id, task.roleId, now);
    return result(done.status, done.reason);
  }
  await db.slrDeletionTask.update({
    where: { id: task.id },
    data: { status: STAGES[stage], createdAt: new Date(now.getTime() - (stage + 1) * step) },
  });
  return result(STAGES[stage]);
}
