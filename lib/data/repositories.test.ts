// Every column of every repository row round-trips on the sandbox's store (SQLite, or PostgreSQL with
// TEST_DATABASE_URL) and agrees with what Prisma writes and reads: the repositories encode and decode
// exactly as Prisma does, in a process whose local time zone is not UTC (PostgreSQL's `timestamp`
// columns hold UTC without a zone; a driver left to local time would be hours off).
process.env.TZ = "America/New_York";

import { beforeAll, describe, expect, it } from "vitest";
import { openSandbox, type Sandbox } from "@/lib/testing/sandbox";
import type { StsSession } from "@/generated/prisma/client";

let sb: Sandbox;
let sessions: typeof import("./sessions");
let keys: typeof import("./access-keys");
let roles: typeof import("./roles");
let activity: typeof import("./activity");

const ACCT = "111111111111";
// Milliseconds on purpose: both stores keep them (timestamp(3), ISO text).
const T1 = new Date("2026-07-04T23:30:15.123Z");
const T2 = new Date("2026-01-31T04:59:59.999Z");

beforeAll(async () => {
  sb = await openSandbox();
  sessions = await import("./sessions");
  keys = await import("./access-keys");
  roles = await import("./roles");
  activity = await import("./activity");
}, 60_000);

function sessionRow(accessKeyId: string, over: Partial<StsSession> = {}): StsSession {
  return {
    accessKeyId,
    secretAccessKey: `secret-${accessKeyId}`,
    sessionToken: `token-${accessKeyId}`,
    kind: "assumed-role",
    accountId: ACCT,
    roleId: null,
    userId: sb.admin.userId ?? null,
    principalArn: `arn:aws:sts::${ACCT}:assumed-role/R/s`,
    sessionName: "s",
    sourcePrincipalArn: sb.admin.arn,
    sourceIdentity: "ident",
    chainDepth: 2,
    mfaAuthenticated: true,
    mfaAuthenticatedAt: T2,
    sessionPolicy: '{"Version":"2012-10-17"}',
    sessionPolicyArns: '["arn:aws:iam::aws:policy/ReadOnlyAccess"]',
    tags: '[{"Key":"k","Value":"v"}]',
    transitiveTagKeys: '["k"]',
    viaConsole: true,
    issuedAt: T1,
    expiresAt: T2,
    revokedAt: T1,
    ...over,
  };
}

describe("repositories", () => {
  it("runs in a non-UTC zone", () => {
    expect(new Date("2026-01-15T12:00:00Z").getTimezoneOffset()).toBe(300);
  });

  it("sessions: every column round-trips, through the group commit and inside a Prisma transaction", async () => {
    const plain = sessionRow("ASIAREPOTEST00000001");
    await sessions.insertSession(plain);
    const inTx = sessionRow("ASIAREPOTEST00000002", { mfaAuthenticated: false, mfaAuthenticatedAt: null, viaConsole: false, revokedAt: null, sourceIdentity: null });
    await sb.db.$transaction((tx) => sessions.insertSession(inTx, tx));
    for (const row of [plain, inTx]) {
      const read = await sessions.findSessionWithPrincipal(row.accessKeyId);
      expect(read).toEqual({ ...row, role: null, user: { id: sb.admin.userId, arn: sb.admin.arn, name: "admin" } });
      expect(await sb.db.stsSession.findUnique({ where: { accessKeyId: row.accessKeyId } })).toEqual(row);
    }
    expect(await sessions.sessionOwner(plain.accessKeyId)).toEqual({ accountId: ACCT, principalArn: plain.principalArn });
    expect(await sessions.findSessionWithPrincipal("ASIANOSUCHKEY0000000")).toBeNull();
  });

  it("sessions: the role's names are joined in, and a deleted role leaves none", async () => {
    const role = await sb.db.role.create({
      data: { id: "AROAREPOTEST00000001", accountId: ACCT, name: "RepoRole", nameLower: "reporole", arn: `arn:aws:iam::${ACCT}:role/RepoRole`, trustPolicy: "{}" },
    });
    await sessions.insertSession(sessionRow("ASIAREPOTEST00000003", { roleId: role.id, userId: null }));
    const read = await sessions.findSessionWithPrincipal("ASIAREPOTEST00000003");
    expect(read?.role).toEqual({ id: role.id, arn: role.arn, name: "RepoRole" });
    expect(read?.user).toBeNull();
    await sb.db.role.delete({ where: { id: role.id } });
    expect((await sessions.findSessionWithPrincipal("ASIAREPOTEST00000003"))?.role).toBeNull();
  });

  it("roles: every column as Prisma reads it; tags; the last-used stamp", async () => {
    const created = await sb.db.role.create({
      data: {
        id: "AROAREPOTEST00000002",
        accountId: ACCT,
        name: "Full",
        nameLower: "full",
        path: "/p/",
        arn: `arn:aws:iam::${ACCT}:role/p/Full`,
        trustPolicy: '{"Version":"2012-10-17"}',
        trustPrincipalIds: '{"a":"b"}',
        description: "d",
        maxSessionDuration: 7200,
        permissionsBoundary: "arn:aws:iam::aws:policy/ReadOnlyAccess",
        serviceLinked: true,
        createdAt: T1,
        lastUsedAt: T2,
        lastUsedRegion: "eu-west-1",
      },
    });
    expect(await roles.findRoleWithTags(created.arn)).toEqual({ ...created, tags: [] });
    await sb.db.tag.createMany({
      data: [
        { ownerType: "role", ownerId: created.id, key: "Team", keyLower: "team", value: "blue" },
        { ownerType: "role", ownerId: created.id, key: "Env", keyLower: "env", value: "" },
        { ownerType: "user", ownerId: created.id, key: "Other", keyLower: "other", value: "x" },
      ],
    });
    const read = await roles.findRoleWithTags(created.arn);
    expect(read && { ...read, tags: [...read.tags].sort((a, b) => a.key.localeCompare(b.key)) }).toEqual({
      ...created,
      tags: [{ key: "Env", value: "" }, { key: "Team", value: "blue" }],
    });
    await roles.touchRole(created.id, T1, "ap-south-1");
    expect(await sb.db.role.findUnique({ where: { id: created.id } })).toEqual({ ...created, lastUsedAt: T1, lastUsedRegion: "ap-south-1" });
    expect(await roles.findRoleWithTags("arn:aws:iam::111111111111:role/None")).toBeNull();
  });

  it("access keys: every column as Prisma reads it, with the user; the last-used stamp", async () => {
    const key = await sb.db.accessKey.create({
      data: { id: "AKIAREPOTEST00000001", accountId: ACCT, userId: sb.alice.userId, secretAccessKey: "s3cret", status: "Inactive", createdAt: T1, lastUsedAt: T2, lastUsedService: "sts", lastUsedRegion: "eu-west-1" },
    });
    expect(await keys.findAccessKeyWithUser(key.id)).toEqual({ ...key, user: { id: sb.alice.userId, arn: sb.alice.arn, name: "alice" } });
    await keys.touchAccessKey(key.id, T1, "iam", "us-east-1");
    expect(await sb.db.accessKey.findUnique({ where: { id: key.id } })).toEqual({ ...key, lastUsedAt: T1, lastUsedService: "iam", lastUsedRegion: "us-east-1" });
    const root = await sb.db.accessKey.create({ data: { id: "AKIAREPOTEST00000002", accountId: ACCT, secretAccessKey: "r" } });
    expect(await keys.findAccessKeyWithUser(root.id)).toEqual({ ...root, user: null });
  });

  it("activity: every column as Prisma reads it", async () => {
    const row = {
      time: T1,
      accountId: ACCT,
      principalArn: sb.admin.arn,
      action: "sts:AssumeRole",
      resource: "arn:aws:iam::111111111111:role/R",
      result: "Failure",
      errorCode: "AccessDenied",
      errorMessage: "no",
      sourceIp: "203.0.113.9",
      userAgent: "ua",
      requestId: "repo-activity-1",
      source: "api",
    };
    await activity.appendActivity(row);
    const { id, ...read } = await sb.db.activityEvent.findFirstOrThrow({ where: { requestId: "repo-activity-1" } });
    expect(id).toBeGreaterThan(0);
    expect(read).toEqual(row);
  });

  it("activity: a NUL byte a client sent is stored as U+FFFD on both stores (PostgreSQL text cannot hold NUL)", async () => {
    await activity.appendActivity({
      time: T1,
      accountId: ACCT,
      principalArn: sb.admin.arn,
      action: "iam:Bad\u0000Action",
      resource: "",
      result: "Failure",
      errorCode: "InvalidAction",
      errorMessage: "Could not find operation Bad\u0000Action for version 2010-05-08",
      sourceIp: "203.0.113.9",
      userAgent: "ua\u0000",
      requestId: "repo-activity-nul",
      source: "api",
    });
    const read = await sb.db.activityEvent.findFirstOrThrow({ where: { requestId: "repo-activity-nul" } });
    expect([read.action, read.errorMessage, read.userAgent]).toEqual(["iam:Bad\uFFFDAction", "Could not find operation Bad\uFFFDAction for version 2010-05-08", "ua\uFFFD"]);
  });
});
