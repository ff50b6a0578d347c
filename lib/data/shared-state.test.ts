// Several instances on one database act as one (issue #11): this process serves the wire endpoint,
// a child process on the same store plays the other instance (lib/testing/other-instance.ts), so
// nothing can pass through shared process memory.
import { CreateRoleCommand, IAMClient, ListRolesCommand } from "@aws-sdk/client-iam";
import { AssumeRoleCommand, STSClient } from "@aws-sdk/client-sts";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { totp, newTotpSecret } from "@/lib/iam/mfa-devices/totp";
import type { Caller } from "@/lib/authz/caller";
import { startOtherInstance, type OtherInstance } from "@/lib/testing/other-instance";
import { ADMIN_111, fromResult, startHarness, type Creds, type Harness } from "@/lib/wire/testing";

const ACCT = "111111111111";
let harness: Harness;
let other: OtherInstance;
let admin: Caller;

const iam = (creds: Creds) => new IAMClient({ endpoint: `${harness.url}/api/aws`, region: "us-east-1", credentials: creds, maxAttempts: 1 });
const sts = (creds: Creds) => new STSClient({ endpoint: `${harness.url}/api/aws`, region: "us-east-1", credentials: creds, maxAttempts: 1 });
const trust = JSON.stringify({ Version: "2012-10-17", Statement: [{ Effect: "Allow", Principal: { AWS: `arn:aws:iam::${ACCT}:root` }, Action: "sts:AssumeRole" }] });
const allowIam = JSON.stringify({ Version: "2012-10-17", Statement: [{ Effect: "Allow", Action: "iam:*", Resource: "*" }] });

async function outcome(p: Promise<unknown>): Promise<string> {
  try {
    await p;
    return "OK";
  } catch (e) {
    return (e as { code?: string }).code ?? (e as Error).name;
  }
}

/** Milliseconds until `probe` answers `want`, giving up after 5 s. */
async function msUntil(probe: () => Promise<string>, want: string): Promise<number> {
  const start = Date.now();
  while (Date.now() - start < 5_000) {
    if ((await probe()) === want) return Date.now() - start;
    await new Promise((r) => setTimeout(r, 20));
  }
  return Number.POSITIVE_INFINITY;
}

beforeAll(async () => {
  harness = await startHarness();
  other = startOtherInstance();
  const user = await harness.db.user.findFirstOrThrow({ where: { accountId: ACCT, name: "admin" } });
  admin = { kind: "user", accountId: ACCT, arn: user.arn, userId: user.id, userName: "admin", mfa: false, via: "api" };
  // Load the other instance's modules once, so later calls measure the call only.
  await other.call("lib/iam/roles/create.ts", "createRole", admin, { roleName: "warm-up", assumeRolePolicyDocument: trust });
}, 120_000);

afterAll(async () => {
  await other?.close();
  await harness?.close();
});

describe("two instances on one database, through the wire", () => {
  it("assumes at once a role the other instance created", async () => {
    await other.call("lib/iam/roles/create.ts", "createRole", admin, { roleName: "made-elsewhere", assumeRolePolicyDocument: trust });
    const r = await sts(ADMIN_111).send(new AssumeRoleCommand({ RoleArn: `arn:aws:iam::${ACCT}:role/made-elsewhere`, RoleSessionName: "here" }));
    expect(r.Credentials?.AccessKeyId).toMatch(/^ASIA/);
  });

  it("denies within 1 s once the other instance revoked the role's sessions", async () => {
    await iam(ADMIN_111).send(new CreateRoleCommand({ RoleName: "revoked-elsewhere", AssumeRolePolicyDocument: trust }));
    await other.call("lib/iam/roles/inline.ts", "putRolePolicy", admin, "revoked-elsewhere", "iam", allowIam);
    const assumed = await sts(ADMIN_111).send(new AssumeRoleCommand({ RoleArn: `arn:aws:iam::${ACCT}:role/revoked-elsewhere`, RoleSessionName: "s1" }));
    const session = iam(fromResult(assumed.Credentials));
    // Tokens carry whole seconds: revoke strictly after this session's issue time.
    await new Promise((r) => setTimeout(r, 1_100));
    expect(await outcome(session.send(new ListRolesCommand({})))).toBe("OK"); // cached here now
    await other.call("lib/iam/console/revoke-sessions.ts", "revokeRoleSessions", admin, "revoked-elsewhere");
    expect(await msUntil(() => outcome(session.send(new ListRolesCommand({}))), "AccessDenied")).toBeLessThan(1_000);
  });

});

describe("two instances on one database", () => {
  it("denies within 1 s once the other instance detached the policy that allowed", async () => {
    const { authorize } = await import("@/lib/authz/authorize");
    const listRoles = () => outcome(authorize(admin, "iam:ListRoles", "*"));
    expect(await listRoles()).toBe("OK"); // the admin's policies, cached here
    await other.call("lib/iam/users/attached.ts", "detachUserPolicy", admin, "admin", "arn:aws:iam::aws:policy/AdministratorAccess");
    expect(await msUntil(listRoles, "AccessDenied")).toBeLessThan(1_000);
    await harness.db.policyAttachment.create({
      data: { policyId: (await harness.db.managedPolicy.findFirstOrThrow({ where: { accountId: null, name: "AdministratorAccess" } })).id, principalType: "user", principalId: admin.userId! },
    });
  });

  it("counts sign-in failures made through the other instance", async () => {
    const address = "198.51.100.40";
    for (let i = 0; i < 5; i++) {
      const r = await other.call<{ ok: boolean; error?: string }>("lib/auth/sign-in.ts", "signIn", { type: "iam", account: ACCT, userName: "alice", password: `wrong-${i}` }, address);
      expect(r.error).toBe("INVALID");
    }
    const { signIn } = await import("@/lib/auth/sign-in");
    expect(await signIn({ type: "iam", account: ACCT, userName: "alice", password: "Sandbox-Alice-1!" }, address)).toEqual({ ok: false, error: "THROTTLED" });
  }, 60_000);

  it("refuses an MFA code the other instance accepted", async () => {
    const user = await harness.db.user.findFirstOrThrow({ where: { accountId: ACCT, name: "admin" } });
    const secret = newTotpSecret();
    await harness.db.mfaDevice.create({ data: { serialNumber: `arn:aws:iam::${ACCT}:mfa/shared-test`, accountId: ACCT, userId: user.id, secret } });
    const input = { type: "iam", account: ACCT, userName: "admin", password: "Sandbox-Admin-1!", mfaCode: totp(secret) } as const;
    const there = await other.call<{ ok: boolean }>("lib/auth/sign-in.ts", "signIn", input, "198.51.100.41");
    expect(there.ok).toBe(true);
    const { signIn } = await import("@/lib/auth/sign-in");
    expect(await signIn(input, "198.51.100.42")).toEqual({ ok: false, error: "INVALID" });
    await harness.db.mfaDevice.deleteMany({ where: { userId: user.id } });
  }, 60_000);

  it("answers GetServiceLastAccessedDetails for a job the other instance generated", async () => {
    const arn = `arn:aws:iam::${ACCT}:user/alice`;
    const { JobId } = await other.call<{ JobId: string }>("lib/iam/last-accessed/jobs.ts", "generateServiceLastAccessedDetails", admin, { arn });
    const { getServiceLastAccessedDetails } = await import("@/lib/iam/last-accessed/jobs");
    expect(await getServiceLastAccessedDetails(admin, { jobId: JobId })).toMatchObject({ JobStatus: "COMPLETED", JobType: "SERVICE_LEVEL" });
  }, 60_000);
});
