// Learner isolation over the real SDK (training spec §6 and the §7 multi-mode checklist line): two
// learners' sandboxes on one server. Another sandbox's entities behave as nonexistent: A's keys cannot
// assume B's role even when B's trust policy names A's account (AccessDenied, word for word the
// answer for a role that does not exist); B cannot name A's user in a trust policy
// (MalformedPolicyDocument, as for a user that does not exist); GetAccessKeyInfo does not know B's
// key; and A cannot sign in to B's accounts. Each of these succeeded before the scoping.
import { CreateRoleCommand, UpdateAssumeRolePolicyCommand } from "@aws-sdk/client-iam";
import { AssumeRoleCommand, GetAccessKeyInfoCommand, STSClient } from "@aws-sdk/client-sts";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { iamClient, sdkFailure, startHarness, type Creds, type Harness } from "@/lib/wire/testing";
import type { SandboxCredentials } from "./provision";

let h: Harness;
let a: SandboxCredentials;
let b: SandboxCredentials;
const LEARNER_A = "learnerAAAAAAAAAAAAAAAAAAAA";
const LEARNER_B = "learnerBBBBBBBBBBBBBBBBBBBB";

const keys = (s: SandboxCredentials, i = 0): Creds => ({ accessKeyId: s.accessKeys[i].accessKeyId, secretAccessKey: s.accessKeys[i].secretAccessKey });
const sts = (creds: Creds) => new STSClient({ endpoint: h.url, region: "us-east-1", credentials: creds, maxAttempts: 1 });
const trust = (principal: string) =>
  JSON.stringify({ Version: "2012-10-17", Statement: [{ Effect: "Allow", Principal: { AWS: principal }, Action: "sts:AssumeRole" }] });

beforeAll(async () => {
  h = await startHarness();
  const { provisionSandbox } = await import("./provision");
  a = await provisionSandbox(h.db, LEARNER_A);
  b = await provisionSandbox(h.db, LEARNER_B);
}, 60_000);
afterAll(() => h?.close());

describe("STS and IAM stay inside the caller's sandbox", () => {
  it("A's keys cannot assume B's role that trusts A's account: the AccessDenied of a nonexistent role", async () => {
    const bIam = iamClient(h.url, keys(b));
    // A foreign account root is accepted in a trust policy (it just never matches).
    await bIam.send(new CreateRoleCommand({ RoleName: "TrustsA", AssumeRolePolicyDocument: trust(`arn:aws:iam::${a.n}111111:root`) }));
    await bIam.send(new CreateRoleCommand({ RoleName: "TrustsB", AssumeRolePolicyDocument: trust(`arn:aws:iam::${b.n}111111:root`) }));
    const real = `arn:aws:iam::${b.n}111111:role/TrustsA`;
    const denied = await sdkFailure(sts(keys(a)).send(new AssumeRoleCommand({ RoleArn: real, RoleSessionName: "learner" })));
    const missing = await sdkFailure(sts(keys(a)).send(new AssumeRoleCommand({ RoleArn: `arn:aws:iam::${b.n}111111:role/NoSuchRole`, RoleSessionName: "learner" })));
    expect(denied.name).toBe("AccessDenied");
    expect(denied).toEqual({ ...missing, message: missing.message.replace("role/NoSuchRole", "role/TrustsA") });
    // Control: inside one sandbox the same kind of trust works.
    const ok = await sts(keys(b)).send(new AssumeRoleCommand({ RoleArn: `arn:aws:iam::${b.n}111111:role/TrustsB`, RoleSessionName: "learner" }));
    expect(ok.AssumedRoleUser?.Arn).toBe(`arn:aws:sts::${b.n}111111:assumed-role/TrustsB/learner`);
  });

  it("A user or role of another sandbox in a trust policy is MalformedPolicyDocument, as a nonexistent one", async () => {
    const bIam = iamClient(h.url, keys(b));
    const alice = `arn:aws:iam::${a.n}111111:user/alice`;
    const created = await sdkFailure(bIam.send(new CreateRoleCommand({ RoleName: "TrustsAlice", AssumeRolePolicyDocument: trust(alice) })));
    expect(created).toEqual({ name: "MalformedPolicyDocumentException", status: 400, message: `Invalid principal in policy: "AWS":"${alice}"` });
    const updated = await sdkFailure(bIam.send(new UpdateAssumeRolePolicyCommand({ RoleName: "TrustsB", PolicyDocument: trust(alice) })));
    expect(updated.name).toBe("MalformedPolicyDocumentException");
    // Its own sandbox's user is accepted.
    await bIam.send(new CreateRoleCommand({ RoleName: "TrustsOwnAlice", AssumeRolePolicyDocument: trust(`arn:aws:iam::${b.n}111111:user/alice`) }));
  });

  it("GetAccessKeyInfo does not know another sandbox's key", async () => {
    expect((await sts(keys(a)).send(new GetAccessKeyInfoCommand({ AccessKeyId: keys(a, 1).accessKeyId }))).Account).toBe(`${a.n}222222`);
    const foreign = await sdkFailure(sts(keys(a)).send(new GetAccessKeyInfoCommand({ AccessKeyId: keys(b).accessKeyId })));
    expect(foreign.name).toBe("InvalidParameterValue");
  });
});

describe("console sign-in in multi mode", () => {
  it("needs the learner session that owns the sandbox; anyone else gets the wrong-password error", async () => {
    const { signIn } = await import("@/lib/auth/sign-in");
    const admin = b.users.find((u) => u.name === "admin")!;
    const asIam = { type: "iam" as const, account: `identity-${b.n}`, userName: "admin", password: admin.password };
    const asRoot = { type: "root" as const, email: b.accounts[0].rootEmail, password: b.accounts[0].rootPassword };
    const multi = (learnerId?: string) => ({ multi: true, learnerId });
    expect(await signIn(asIam, "10.0.0.1", Date.now(), {}, multi(LEARNER_A))).toEqual({ ok: false, error: "INVALID" });
    expect(await signIn({ ...asIam, account: `${b.n}111111` }, "10.0.0.1", Date.now(), {}, multi(LEARNER_A))).toEqual({ ok: false, error: "INVALID" });
    expect(await signIn(asRoot, "10.0.0.1", Date.now(), {}, multi(LEARNER_A))).toEqual({ ok: false, error: "INVALID" });
    expect(await signIn(asIam, "10.0.0.1", Date.now(), {}, multi(undefined))).toEqual({ ok: false, error: "INVALID" });
    expect((await signIn(asIam, "10.0.0.2", Date.now(), {}, multi(LEARNER_B))).ok).toBe(true);
    expect((await signIn(asRoot, "10.0.0.2", Date.now(), {}, multi(LEARNER_B))).ok).toBe(true);
    // The demo sandbox has no owner on a training server; single mode signs in as it always has.
    const demo = { type: "iam" as const, account: "111111111111", userName: "admin", password: "Sandbox-Admin-1!" };
    expect(await signIn(demo, "10.0.0.3", Date.now(), {}, multi(LEARNER_A))).toEqual({ ok: false, error: "INVALID" });
    expect((await signIn(demo, "10.0.0.3", Date.now(), {}, { multi: false })).ok).toBe(true);
  });

  it("the instructor (lab_instructor session) alone signs in to the demo sandbox, and may to any learner's", async () => {
    const { signIn } = await import("@/lib/auth/sign-in");
    const demo = { type: "iam" as const, account: "111111111111", userName: "admin", password: "Sandbox-Admin-1!" };
    const instructor = { multi: true, learnerId: LEARNER_A, instructor: true };
    expect((await signIn(demo, "10.0.0.4", Date.now(), {}, instructor)).ok).toBe(true);
    const admin = b.users.find((u) => u.name === "admin")!;
    expect((await signIn({ type: "iam", account: `identity-${b.n}`, userName: "admin", password: admin.password }, "10.0.0.4", Date.now(), {}, instructor)).ok).toBe(true);
    // Still the password that decides: the instructor session is not a password.
    expect(await signIn({ ...demo, password: "wrong" }, "10.0.0.4", Date.now(), {}, instructor)).toEqual({ ok: false, error: "INVALID" });
  });
});
