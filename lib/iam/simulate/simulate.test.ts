// The simulator evaluates each resource under the account that owns it: an RCP on a member account
// binds that account's resources (ResourceOwner, else the ARN's account) and nothing of the caller's.
// Real simulatePrincipalPolicy() over a seeded sandbox (111… manages o-sandbox0001, 222… is a member).
import { beforeAll, describe, expect, it } from "vitest";
import { ACCT, OTHER_ACCT, openSandbox, type Sandbox } from "@/lib/testing/sandbox";

let s: Sandbox;
let simulatePrincipalPolicy: typeof import("./simulate").simulatePrincipalPolicy;
let simulateCustomPolicy: typeof import("./simulate").simulateCustomPolicy;

const DENY_GET = JSON.stringify({
  Version: "2012-10-17",
  Statement: [{ Sid: "NoReads", Effect: "Deny", Principal: "*", Action: "s3:GetObject", Resource: "*" }],
});
const OBJECTS_222 = "arn:aws:s3:::bucket-in-222/*";
const OBJECTS_111 = "arn:aws:s3:::bucket-in-111/*";
const ADMIN = `arn:aws:iam::${ACCT}:user/admin`;

async function withRcp(target: string, body: () => Promise<void>) {
  const policy = await s.db.orgPolicy.create({
    data: {
      id: "p-simdenyget01",
      organizationId: "o-sandbox0001",
      kind: "RESOURCE_CONTROL_POLICY",
      name: "DenyGetObject",
      document: DENY_GET,
      attachments: { create: [{ targetId: target }] },
    },
  });
  try {
    await body();
  } finally {
    await s.db.orgPolicy.delete({ where: { id: policy.id } });
  }
}

const simulate = (resourceArns: string[], resourceOwner?: string) =>
  simulatePrincipalPolicy(s.admin, { policySourceArn: ADMIN, actionNames: ["s3:GetObject"], resourceArns, resourceOwner });

beforeAll(async () => {
  s = await openSandbox();
  ({ simulatePrincipalPolicy, simulateCustomPolicy } = await import("./simulate"));
}, 90_000);

describe("simulator resource accounts", () => {
  it("applies the owning account's RCP as an explicit deny, with AWS's cross-account details", async () => {
    await withRcp(OTHER_ACCT, async () => {
      const [result] = (await simulate([OBJECTS_222], `arn:aws:iam::${OTHER_ACCT}:root`)).EvaluationResults;
      expect(result).toMatchObject({
        EvalActionName: "s3:GetObject",
        EvalResourceName: OBJECTS_222,
        EvalDecision: "explicitDeny",
        MatchedStatements: [{ SourcePolicyId: "DenyGetObject", SourcePolicyType: "none" }],
        MissingContextValues: [],
      });
      // The caller's AdministratorAccess allows; the RCP is what denies.
      expect(result.EvalDecisionDetails).toEqual(new Map([["IAM Policy", "allowed"], ["Resource Control Policy", "explicitDeny"]]));
      expect(result.ResourceSpecificResults).toEqual([
        {
          EvalResourceName: OBJECTS_222,
          EvalResourceDecision: "explicitDeny",
          MatchedStatements: [{ SourcePolicyId: "DenyGetObject", SourcePolicyType: "none" }],
          MissingContextValues: [],
          EvalDecisionDetails: result.EvalDecisionDetails,
        },
      ]);
    });
  });

  it("accepts a bare account ID as ResourceOwner", async () => {
    await withRcp(OTHER_ACCT, async () => {
      expect((await simulate([OBJECTS_222], OTHER_ACCT)).EvaluationResults[0].EvalDecision).toBe("explicitDeny");
    });
  });

  it("does not carry the RCP to resources the caller's own account owns", async () => {
    await withRcp(OTHER_ACCT, async () => {
      const [own] = (await simulate([OBJECTS_111], ACCT)).EvaluationResults;
      expect(own).toMatchObject({ EvalDecision: "allowed", MatchedStatements: [{ SourcePolicyId: "AdministratorAccess", SourcePolicyType: "aws-managed" }] });
      // Same account with a named resource: present but empty, as AWS returns it.
      expect(own.EvalDecisionDetails).toEqual(new Map());
      // No ResourceOwner and an S3 ARN without an account: the caller's account owns it.
      expect((await simulate([OBJECTS_111])).EvaluationResults[0].EvalDecision).toBe("allowed");
    });
  });

  it("evaluates each resource of one call under its own account", async () => {
    await withRcp(OTHER_ACCT, async () => {
      const out = await simulatePrincipalPolicy(s.admin, {
        policySourceArn: ADMIN,
        actionNames: ["s3:GetObject"],
        resourceArns: [`arn:aws:s3:${"us-east-1"}:${OTHER_ACCT}:accesspoint/ap/object/k`, `arn:aws:s3:us-east-1:${ACCT}:accesspoint/ap/object/k`],
      });
      expect(out.EvaluationResults.map((r) => r.EvalDecision)).toEqual(["explicitDeny", "allowed"]);
    });
  });

  it("leaves EvalDecisionDetails out for '*' in the caller's account", async () => {
    const [all] = (await simulate([])).EvaluationResults;
    expect(all).toMatchObject({ EvalResourceName: "*", EvalDecision: "allowed" });
    expect(all.EvalDecisionDetails).toBeUndefined();
    expect(all.ResourceSpecificResults).toBeUndefined();
  });

  it("custom simulations use only the policies passed in, never an account's RCPs", async () => {
    await withRcp(OTHER_ACCT, async () => {
      const out = await simulateCustomPolicy(s.admin, {
        actionNames: ["s3:GetObject"],
        resourceArns: [OBJECTS_222],
        resourceOwner: OTHER_ACCT,
        // Cross-account, so the bucket's own policy must grant the caller too.
        resourcePolicy: JSON.stringify({ Version: "2012-10-17", Statement: [{ Effect: "Allow", Principal: { AWS: ADMIN }, Action: "s3:GetObject", Resource: "*" }] }),
        policyInputList: [JSON.stringify({ Version: "2012-10-17", Statement: [{ Effect: "Allow", Action: "s3:GetObject", Resource: "*" }] })],
      });
      expect(out.EvaluationResults[0]).toMatchObject({ EvalDecision: "allowed" });
      expect(out.EvaluationResults[0].EvalDecisionDetails).toEqual(new Map([["IAM Policy", "allowed"], ["Resource Policy", "allowed"]]));
    });
  });
});
