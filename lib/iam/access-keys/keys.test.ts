// Access keys against a real seeded sandbox: the secret is returned once, the 2-key quota, status
// changes, and keys of another user reading as missing.
import { beforeAll, describe, expect, it } from "vitest";
import { openSandbox, type Sandbox } from "@/lib/testing/sandbox";
import type { Caller } from "@/lib/authz/caller";

let keys: typeof import("./keys");
const ACCT = "111111111111";

let sandbox: Sandbox;

beforeAll(async () => {
  sandbox = await openSandbox();
  keys = await import("./keys");
}, 60_000);

const caller = (name: string): Promise<Caller> => sandbox.userCaller(ACCT, name);

describe("access keys", () => {
  it("creates keys for alice up to the quota; only creation returns the secret", async () => {
    const admin = await caller("admin");
    const { AccessKey } = await keys.createAccessKey(admin, "alice");
    expect(AccessKey.AccessKeyId).toMatch(/^AKIA[A-Z2-7]{16}$/);
    expect(AccessKey.SecretAccessKey).toHaveLength(40);
    expect(AccessKey.Status).toBe("Active");
    await keys.createAccessKey(admin, "alice");
    const third = await keys.createAccessKey(admin, "alice").catch((e) => e);
    expect([third.code, third.message]).toEqual(["LimitExceeded", "Cannot exceed quota for AccessKeysPerUser: 2"]);
    const listed = await keys.listAccessKeys(admin, "alice");
    expect(listed.AccessKeyMetadata).toHaveLength(2);
    expect(JSON.stringify(listed)).not.toContain(AccessKey.SecretAccessKey);
  });

  it("deactivates, reactivates and deletes; another user's key id reads as missing", async () => {
    const admin = await caller("admin");
    const [first] = (await keys.listAccessKeys(admin, "alice")).AccessKeyMetadata;
    await keys.updateAccessKey(admin, { userName: "alice", accessKeyId: first.AccessKeyId, status: "Inactive" });
    expect((await keys.listAccessKeys(admin, "alice")).AccessKeyMetadata[0].Status).toBe("Inactive");
    const bad = await keys.updateAccessKey(admin, { userName: "alice", accessKeyId: first.AccessKeyId, status: "Paused" }).catch((e) => e);
    expect(bad.code).toBe("ValidationError");
    const foreign = await keys.deleteAccessKey(admin, { userName: "admin", accessKeyId: first.AccessKeyId }).catch((e) => e);
    expect([foreign.code, foreign.message]).toEqual(["NoSuchEntity", `The Access Key with id ${first.AccessKeyId} cannot be found.`]);
    await keys.deleteAccessKey(admin, { userName: "alice", accessKeyId: first.AccessKeyId });
    expect((await keys.listAccessKeys(admin, "alice")).AccessKeyMetadata.map((k) => k.AccessKeyId)).not.toContain(first.AccessKeyId);
  });

  it("without a user name acts on the caller, and alice without policies is denied", async () => {
    const alice = await caller("alice");
    const denied = await keys.listAccessKeys(alice).catch((e) => e);
    expect(denied.code).toBe("AccessDenied");
    expect(denied.message).toContain(`iam:ListAccessKeys on resource: arn:aws:iam::${ACCT}:user/alice`);
    const admin = await caller("admin");
    expect((await keys.listAccessKeys(admin)).AccessKeyMetadata.map((k) => k.AccessKeyId)).toEqual(["AKIAIDENTITYADMIN001"]);
  });
});
