// Seeds the AWS managed-policy catalog and the deterministic demo sandbox (sandbox:reset reruns it).
import type { PrismaClient } from "@/generated/prisma/client";
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

const CATALOG_TX = { maxWait: 10_000, timeout: 120_000 };

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
  }, CATALOG_TX);
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

async function attach(db: PrismaClient, policyName: string, principalType: string, principalId: string) {
  const policy = await db.managedPolicy.findFirstOrThrow({ where: { accountId: null, name: policyName } });
  await db.policyAttachment.create({
    data: { policyId: policy.id, principalType, principalId, attachedAt: SANDBOX_CREATED },
  });
}

export async function seedSandbox(db: PrismaClient): Promise<void> {
  const [adminHash, aliceHash] = await Promise.all([hashPassword(ADMIN_PASSWORD), hashPassword(ALICE_PASSWORD)]);
  await db.organization.create({ data: { ...ORGANIZATION, createdAt: SANDBOX_CREATED } });
  // Organizations attaches these AWS-managed full-access policies to the root and to every account;
  // a level with no policy attached would deny everything below it.
  for (const [id, kind, name] of [
    ["p-FullAWSAccess", "SERVICE_CONTROL_POLICY", "FullAWSAccess"],
    ["p-RCPFullAWSAccess", "RESOURCE_CONTROL_POLICY", "RCPFullAWSAccess"],
  ] as const) {
    await db.orgPolicy.create({
      data: {
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
        attachments: { create: [ORGANIZATION.rootId, ...SANDBOX_ACCOUNTS.map((a) => a.id)].map((targetId) => ({ targetId })) },
      },
    });
  }

  for (const acct of SANDBOX_ACCOUNTS) {
    await db.account.create({
      data: {
        id: acct.id,
        alias: acct.alias,
        name: acct.name,
        organizationId: ORGANIZATION.id,
        rootEmail: acct.rootEmail,
        rootPasswordHash: await hashPassword(acct.rootPassword),
        createdAt: SANDBOX_CREATED,
      },
    });

    const adminArn = `arn:aws:iam::${acct.id}:user/admin`;
    const adminId = stableId("AIDA", adminArn);
    await db.user.create({
      data: {
        id: adminId,
        accountId: acct.id,
        name: "admin",
        nameLower: "admin",
        arn: adminArn,
        passwordHash: adminHash,
        createdAt: SANDBOX_CREATED,
      },
    });
    await attach(db, "AdministratorAccess", "user", adminId);
    await db.accessKey.create({
      data: {
        id: acct.admin.accessKeyId,
        secretAccessKey: acct.admin.secretAccessKey,
        accountId: acct.id,
        userId: adminId,
        createdAt: SANDBOX_CREATED,
      },
    });

    for (const slr of SANDBOX_SERVICE_LINKED_ROLES) {
      if (slr.name === "AWSServiceRoleForOrganizations" && acct.id !== ORGANIZATION.masterAccountId) continue;
      const path = `/aws-service-role/${slr.service}/`;
      const arn = `arn:aws:iam::${acct.id}:role${path}${slr.name}`;
      const roleId = stableId("AROA", arn);
      await db.role.create({
        data: {
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
        },
      });
      await attach(db, slr.policy, "role", roleId);
    }
  }

  const identity = SANDBOX_ACCOUNTS[0].id;
  const aliceArn = `arn:aws:iam::${identity}:user/alice`;
  await db.user.create({
    data: {
      id: stableId("AIDA", aliceArn),
      accountId: identity,
      name: "alice",
      nameLower: "alice",
      arn: aliceArn,
      passwordHash: aliceHash,
      createdAt: SANDBOX_CREATED,
    },
  });
  const groupArn = `arn:aws:iam::${identity}:group/Developers`;
  await db.group.create({
    data: {
      id: stableId("AGPA", groupArn),
      accountId: identity,
      name: "Developers",
      nameLower: "developers",
      arn: groupArn,
      createdAt: SANDBOX_CREATED,
    },
  });
}

/** Everything except the AWS managed catalog, children before parents. */
export async function clearSandbox(db: PrismaClient): Promise<void> {
  await db.$transaction([
    db.activityEvent.deleteMany(),
    db.stsSession.deleteMany(),
    db.slrDeletionTask.deleteMany(),
    db.tag.deleteMany(),
    db.inlinePolicy.deleteMany(),
    db.policyAttachment.deleteMany(),
    db.instanceProfile.deleteMany(),
    db.identityProvider.deleteMany(),
    db.groupMembership.deleteMany(),
    db.mfaDevice.deleteMany(),
    db.accessKey.deleteMany(),
    db.passwordHistory.deleteMany(),
    db.passwordPolicy.deleteMany(),
    db.group.deleteMany(),
    db.user.deleteMany(),
    db.role.deleteMany(),
    db.managedPolicy.deleteMany({ where: { accountId: { not: null } } }),
    db.orgPolicyAttachment.deleteMany(),
    db.orgPolicy.deleteMany(),
    db.account.deleteMany(),
    db.organization.deleteMany(),
  ]);
}
