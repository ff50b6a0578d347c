// The simulator must not disclose what the caller could not read: it uses only the policies passed
// in and those the caller may read in its own account. AWS never pulls another account's resource
// policy into a simulation (https://docs.aws.amazon.com/IAM/latest/APIReference/API_SimulateCustomPolicy.html:
// "a list of policy documents to include in the simulation"; resource policies come only through
// ResourcePolicy). Like AWS, the APIs never pull a role's trust policy into sts:AssumeRole (only the
// console's simulator shows the trust side), so every role — own, another account's, unreadable,
// missing — is simulated alike.
import { beforeAll, describe, expect, it } from "vitest";
import type { Caller } from "@/lib/authz/caller";
import { ACCT, ALLOW_ALL, OTHER_ACCT, failure, openSandbox, trustDoc, type Sandbox } from "@/lib/testing/sandbox";

let s: Sandbox;
let newId: typeof import("@/lib/ids").newId;
let sim: typeof import("./simulate");
let admin222: Caller;

const ADMIN_111 = `arn:aws:iam::${ACCT}:user/admin`;
const ADMIN_222 = `arn:aws:iam::${OTHER_ACCT}:user/admin`;
const ALLOW_ASSUME = JSON.stringify({ Version: "2012-10-17", Statement: [{ Effect: "Allow", Action: "sts:AssumeRole", Resource: "*" }] });
const roleArn = (account: string, name: string) => `arn:aws:iam::${account}:role/${name}`;

async function addRole(accountId: string, name: string, trust: string) {
  await s.db.role.create({
    data: { id: newId("AROA"), accountId, name, nameLower: name.toLowerCase(), path: "/", arn: roleArn(accountId, name), trustPolicy: trust, trustPrincipalIds: "{}", maxSessionDuration: 3600 },
  });
}

/** A result with the resource name taken out, so two roles' simulations can be compared. */
function shape(result: { EvalResourceName: string; ResourceSpecificResults?: { EvalResourceName: string }[] }) {
  return JSON.parse(JSON.stringify({ ...result, EvalDecisionDetails: undefined }, (k, v) => (k === "EvalResourceName" ? "R" : v)));
}

beforeAll(async () => {
  s = await openSandbox();
  sim = await import("./simulate");
  ({ newId } = await import("@/lib/ids"));
  admin222 = await s.userCaller(OTHER_ACCT, "admin");
  await addRole(ACCT, "SimTarget", trustDoc({ AWS: [ADMIN_111, ADMIN_222] }));
  await addRole(ACCT, "SimExternal", trustDoc({ AWS: ADMIN_222 }, { Condition: { StringEquals: { "sts:ExternalId": "s3cr3t-ext" } } }));
  await addRole(OTHER_ACCT, "OwnTarget", trustDoc({ AWS: ADMIN_222 }, { Condition: { StringEquals: { "sts:ExternalId": "own-ext" } } }));
}, 90_000);

describe("SimulateCustomPolicy never reads another account's trust policy", () => {
  const custom = (caller: Caller, role: string) =>
    sim.simulateCustomPolicy(caller, { policyInputList: [ALLOW_ASSUME], actionNames: ["sts:AssumeRole"], resourceArns: [role], callerArn: ADMIN_111 });

  it("answers alike for an existing and a missing role of another account", async () => {
    const [existing] = (await custom(admin222, roleArn(ACCT, "SimTarget"))).EvaluationResults;
    const [missing] = (await custom(admin222, roleArn(ACCT, "NoSuchRole"))).EvaluationResults;
    expect(existing.MatchedStatements.map((m) => m.SourcePolicyType)).not.toContain("resource");
    expect(shape(existing)).toEqual(shape(missing));
  });
});

describe("SimulateCustomPolicy never looks up a CallerArn of another account", () => {
  it("simulates an existing and a missing user of another account alike", async () => {
    const objects = `arn:aws:s3:us-east-1:${OTHER_ACCT}:accesspoint/ap/object/k`;
    const run = (callerArn: string) =>
      sim.simulateCustomPolicy(admin222, { policyInputList: [ALLOW_ALL], actionNames: ["s3:GetObject"], resourceArns: [objects], callerArn });
    const [existing] = (await run(ADMIN_111)).EvaluationResults;
    const [missing] = (await run(`arn:aws:iam::${ACCT}:user/nobody-here`)).EvaluationResults;
    expect(shape(existing)).toEqual(shape(missing));
    expect(existing.EvalDecisionDetails).toEqual(missing.EvalDecisionDetails);
  });
});

describe("SimulatePrincipalPolicy never reads another account's trust policy", () => {
  const principal = (role: string, externalId?: string) =>
    sim.simulatePrincipalPolicy(admin222, {
      policySourceArn: ADMIN_222,
      actionNames: ["sts:AssumeRole"],
      resourceArns: [role],
      contextEntries: externalId ? [{ ContextKeyName: "sts:ExternalId", ContextKeyValues: [externalId], ContextKeyType: "string" }] : undefined,
    });

  it("does not ask for the other account's ExternalId nor change with it", async () => {
    const [plain] = (await principal(roleArn(ACCT, "SimExternal"))).EvaluationResults;
    const [withId] = (await principal(roleArn(ACCT, "SimExternal"), "s3cr3t-ext")).EvaluationResults;
    const [missing] = (await principal(roleArn(ACCT, "NoSuchRole"))).EvaluationResults;
    expect(plain.ResourceSpecificResults?.[0].MissingContextValues).not.toContain("sts:ExternalId");
    expect(shape(withId)).toEqual(shape(plain));
    expect(shape(plain)).toEqual(shape(missing));
  });

  // AWS's simulator ignores trust policies for sts:AssumeRole*: a trust passed as ResourcePolicy is parsed, then
  // dropped, so an explicit trust Deny still reports allowed (https://github.com/aws/aws-cli/issues/10314).
  it("ignores the trust policy of a role of the caller's own account, as AWS", async () => {
    const [plain] = (await principal(roleArn(OTHER_ACCT, "OwnTarget"))).EvaluationResults;
    expect(plain).toMatchObject({ EvalDecision: "allowed" });
    expect(plain.ResourceSpecificResults?.[0].MissingContextValues).not.toContain("sts:ExternalId");
    expect(plain.MatchedStatements.map((m) => m.SourcePolicyType)).not.toContain("resource");
  });

  it("drops a trust Deny passed as ResourcePolicy for sts:AssumeRole, and still rejects a malformed one", async () => {
    const denyAll = JSON.stringify({ Version: "2012-10-17", Statement: [{ Effect: "Deny", Principal: { AWS: ADMIN_222 }, Action: "sts:AssumeRole" }] });
    const run = (resourcePolicy: string) =>
      sim.simulatePrincipalPolicy(admin222, { policySourceArn: ADMIN_222, actionNames: ["sts:AssumeRole"], resourceArns: [roleArn(OTHER_ACCT, "OwnTarget")], resourcePolicy });
    const [withDeny] = (await run(denyAll)).EvaluationResults;
    expect(withDeny).toMatchObject({ EvalDecision: "allowed" });
    expect((await failure(run("{not json"))).code).toBe("MalformedPolicyDocument");
  });

  it("treats an own-account role the caller may not iam:GetRole like a missing one", async () => {
    const reader = await s.db.user.create({
      data: { id: newId("AIDA"), accountId: OTHER_ACCT, name: "simonly", nameLower: "simonly", path: "/", arn: `arn:aws:iam::${OTHER_ACCT}:user/simonly` },
    });
    await s.db.inlinePolicy.create({
      data: {
        ownerType: "user",
        ownerId: reader.id,
        name: "SimulateOnly",
        document: JSON.stringify({
          Version: "2012-10-17",
          Statement: [
            { Effect: "Allow", Action: ["iam:SimulatePrincipalPolicy", "iam:SimulateCustomPolicy"], Resource: "*" },
            { Effect: "Allow", Action: "sts:AssumeRole", Resource: "*" },
          ],
        }),
      },
    });
    const caller = await s.userCaller(OTHER_ACCT, "simonly");
    const run = (role: string) =>
      sim.simulatePrincipalPolicy(caller, { policySourceArn: reader.arn, actionNames: ["sts:AssumeRole"], resourceArns: [role] });
    const [existing] = (await run(roleArn(OTHER_ACCT, "OwnTarget"))).EvaluationResults;
    const [missing] = (await run(roleArn(OTHER_ACCT, "NoSuchRole"))).EvaluationResults;
    expect(existing.ResourceSpecificResults?.[0].MissingContextValues).not.toContain("sts:ExternalId");
    expect(shape(existing)).toEqual(shape(missing));
  });

  it("denies a PolicySourceArn of another account before looking it up, whether it exists or not", async () => {
    const existing = await failure(sim.simulatePrincipalPolicy(admin222, { policySourceArn: ADMIN_111, actionNames: ["s3:GetObject"] }));
    const missing = await failure(
      sim.simulatePrincipalPolicy(admin222, { policySourceArn: `arn:aws:iam::${ACCT}:user/nobody-here`, actionNames: ["s3:GetObject"] }),
    );
    expect(existing.code).toBe("AccessDenied");
    expect(missing.code).toBe("AccessDenied");
    expect(missing.message.replace("nobody-here", "admin")).toBe(existing.message);
    // The other account's root user is no exception: it has no rights in account 111 either.
    const root222: Caller = { kind: "root", accountId: OTHER_ACCT, arn: `arn:aws:iam::${OTHER_ACCT}:root`, mfa: false, via: "api" };
    expect((await failure(sim.simulatePrincipalPolicy(root222, { policySourceArn: ADMIN_111, actionNames: ["s3:GetObject"] }))).code).toBe("AccessDenied");
  });
});

describe("another account's RCPs", () => {
  const OBJECT_333 = "arn:aws:s3:us-east-1:333333333333:accesspoint/ap/object/k";
  const run = () =>
    sim.simulatePrincipalPolicy(admin222, { policySourceArn: ADMIN_222, actionNames: ["s3:GetObject"], resourceArns: [OBJECT_333] });

  it("bind a simulation only when the caller's account manages the organization and may read them", async () => {
    await s.db.account.create({
      data: { id: "333333333333", name: "third", organizationId: "o-sandbox0001", rootEmail: "third@example.com", rootPasswordHash: "x" },
    });
    const [without] = (await run()).EvaluationResults;
    await s.db.orgPolicy.create({
      data: {
        id: "p-simrcp333001",
        organizationId: "o-sandbox0001",
        kind: "RESOURCE_CONTROL_POLICY",
        name: "DenyGetObject333",
        document: JSON.stringify({ Version: "2012-10-17", Statement: [{ Effect: "Deny", Principal: "*", Action: "s3:GetObject", Resource: "*" }] }),
        attachments: { create: [{ targetId: "333333333333" }] },
      },
    });
    // A member account's admin (222) cannot read account 333's RCP: the simulation does not change.
    const [withRcp] = (await run()).EvaluationResults;
    expect(withRcp.MatchedStatements).toEqual([]);
    expect(withRcp).toEqual(without);
    // The management account (111) reads every RCP of its organization: it sees the deny.
    const [managed] = (
      await sim.simulatePrincipalPolicy(s.admin, { policySourceArn: ADMIN_111, actionNames: ["s3:GetObject"], resourceArns: [OBJECT_333] })
    ).EvaluationResults;
    expect(managed).toMatchObject({ EvalDecision: "explicitDeny", MatchedStatements: [{ SourcePolicyId: "DenyGetObject333" }] });
  });
});
