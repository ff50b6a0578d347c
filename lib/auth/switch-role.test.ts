// Console Switch role failures over a real seeded sandbox: what the console may say about a role it
// could not switch into. AWS's console answers one generic sentence whatever went wrong ("Invalid
// information in one or more fields…"), so across accounts nothing may tell a role that exists and
// refused from one that does not; in the caller's own account the reason ("Why?") is shown only to a
// caller that could read the role with iam:GetRole anyway.
// https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_use_switch-role-console.html
import { beforeAll, describe, expect, it, vi } from "vitest";
import { pointAtFreshSandbox } from "@/lib/testing/sandbox-db";
import type { Caller } from "@/lib/authz/caller";
import type { AwsError } from "@/lib/errors";
import type { SignedInIdentity } from "./sign-in";

vi.mock("server-only", () => ({}));

const ACCT = "111111111111";
const OTHER = "222222222222";
let switchRole: typeof import("./switch-role").switchRole;
let SWITCH_FAILED: string;
let db: typeof import("@/lib/db").db;

const trusting = (arn: string) => ({ Version: "2012-10-17", Statement: [{ Effect: "Allow", Principal: { AWS: arn }, Action: "sts:AssumeRole" }] });

beforeAll(async () => {
  pointAtFreshSandbox();
  ({ switchRole, SWITCH_FAILED } = await import("./switch-role"));
  ({ db } = await import("@/lib/db"));
  const { createRole } = await import("@/lib/wire/testing");
  // Each role trusts only its own account's admin: alice and the other account are refused.
  await createRole(db, { accountId: ACCT, name: "AdminOnly", trust: trusting(`arn:aws:iam::${ACCT}:user/admin`) });
  await createRole(db, { accountId: OTHER, name: "OtherAdminOnly", trust: trusting(`arn:aws:iam::${OTHER}:user/admin`) });
  await createRole(db, { accountId: ACCT, name: "AliceOnly", trust: trusting(`arn:aws:iam::${ACCT}:user/alice`) });
  // alice may call sts:AssumeRole on any role, and nothing else (no iam:GetRole).
  const alice = await db.user.findFirstOrThrow({ where: { accountId: ACCT, name: "alice" } });
  await db.inlinePolicy.create({
    data: {
      ownerType: "user",
      ownerId: alice.id,
      name: "AssumeAny",
      document: JSON.stringify({ Version: "2012-10-17", Statement: [{ Effect: "Allow", Action: "sts:AssumeRole", Resource: "*" }] }),
    },
  });
}, 90_000);

async function signedIn(name: string): Promise<{ caller: Caller; identity: SignedInIdentity }> {
  const u = await db.user.findFirstOrThrow({ where: { accountId: ACCT, name } });
  return {
    caller: { kind: "user", accountId: ACCT, arn: u.arn, userId: u.id, userName: u.name, mfa: false, via: "console" },
    identity: { kind: "user", accountId: ACCT, userId: u.id, name: u.name, arn: u.arn, mfa: false, signedInAt: Date.now() },
  };
}

async function failure(who: string, account: string, roleName: string): Promise<{ code: string; message: string; details?: Record<string, unknown> }> {
  const { caller, identity } = await signedIn(who);
  const e = (await switchRole(caller, identity, { account, roleName }).then(
    () => {
      throw new Error("expected the switch to fail");
    },
    (err: unknown) => err,
  )) as AwsError;
  return { code: e.code, message: e.message, details: e.details };
}

describe("switch role failures", () => {
  it("across accounts, says the same generic sentence for a role that refused and one that does not exist", async () => {
    const refused = await failure("admin", OTHER, "OtherAdminOnly");
    const missing = await failure("admin", OTHER, "NoSuchRole");
    expect(refused).toEqual({ code: "InvalidInput", message: SWITCH_FAILED, details: undefined });
    expect(missing).toEqual(refused);
  });

  it("in the caller's own account, says nothing more to a caller that may not iam:GetRole the role", async () => {
    const refused = await failure("alice", ACCT, "AdminOnly");
    expect(refused).toEqual({ code: "InvalidInput", message: SWITCH_FAILED, details: undefined });
    expect(await failure("alice", ACCT, "NoSuchRole")).toEqual(refused);
  });

  it("in the caller's own account, explains the trust denial to a caller that may read the role", async () => {
    const refused = await failure("admin", ACCT, "AliceOnly");
    expect(refused.message).toBe(SWITCH_FAILED);
    expect(refused.details).toMatchObject({
      reasonCode: "AccessDenied",
      reason: `User: arn:aws:iam::${ACCT}:user/admin is not authorized to perform: sts:AssumeRole on resource: arn:aws:iam::${ACCT}:role/AliceOnly`,
      deniedBy: "trust",
      context: "no role trust policy allows the action",
    });
    const explanation = refused.details?.explanation as { role: string; policy: { name?: string } }[];
    expect(explanation.some((p) => p.role === "trust" && p.policy.name === "AliceOnly")).toBe(true);
  });

  it("still switches when the trust policy allows", async () => {
    const { caller, identity } = await signedIn("admin");
    await expect(switchRole(caller, identity, { account: ACCT, roleName: "AdminOnly" })).resolves.toMatchObject({ accountId: ACCT, roleName: "AdminOnly" });
  });
});
