// Every STS denial comes out of the one door (decide + the AccessDenied factory). A role that does
// not exist must be indistinguishable from one whose trust policy refuses — same code, message and
// details, nothing naming the policy type that decided — for AssumeRole and for the anonymous
// AssumeRoleWithWebIdentity, whose request context comes from the same builder as everyone's.
// https://docs.aws.amazon.com/IAM/latest/UserGuide/troubleshoot_roles.html
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Caller } from "@/lib/authz/caller";
import type { AwsError } from "@/lib/errors";
import { createRole, startHarness, type Harness } from "@/lib/wire/testing";

let h: Harness;
const ACCT = "111111111111";
const ISSUER = "https://idp.door.example";
const PROVIDER_ARN = `arn:aws:iam::${ACCT}:oidc-provider/idp.door.example`;

const shape = (e: unknown) => {
  const err = e as AwsError;
  return { code: err.code, message: err.message, details: err.details };
};

beforeAll(async () => {
  h = await startHarness();
  await createRole(h.db, {
    accountId: ACCT,
    name: "AdminOnly",
    trust: { Version: "2012-10-17", Statement: [{ Effect: "Allow", Principal: { AWS: `arn:aws:iam::${ACCT}:user/admin` }, Action: "sts:AssumeRole" }] },
  });
  await h.db.identityProvider.create({
    data: { arn: PROVIDER_ARN, accountId: ACCT, kind: "OIDC", name: "idp.door.example", clientIds: JSON.stringify(["door"]) },
  });
  await createRole(h.db, {
    accountId: ACCT,
    name: "FromDoorIdp",
    trust: {
      Version: "2012-10-17",
      Statement: [
        {
          Effect: "Allow",
          Principal: { Federated: PROVIDER_ARN },
          Action: "sts:AssumeRoleWithWebIdentity",
          Condition: { StringEquals: { "idp.door.example:sub": "allowed-subject" }, IpAddress: { "aws:SourceIp": "198.51.100.0/24" } },
        },
      ],
    },
  });
}, 90_000);

afterAll(async () => h?.close());

describe("AssumeRole denials", () => {
  it("reads the same for a role that does not exist and one whose trust policy refuses", async () => {
    const { assumeRole } = await import("./assume-role");
    const alice = await h.db.user.findFirstOrThrow({ where: { accountId: ACCT, name: "alice" } });
    const caller: Caller = { kind: "user", accountId: ACCT, arn: alice.arn, userId: alice.id, userName: "alice", mfa: false, via: "api" };
    const refused = shape(await assumeRole(caller, { roleArn: `arn:aws:iam::${ACCT}:role/AdminOnly`, roleSessionName: "s" }).catch((e) => e));
    const missing = shape(await assumeRole(caller, { roleArn: `arn:aws:iam::${ACCT}:role/AdminOnlx`, roleSessionName: "s" }).catch((e) => e));
    expect(refused).toEqual({
      code: "AccessDenied",
      message: `User: ${alice.arn} is not authorized to perform: sts:AssumeRole on resource: arn:aws:iam::${ACCT}:role/AdminOnly`,
      details: { principalArn: alice.arn, action: "sts:AssumeRole", resource: `arn:aws:iam::${ACCT}:role/AdminOnly` },
    });
    expect({ ...missing, message: missing.message.replace("AdminOnlx", "AdminOnly"), details: { ...missing.details, resource: refused.details?.resource } }).toEqual(refused);
  });

  it("keeps the decision (with its explanation) for code allowed to reveal it, off the wire", async () => {
    const { assumeRole } = await import("./assume-role");
    const { decisionOf } = await import("@/lib/authz/access-denied");
    const alice = await h.db.user.findFirstOrThrow({ where: { accountId: ACCT, name: "alice" } });
    const caller: Caller = { kind: "user", accountId: ACCT, arn: alice.arn, userId: alice.id, userName: "alice", mfa: false, via: "api" };
    const refused = await assumeRole(caller, { roleArn: `arn:aws:iam::${ACCT}:role/AdminOnly`, roleSessionName: "s" }).catch((e) => e);
    expect(decisionOf(refused)).toMatchObject({ allowed: false, deniedBy: "trust", context: "no role trust policy allows the action" });
    expect(decisionOf(refused)?.explanation?.some((p) => p.role === "trust")).toBe(true);
    const missing = await assumeRole(caller, { roleArn: `arn:aws:iam::${ACCT}:role/Nope`, roleSessionName: "s" }).catch((e) => e);
    expect(decisionOf(missing)).toBeUndefined();
  });
});

describe("AssumeRoleWithWebIdentity denials", () => {
  const call = async (roleName: string, subject: string, sourceIp: string) => {
    const { assumeRoleWithWebIdentity } = await import("./assume-role-web-identity");
    const { mintSandboxToken } = await import("./web-identity-token");
    const token = await mintSandboxToken({ issuer: ISSUER, subject, audience: "door" });
    return assumeRoleWithWebIdentity({ roleArn: `arn:aws:iam::${ACCT}:role/${roleName}`, roleSessionName: "w", webIdentityToken: token, sourceIp });
  };

  it("reads the same for a role that does not exist and one whose trust policy refuses", async () => {
    const refused = shape(await call("FromDoorIdp", "other-subject", "198.51.100.7").catch((e) => e));
    const missing = shape(await call("NoSuchRole", "allowed-subject", "198.51.100.7").catch((e) => e));
    expect(refused).toMatchObject({ code: "AccessDenied", message: "Not authorized to perform sts:AssumeRoleWithWebIdentity" });
    expect(refused.details).not.toHaveProperty("deniedBy");
    expect({ ...missing, details: { ...missing.details, resource: refused.details?.resource } }).toEqual(refused);
  });

  it("decides on the request context built by the shared builder (aws:SourceIp from the connection)", async () => {
    await expect(call("FromDoorIdp", "allowed-subject", "198.51.100.7")).resolves.toMatchObject({ SubjectFromWebIdentityToken: "allowed-subject" });
    const { decisionOf } = await import("@/lib/authz/access-denied");
    const elsewhere = await call("FromDoorIdp", "allowed-subject", "203.0.113.9").catch((e) => e);
    const decision = decisionOf(elsewhere);
    expect(decision).toMatchObject({ allowed: false, deniedBy: "trust", principalArn: PROVIDER_ARN });
    expect(decision?.request.context.get("aws:SourceIp")).toBe("203.0.113.9");
    expect(decision?.request.context.get("aws:CurrentTime")).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
  });
});
