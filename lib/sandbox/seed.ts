// Seeds the AWS managed-policy catalog and the deterministic demo sandbox (sandbox:reset reruns it).
import type { PrismaClient } from "@/generated/prisma/client";
import type { Tx } from "@/lib/db";
import { hashPassword } from "@/lib/auth/password";
import { stableId } from "@/lib/ids";
import { loadManagedPolicyCatalog } from "./managed-catalog";
import { SANDBOX_SERVICE_LINKED_ROLES } from "./constants";
import { SINGLE_SANDBOX } from "./mode";
import { singleTemplate, templateId, type SandboxTemplate } from "./template";
import { clearScopedSandbox } from "./clear-scoped";

// A server under load takes the SQLite write lock in short bursts: a seed or reset may wait its turn
// (maxWait) and take a while on the catalog or a large activity log (timeout): beyond the 2 s / 5 s defaults.
const SEED_TRANSACTION = { maxWait: 60_000, timeout: 120_000 };

export async function seedCatalog(db: PrismaClient): Promise<number> {
  const catalog = loadManagedPolicyCatalog();
  await db.$transaction(async (tx) => {
    await tx.managedPolicy.createMany({
      data: catalog.map((p) => ({
        id: stableId("ANPA", p.arn),
        arn: p.arn,
        accountId: null,
        name: p.name,
        nameLower: p.name.toLowerCase(),
        path: p.path,
        defaultVersionId: p.versionId,
        awsManaged: true,
        jobFunction: p.jobFunction,
        createdAt: p.createdAt,
        updatedAt: p.updatedAt,
      })),
    });
    await tx.policyVersion.createMany({
      data: catalog.map((p) => ({
        policyId: stableId("ANPA", p.arn),
        versionId: p.versionId,
        document: p.document,
        isDefault: true,
        createdAt: p.updatedAt,
      })),
    });
    // ~1,600 policies with their documents: through PostgreSQL on a busy machine this takes longer
    // than Prisma's 5 s default for an interactive transaction (P2028, and the first start fails).
  }, SEED_TRANSACTION);
  return catalog.length;
}

function serviceTrustPolicy(service: string): string {
  return JSON.stringify(
    {
      Version: "2012-10-17",
      Statement: [{ Effect: "Allow", Principal: { Service: service }, Action: "sts:AssumeRole" }],
    },
    null,
    4,
  );
}

/** bcrypt (~70 ms a hash) and the managed policies' ids: worked out before the transaction, not while it holds the write lock. */
export interface SeedInputs {
  admin: string;
  alice: string;
  roots: string[];
  policyIds: Map<string, string>;
}

// The demo passwords are fixed: one process hashes them once. A lab Reset reseeds on every click, and
// four bcrypt hashes (pure JS, one after the other) were most of its time (lib/labs/setup.ts, < 1 s p95).
let passwordHashes: Promise<string[]> | undefined;

function singleHashes(template: SandboxTemplate): Promise<string[]> {
  passwordHashes ??= Promise.all([template.adminPassword, template.alicePassword, ...template.accounts.map((a) => a.rootPassword)].map(hashPassword));
  passwordHashes.catch(() => (passwordHashes = undefined));
  return passwordHashes;
}

/** `hashes` ([admin, alice, ...roots]) for a learner's sandbox, which keeps its own; the demo's are hashed once a process. */
export async function seedInputs(db: PrismaClient, template: SandboxTemplate, hashes?: string[]): Promise<SeedInputs> {
  const names = ["AdministratorAccess", ...SANDBOX_SERVICE_LINKED_ROLES.map((r) => r.policy)];
  const [policies, [admin, alice, ...roots]] = await Promise.all([
    db.managedPolicy.findMany({ where: { accountId: null, name: { in: names } }, select: { id: true, name: true } }),
    hashes ?? singleHashes(template),
  ]);
  const policyIds = new Map(policies.map((p) => [p.name, p.id]));
  for (const name of names) if (!policyIds.has(name)) throw new Error(`AWS managed policy ${name} is missing from the catalog`);
  return { admin, alice, roots, policyIds };
}

/** Seeds an empty sandbox, in one transaction: a concurrent first start either sees it all or seeds it itself. */
export async function seedSandbox(db: PrismaClient, template: SandboxTemplate = singleTemplate(), hashes?: string[]): Promise<void> {
  const inputs = await seedInputs(db, template, hashes);
  await db.$transaction((tx) => writeSandbox(tx, template, inputs), SEED_TRANSACTION);
}

/**
 * Restores the seeded state in ONE transaction (clear, then seed): a server running beside it sees
 * the old sandbox or the new one, never a half-reset one, and a failed reset changes nothing.
 * Only this template's sandbox is cleared: other learners' sandboxes are untouched.
 */
export async function resetSandbox(db: PrismaClient, template: SandboxTemplate = singleTemplate(), hashes?: string[]): Promise<void> {
  const inputs = await seedInputs(db, template, hashes);
  await db.$transaction(async (tx) => {
    await clearSandbox(tx, template.sandboxId);
    await writeSandbox(tx, template, inputs);
  }, SEED_TRANSACTION);
}

/** A few multi-row statements: the transaction holds the write lock that a running server waits for. */
export async function writeSandbox(db: Tx, t: SandboxTemplate, inputs: SeedInputs): Promise<void> {
  const policyId = (name: string) => inputs.policyIds.get(name)!;
  const created = t.createdAt;
  const org = t.organization;
  await db.organization.create({ data: { ...org, sandboxId: t.sandboxId, createdAt: created } });
  // Organizations attaches these AWS-managed full-access policies to the root and to every account;
  // a level with no policy attached would deny everything below it.
  const orgPolicies = [
    [t.orgPolicyIds.scp, "SERVICE_CONTROL_POLICY", "FullAWSAccess"],
    [t.orgPolicyIds.rcp, "RESOURCE_CONTROL_POLICY", "RCPFullAWSAccess"],
  ] as const;
  await db.orgPolicy.createMany({
    data: orgPolicies.map(([id, kind, name]) => ({
      id,
      organizationId: org.id,
      kind,
      name,
      description: "Allows access to every operation",
      document: JSON.stringify({
        Version: "2012-10-17",
        Statement: [{ Effect: "Allow", ...(kind === "RESOURCE_CONTROL_POLICY" ? { Principal: "*" } : {}), Action: "*", Resource: "*" }],
      }),
      awsManaged: true,
    })),
  });
  await db.orgPolicyAttachment.createMany({
    data: orgPolicies.flatMap(([policyId]) => [org.rootId, ...t.accounts.map((a) => a.id)].map((targetId) => ({ policyId, targetId }))),
  });

  const identity = t.accounts[0].id;
  const users: { id: string; accountId: string; name: string; nameLower: string; arn: string; passwordHash: string; createdAt: Date }[] = [];
  const roles: { id: string; accountId: string; name: string; nameLower: string; path: string; arn: string; trustPolicy: string; description: string; serviceLinked: boolean; createdAt: Date }[] = [];
  const attachments: { policyId: string; principalType: string; principalId: string; attachedAt: Date }[] = [];
  for (const acct of t.accounts) {
    const adminArn = `arn:aws:iam::${acct.id}:user/admin`;
    const adminId = templateId(t, "AIDA", adminArn);
    users.push({ id: adminId, accountId: acct.id, name: "admin", nameLower: "admin", arn: adminArn, passwordHash: inputs.admin, createdAt: created });
    attachments.push({ policyId: policyId("AdministratorAccess"), principalType: "user", principalId: adminId, attachedAt: created });
    for (const slr of SANDBOX_SERVICE_LINKED_ROLES) {
      if (slr.name === "AWSServiceRoleForOrganizations" && acct.id !== org.masterAccountId) continue;
      const path = `/aws-service-role/${slr.service}/`;
      const arn = `arn:aws:iam::${acct.id}:role${path}${slr.name}`;
      const roleId = templateId(t, "AROA", arn);
      roles.push({
        id: roleId,
        accountId: acct.id,
        name: slr.name,
        nameLower: slr.name.toLowerCase(),
        path,
        arn,
        trustPolicy: serviceTrustPolicy(slr.service),
        description: slr.description,
        serviceLinked: true,
        createdAt: created,
      });
      attachments.push({ policyId: policyId(slr.policy), principalType: "role", principalId: roleId, attachedAt: created });
    }
  }
  const aliceArn = `arn:aws:iam::${identity}:user/alice`;
  users.push({ id: templateId(t, "AIDA", aliceArn), accountId: identity, name: "alice", nameLower: "alice", arn: aliceArn, passwordHash: inputs.alice, createdAt: created });

  await db.account.createMany({
    data: t.accounts.map((acct, index) => ({
      id: acct.id,
      alias: acct.alias,
      name: acct.name,
      organizationId: org.id,
      rootEmail: acct.rootEmail,
      rootPasswordHash: inputs.roots[index],
      createdAt: created,
      sandboxId: t.sandboxId,
    })),
  });
  await db.user.createMany({ data: users });
  await db.role.createMany({ data: roles });
  await db.policyAttachment.createMany({ data: attachments });
  await db.accessKey.createMany({
    data: t.accounts.map((acct) => ({
      id: acct.admin.accessKeyId,
      secretAccessKey: acct.admin.secretAccessKey,
      accountId: acct.id,
      userId: templateId(t, "AIDA", `arn:aws:iam::${acct.id}:user/admin`),
      createdAt: created,
    })),
  });
  const groupArn = `arn:aws:iam::${identity}:group/Developers`;
  await db.group.create({
    data: { id: templateId(t, "AGPA", groupArn), accountId: identity, name: "Developers", nameLower: "developers", arn: groupArn, createdAt: created },
  });
}

/**
 * Everything of one sandbox except the AWS managed catalog, children before parents. The demo
 * sandbox alone on the server (single mode) wipes every table as it always has; beside learners'
 * sandboxes, only the rows of `sandboxId`'s accounts and organization go (./clear-scoped.ts).
 */
export async function clearSandbox(db: Tx, sandboxId: string = SINGLE_SANDBOX): Promise<void> {
  const others = await db.account.findFirst({ where: { sandboxId: { not: sandboxId } }, select: { id: true } });
  if (others || sandboxId !== SINGLE_SANDBOX) return clearScopedSandbox(db, sandboxId);
  await db.activityEvent.deleteMany();
  await db.stsSession.deleteMany();
  // IAM Roles Anywhere (lib/rolesanywhere/): its resources are the account's, reset with it.
  await db.raSubjectCredential.deleteMany();
  await db.raSubject.deleteMany();
  await db.raTag.deleteMany();
  await db.raCrl.deleteMany();
  await db.raProfile.deleteMany();
  await db.raTrustAnchor.deleteMany();
  await db.slrDeletionTask.deleteMany();
  await db.tag.deleteMany();
  await db.inlinePolicy.deleteMany();
  await db.policyAttachment.deleteMany();
  await db.instanceProfile.deleteMany();
  await db.identityProvider.deleteMany();
  await db.groupMembership.deleteMany();
  await db.mfaDevice.deleteMany();
  await db.accessKey.deleteMany();
  await db.passwordHistory.deleteMany();
  await db.passwordPolicy.deleteMany();
  await db.credentialReport.deleteMany();
  await db.group.deleteMany();
  await db.user.deleteMany();
  await db.role.deleteMany();
  await db.managedPolicy.deleteMany({ where: { accountId: { not: null } } });
  await db.orgRootAccess.deleteMany();
  await db.orgPolicyAttachment.deleteMany();
  await db.orgPolicy.deleteMany();
  await db.account.deleteMany();
  await db.organization.deleteMany();
  // Instance-shared state that belongs to the old sandbox: throttles and Last Accessed reports.
  await db.signInFailure.deleteMany();
  await db.lastAccessedJob.deleteMany();
  await db.orgAccessReportJob.deleteMany();
}
