// Seeds the AWS managed-policy catalog and the deterministic demo sandbox (sandbox:reset reruns it).
import type { PrismaClient } from "@/generated/prisma/client";
import type { Tx } from "@/lib/db";
import { hashPassword } from "@/lib/auth/password";
import { stableId } from "@/lib/ids";
import { loadManagedPolicyCatalog } from "./managed-catalog";
import {
  ADMIN_PASSWORD,
  ALICE_PASSWORD,
  ORGANIZATION,
  SANDBOX_ACCOUNTS,
  SANDBOX_SERVICE_LINKED_ROLES,
} from "./constants";

// Fixed creation time so a reset reproduces the same sandbox, byte for byte.
const SANDBOX_CREATED = new Date("2026-01-15T09:30:00Z");

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
interface SeedInputs {
  admin: string;
  alice: string;
  roots: string[];
  policyIds: Map<string, string>;
}

// The passwords are fixed: one process hashes them once. A lab Reset reseeds on every click, and four
// bcrypt hashes (pure JS, one after the other) were most of its time (lib/labs/setup.ts, < 1 s p95).
let passwordHashes: Promise<string[]> | undefined;

async function seedInputs(db: PrismaClient): Promise<SeedInputs> {
  const names = ["AdministratorAccess", ...SANDBOX_SERVICE_LINKED_ROLES.map((r) => r.policy)];
  passwordHashes ??= Promise.all([ADMIN_PASSWORD, ALICE_PASSWORD, ...SANDBOX_ACCOUNTS.map((a) => a.rootPassword)].map(hashPassword));
  passwordHashes.catch(() => (passwordHashes = undefined));
  const [policies, [admin, alice, ...roots]] = await Promise.all([
    db.managedPolicy.findMany({ where: { accountId: null, name: { in: names } }, select: { id: true, name: true } }),
    passwordHashes,
  ]);
  const policyIds = new Map(policies.map((p) => [p.name, p.id]));
  for (const name of names) if (!policyIds.has(name)) throw new Error(`AWS managed policy ${name} is missing from the catalog`);
  return { admin, alice, roots, policyIds };
}

/** Seeds an empty sandbox, in one transaction: a concurrent first start either sees it all or seeds it itself. */
export async function seedSandbox(db: PrismaClient): Promise<void> {
  const inputs = await seedInputs(db);
  await db.$transaction((tx) => writeSandbox(tx, inputs), SEED_TRANSACTION);
}

/**
 * Restores the seeded state in ONE transaction (clear, then seed): a server running beside it sees
 * the old sandbox or the new one, never a half-reset one, and a failed reset changes nothing.
 */
export async function resetSandbox(db: PrismaClient): Promise<void> {
  const inputs = await seedInputs(db);
  await db.$transaction(async (tx) => {
    await clearSandbox(tx);
    await writeSandbox(tx, inputs);
  }, SEED_TRANSACTION);
}

const FULL_ACCESS_ORG_POLICIES = [
  ["p-FullAWSAccess", "SERVICE_CONTROL_POLICY", "FullAWSAccess"],
  ["p-RCPFullAWSAccess", "RESOURCE_CONTROL_POLICY", "RCPFullAWSAccess"],
] as const;

/** A few multi-row statements: the transaction holds the write lock that a running server waits for. */
async function writeSandbox(db: Tx, inputs: SeedInputs): Promise<void> {
  const policyId = (name: string) => inputs.policyIds.get(name)!;
  await db.organization.create({ data: { ...ORGANIZATION, createdAt: SANDBOX_CREATED } });
  // Organizations attaches these AWS-managed full-access policies to the root and to every account;
  // a level with no policy attached would deny everything below it.
  await db.orgPolicy.createMany({
    data: FULL_ACCESS_ORG_POLICIES.map(([id, kind, name]) => ({
      id,
      organizationId: ORGANIZATION.id,
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
    data: FULL_ACCESS_ORG_POLICIES.flatMap(([policyId]) =>
      [ORGANIZATION.rootId, ...SANDBOX_ACCOUNTS.map((a) => a.id)].map((targetId) => ({ policyId, targetId })),
    ),
  });

  const identity = SANDBOX_ACCOUNTS[0].id;
  const users: { id: string; accountId: string; name: string; nameLower: string; arn: string; passwordHash: string; createdAt: Date }[] = [];
  const roles: { id: string; accountId: string; name: string; nameLower: string; path: string; arn: string; trustPolicy: string; description: string; serviceLinked: boolean; createdAt: Date }[] = [];
  const attachments: { policyId: string; principalType: string; principalId: string; attachedAt: Date }[] = [];
  for (const acct of SANDBOX_ACCOUNTS) {
    const adminArn = `arn:aws:iam::${acct.id}:user/admin`;
    const adminId = stableId("AIDA", adminArn);
    users.push({ id: adminId, accountId: acct.id, name: "admin", nameLower: "admin", arn: adminArn, passwordHash: inputs.admin, createdAt: SANDBOX_CREATED });
    attachments.push({ policyId: policyId("AdministratorAccess"), principalType: "user", principalId: adminId, attachedAt: SANDBOX_CREATED });
    for (const slr of SANDBOX_SERVICE_LINKED_ROLES) {
      if (slr.name === "AWSServiceRoleForOrganizations" && acct.id !== ORGANIZATION.masterAccountId) continue;
      const path = `/aws-service-role/${slr.service}/`;
      const arn = `arn:aws:iam::${acct.id}:role${path}${slr.name}`;
      const roleId = stableId("AROA", arn);
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
        createdAt: SANDBOX_CREATED,
      });
      attachments.push({ policyId: policyId(slr.policy), principalType: "role", principalId: roleId, attachedAt: SANDBOX_CREATED });
    }
  }
  const aliceArn = `arn:aws:iam::${identity}:user/alice`;
  users.push({ id: stableId("AIDA", aliceArn), accountId: identity, name: "alice", nameLower: "alice", arn: aliceArn, passwordHash: inputs.alice, createdAt: SANDBOX_CREATED });

  await db.account.createMany({
    data: SANDBOX_ACCOUNTS.map((acct, index) => ({
      id: acct.id,
      alias: acct.alias,
      name: acct.name,
      organizationId: ORGANIZATION.id,
      rootEmail: acct.rootEmail,
      rootPasswordHash: inputs.roots[index],
      createdAt: SANDBOX_CREATED,
    })),
  });
  await db.user.createMany({ data: users });
  await db.role.createMany({ data: roles });
  await db.policyAttachment.createMany({ data: attachments });
  await db.accessKey.createMany({
    data: SANDBOX_ACCOUNTS.map((acct) => ({
      id: acct.admin.accessKeyId,
      secretAccessKey: acct.admin.secretAccessKey,
      accountId: acct.id,
      userId: stableId("AIDA", `arn:aws:iam::${acct.id}:user/admin`),
      createdAt: SANDBOX_CREATED,
    })),
  });
  const groupArn = `arn:aws:iam::${identity}:group/Developers`;
  await db.group.create({
    data: { id: stableId("AGPA", groupArn), accountId: identity, name: "Developers", nameLower: "developers", arn: groupArn, createdAt: SANDBOX_CREATED },
  });
}

/** Everything except the AWS managed catalog, children before parents. */
export async function clearSandbox(db: Tx): Promise<void> {
  await db.activityEvent.deleteMany();
  await db.stsSession.deleteMany();
  // IAM Roles Anywhere (lib/rolesanywhere/): its resources are the account's, reset with it.
  await db.raSubjectCredential.deleteMany();
  await db.raSubject.deleteMany();
  await db.raTag.deleteMany();
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
