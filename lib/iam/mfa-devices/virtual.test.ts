// Virtual MFA against a real seeded sandbox: two consecutive codes enable the device, its last
// accepted step is code 2's, and console sign-in then refuses that code but accepts the next one.
import { beforeAll, describe, expect, it } from "vitest";
import { openSandbox, type Sandbox } from "@/lib/testing/sandbox";
import { totp, newTotpSecret, counterAt } from "./totp";
import type { Caller } from "@/lib/authz/caller";

let mfa: typeof import("./virtual");
let signIn: typeof import("@/lib/auth/sign-in").signIn;
let db: typeof import("@/lib/db").db;
const ACCT = "111111111111";

let sandbox: Sandbox;

beforeAll(async () => {
  sandbox = await openSandbox();
  ({ db } = sandbox);
  mfa = await import("./virtual");
  ({ signIn } = await import("@/lib/auth/sign-in"));
}, 60_000);

const caller = (name: string): Promise<Caller> => sandbox.userCaller(ACCT, name);

describe("consecutiveCodesStep", () => {
  const secret = newTotpSecret();
  const now = 1_800_000_000_000;
  it("returns code 2's step for two consecutive codes, in order only", () => {
    const [c1, c2] = [totp(secret, now - 30_000), totp(secret, now)];
    expect(mfa.consecutiveCodesStep(secret, c1, c2, now)).toBe(counterAt(now));
    expect(mfa.consecutiveCodesStep(secret, c2, c1, now)).toBeNull();
    expect(mfa.consecutiveCodesStep(secret, c1, c1, now)).toBeNull();
  });
  it("tolerates a few steps of drift but not stale codes", () => {
    expect(mfa.consecutiveCodesStep(secret, totp(secret, now - 90_000), totp(secret, now - 60_000), now)).toBe(counterAt(now) - 2);
    expect(mfa.consecutiveCodesStep(secret, totp(secret, now - 600_000), totp(secret, now - 570_000), now)).toBeNull();
    expect(mfa.consecutiveCodesStep(secret, "12345", "abcdef", now)).toBeNull();
  });
});

describe("virtual MFA devices", () => {
  it("admin assigns a device to alice; sign-in refuses the enabling code and accepts the next", async () => {
    const admin = await caller("admin");
    const started = await mfa.startVirtualMfaDevice(admin, { userName: "alice", deviceName: "alice-phone" });
    const { SerialNumber, Base32StringSeed: secret, QRCodePNG } = started.VirtualMFADevice;
    expect(SerialNumber).toBe(`arn:aws:iam::${ACCT}:mfa/alice-phone`);
    expect(Buffer.from(QRCodePNG, "base64").subarray(1, 4).toString()).toBe("PNG");

    const now = Date.now();
    const wrong = await mfa
      .enableVirtualMfaDevice(admin, { userName: "alice", deviceName: "alice-phone", secret, code1: totp(secret, now), code2: totp(secret, now - 30_000) }, now)
      .catch((e) => e);
    expect(wrong.message).toBe("Authentication code for device is not valid.");

    const enabled = await mfa.enableVirtualMfaDevice(
      admin,
      { userName: "alice", deviceName: "alice-phone", secret, code1: totp(secret, now - 30_000), code2: totp(secret, now) },
      now,
    );
    expect(enabled.MFADevice.SerialNumber).toBe(SerialNumber);
    expect((await mfa.listMfaDevices(admin, "alice")).MFADevices.map((d) => d.SerialNumber)).toEqual([SerialNumber]);

    const input = { type: "iam" as const, account: ACCT, userName: "alice", password: "Sandbox-Alice-1!" };
    expect(await signIn({ ...input }, "test-client", now)).toEqual({ ok: false, error: "MFA_REQUIRED" });
    expect(await signIn({ ...input, mfaCode: totp(secret, now) }, "test-client", now)).toMatchObject({ ok: false, error: "INVALID" });
    expect(await signIn({ ...input, mfaCode: totp(secret, now + 30_000) }, "test-client", now)).toMatchObject({ ok: true });
  });

  it("sign-in accepts a code from any of the user's devices, each code once", async () => {
    const admin = await caller("admin");
    const started = await mfa.startVirtualMfaDevice(admin, { userName: "alice", deviceName: "alice-tablet" });
    const secret = started.VirtualMFADevice.Base32StringSeed;
    const now = Date.now() + 120_000;
    await mfa.enableVirtualMfaDevice(admin, { userName: "alice", deviceName: "alice-tablet", secret, code1: totp(secret, now - 30_000), code2: totp(secret, now) }, now);
    const input = { type: "iam" as const, account: ACCT, userName: "alice", password: "Sandbox-Alice-1!" };
    const code = totp(secret, now + 30_000);
    expect(await signIn({ ...input, mfaCode: code }, "test-client-2", now)).toMatchObject({ ok: true, identity: { mfa: true } });
    expect(await signIn({ ...input, mfaCode: code }, "test-client-2", now)).toMatchObject({ ok: false, error: "INVALID" });
    await mfa.removeMfaDevice(admin, { userName: "alice", serialNumber: started.VirtualMFADevice.SerialNumber });
  });

  it("refuses a ninth device for the same user and a taken device name", async () => {
    const admin = await caller("admin");
    const alice = await db.user.findFirstOrThrow({ where: { accountId: ACCT, name: "alice" } });
    await db.mfaDevice.createMany({
      data: Array.from({ length: 7 }, (_, i) => ({ serialNumber: `arn:aws:iam::${ACCT}:mfa/extra-${i}`, accountId: ACCT, userId: alice.id, secret: newTotpSecret() })),
    });
    const err = await mfa.startVirtualMfaDevice(admin, { userName: "alice", deviceName: "ninth" }).catch((e) => e);
    // AWS's quota: https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_iam-quotas.html
    expect([err.code, err.message]).toEqual(["LimitExceeded", "Cannot exceed quota for MFADevicesPerUser: 8"]);
    await db.mfaDevice.deleteMany({ where: { serialNumber: { startsWith: `arn:aws:iam::${ACCT}:mfa/extra-` } } });
    const taken = await mfa.startVirtualMfaDevice(admin, { userName: "admin", deviceName: "alice-phone" }).catch((e) => e);
    expect(taken.code).toBe("EntityAlreadyExists");
    const badName = await mfa.startVirtualMfaDevice(admin, { userName: "admin", deviceName: "my phone" }).catch((e) => e);
    expect(badName.code).toBe("ValidationError");
  });

  it("denies alice managing her own device without a policy, then lets admin remove it", async () => {
    const alice = await caller("alice");
    const denied = await mfa.listMfaDevices(alice, "alice").catch((e) => e);
    expect(denied.code).toBe("AccessDenied");
    expect(denied.message).toContain("iam:ListMFADevices");
    const admin = await caller("admin");
    const serialNumber = `arn:aws:iam::${ACCT}:mfa/alice-phone`;
    await mfa.removeMfaDevice(admin, { userName: "alice", serialNumber });
    expect((await mfa.listMfaDevices(admin, "alice")).MFADevices).toEqual([]);
    const again = await mfa.removeMfaDevice(admin, { userName: "alice", serialNumber }).catch((e) => e);
    expect(again.code).toBe("NoSuchEntity");
  });

  it("reports console access through GetLoginProfile", async () => {
    const admin = await caller("admin");
    expect((await mfa.getLoginProfile(admin, "alice")).LoginProfile.UserName).toBe("alice");
    await db.user.create({ data: { id: "AIDANOPASSWORD0000001", accountId: ACCT, name: "nopw", nameLower: "nopw", arn: `arn:aws:iam::${ACCT}:user/nopw` } });
    const err = await mfa.getLoginProfile(admin, "nopw").catch((e) => e);
    expect([err.code, err.message]).toEqual(["NoSuchEntity", "Login Profile for User nopw cannot be found."]);
  });
});
