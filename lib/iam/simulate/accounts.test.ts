// Whose account a simulation runs in, what "*" means, and the shape of each result, as AWS answers
// them. Real simulateCustomPolicy()/simulatePrincipalPolicy() over a seeded sandbox (API caller in
// 111111111111). Sources:
// https://docs.aws.amazon.com/IAM/latest/APIReference/API_SimulateCustomPolicy.html
// https://docs.aws.amazon.com/IAM/latest/APIReference/API_SimulatePrincipalPolicy.html
import { beforeAll, describe, expect, it } from "vitest";
import { ACCT, failure, openSandbox, type Sandbox } from "@/lib/testing/sandbox";

let s: Sandbox;
let sim: typeof import("./simulate");

const FAR = "123456789012";
const BOB = `arn:aws:iam::${FAR}:user/bob`;
const doc = (...Statement: object[]) => JSON.stringify({ Version: "2012-10-17", Statement });
const ALLOW_GET = doc({ Effect: "Allow", Action: "s3:GetObject", Resource: "*" });
const BUCKET_POLICY_FOR_BOB = doc({ Effect: "Allow", Principal: { AWS: BOB }, Action: "s3:GetObject", Resource: "arn:aws:s3:::far-bucket/*" });

beforeAll(async () => {
  s = await openSandbox();
  sim = await import("./simulate");
}, 90_000);

const custom = (input: Partial<import("./simulate").SimulateInput>) =>
  sim.simulateCustomPolicy(s.admin, { actionNames: ["s3:GetObject"], policyInputList: [ALLOW_GET], ...input });

describe("the simulated caller's account is its ARN's", () => {
  it("treats a resource in CallerArn's account as same-account", async () => {
    // A cross-account simulation would need the resource policy too, and answer implicitDeny.
    const [r] = (await custom({ callerArn: BOB, resourceArns: [`arn:aws:sqs:us-east-1:${FAR}:queue`], actionNames: ["sqs:SendMessage"], policyInputList: [doc({ Effect: "Allow", Action: "sqs:*", Resource: "*" })] })).EvaluationResults;
    expect(r.EvalDecision).toBe("allowed");
    expect(r.EvalDecisionDetails).toEqual(new Map());
  });

  it("owns a resource without an account (S3) by CallerArn's account when ResourceOwner is absent", async () => {
    // Same account: the bucket policy naming Bob grants on its own, even without an identity allow.
    const [r] = (await custom({ callerArn: BOB, resourceArns: ["arn:aws:s3:::far-bucket/k"], resourcePolicy: BUCKET_POLICY_FOR_BOB, policyInputList: [doc({ Effect: "Allow", Action: "sqs:*", Resource: "*" })] })).EvaluationResults;
    expect(r.EvalDecision).toBe("allowed");
    expect(r.MatchedStatements).toEqual([
      { SourcePolicyId: "ResourcePolicy", SourcePolicyType: "Resource Policy", StartPosition: { Line: 1, Column: 38 }, EndPosition: { Line: 1, Column: 175 } },
    ]);
  });

  it("makes the S3 resource cross-account when ResourceOwner names another account", async () => {
    const [r] = (await custom({ callerArn: BOB, resourceArns: ["arn:aws:s3:::far-bucket/k"], resourcePolicy: BUCKET_POLICY_FOR_BOB, resourceOwner: `arn:aws:iam::${ACCT}:root`, policyInputList: [doc({ Effect: "Allow", Action: "sqs:*", Resource: "*" })] })).EvaluationResults;
    // Cross-account: the identity side must allow too.
    expect(r.EvalDecision).toBe("implicitDeny");
    expect(r.EvalDecisionDetails).toEqual(new Map([["IAM Policy", "implicitDeny"], ["Resource Policy", "allowed"]]));
  });

  it("ResourceOwner never overrides an account written in the resource's ARN", async () => {
    const [r] = (await custom({ callerArn: BOB, resourceArns: [`arn:aws:sqs:us-east-1:${FAR}:queue`], actionNames: ["sqs:SendMessage"], resourceOwner: `arn:aws:iam::${ACCT}:root`, policyInputList: [doc({ Effect: "Allow", Action: "sqs:*", Resource: "*" })] })).EvaluationResults;
    expect(r.EvalDecision).toBe("allowed");
  });

  it("refuses a CallerArn that is not an IAM user", async () => {
    for (const arn of [`arn:aws:iam::${FAR}:role/R`, `arn:aws:sts::${FAR}:assumed-role/R/s`, `arn:aws:iam::${FAR}:root`]) {
      expect(await failure(custom({ callerArn: arn }))).toEqual({ code: "InvalidInput", message: `Invalid Entity Arn: ${arn} does not clearly define entity type and name.` });
    }
  });

  it("refuses a ResourceOwner that is not an account", async () => {
    expect(await failure(custom({ resourceOwner: "arn:aws:iam::123:root" }))).toEqual({ code: "InvalidInput", message: "'arn:aws:iam::123:root' is not a valid as a Resource Owner." });
  });

  it("SimulatePrincipalPolicy runs as CallerArn with the source's policies", async () => {
    const out = await sim.simulatePrincipalPolicy(s.admin, {
      policySourceArn: `arn:aws:iam::${ACCT}:user/admin`,
      callerArn: BOB,
      actionNames: ["s3:GetObject"],
      resourceArns: [`arn:aws:s3:us-east-1:${FAR}:accesspoint/ap/object/k`],
    });
    // Bob's account owns the access point: same-account, admin's AdministratorAccess allows.
    expect(out.EvaluationResults[0]).toMatchObject({ EvalDecision: "allowed", EvalDecisionDetails: new Map() });
  });
});

describe("SimulatePrincipalPolicy sources", () => {
  it("simulates a group's policies", async () => {
    const { newId } = await import("@/lib/ids");
    const id = newId("AGPA");
    await s.db.group.create({ data: { id, accountId: ACCT, name: "SimReaders", nameLower: "simreaders", arn: `arn:aws:iam::${ACCT}:group/SimReaders` } });
    await s.db.inlinePolicy.create({ data: { ownerType: "group", ownerId: id, name: "read", document: ALLOW_GET } });
    const out = await sim.simulatePrincipalPolicy(s.admin, { policySourceArn: `arn:aws:iam::${ACCT}:group/SimReaders`, actionNames: ["s3:GetObject", "s3:PutObject"] });
    expect(out.EvaluationResults.map((r) => [r.EvalDecision, r.MatchedStatements.map((m) => [m.SourcePolicyId, m.SourcePolicyType])])).toEqual([
      ["allowed", [["read", "group"]]],
      ["implicitDeny", []],
    ]);
    // Positions point into the stored document.
    expect(out.EvaluationResults[0].MatchedStatements[0]).toMatchObject({ StartPosition: { Line: 1, Column: 38 }, EndPosition: { Line: 1, Column: 94 } });
  });

  it("refuses the root user or a session as PolicySourceArn", async () => {
    // Recorded against AWS: https://github.com/openshift/installer/issues/1341
    const root = `arn:aws:iam::${ACCT}:root`;
    expect(await failure(sim.simulatePrincipalPolicy(s.admin, { policySourceArn: root, actionNames: ["s3:GetObject"] }))).toEqual({
      code: "InvalidInput",
      message: `Invalid Entity Arn: ${root} does not clearly define entity type and name.`,
    });
  });
});

describe("the default resource '*'", () => {
  it("matches only statements whose Resource matches the literal '*'", async () => {
    // Without ResourceArns AWS simulates "*": a statement scoped to a bucket does not grant it
    // (https://github.com/cloud-custodian/cloud-custodian/issues/4612), a "*" one does.
    const scoped = doc({ Effect: "Allow", Action: "s3:GetObject", Resource: "arn:aws:s3:::bucket/*" });
    const [r] = (await custom({ policyInputList: [scoped] })).EvaluationResults;
    expect(r).toMatchObject({ EvalResourceName: "*", EvalDecision: "implicitDeny", MatchedStatements: [] });
    expect(r.ResourceSpecificResults).toBeUndefined();
    const [all] = (await custom({})).EvaluationResults;
    expect(all).toMatchObject({ EvalResourceName: "*", EvalDecision: "allowed" });
  });
});

describe("sts:GetCallerIdentity", () => {
  it("is allowed even under an explicit Deny", async () => {
    // https://docs.aws.amazon.com/STS/latest/APIReference/API_GetCallerIdentity.html
    const [r] = (await custom({ actionNames: ["sts:GetCallerIdentity"], policyInputList: [doc({ Effect: "Deny", Action: "sts:*", Resource: "*" })] })).EvaluationResults;
    expect(r).toMatchObject({ EvalDecision: "allowed", MatchedStatements: [] });
  });
});

describe("MatchedStatements", () => {
  it("carries PolicyInputList.N, 'IAM Policy' and the statement's position in the text sent", async () => {
    const text = '{\n  "Version": "2012-10-17",\n  "Statement": [\n    {"Effect": "Deny", "Action": "s3:PutObject", "Resource": "*"},\n    {"Effect": "Allow", "Action": "s3:GetObject", "Resource": "*"}\n  ]\n}';
    const [r] = (await custom({ policyInputList: [ALLOW_GET, text] })).EvaluationResults;
    expect(r.MatchedStatements).toEqual([
      { SourcePolicyId: "PolicyInputList.1", SourcePolicyType: "IAM Policy", StartPosition: { Line: 1, Column: 38 }, EndPosition: { Line: 1, Column: 94 } },
      { SourcePolicyId: "PolicyInputList.2", SourcePolicyType: "IAM Policy", StartPosition: { Line: 5, Column: 5 }, EndPosition: { Line: 5, Column: 66 } },
    ]);
  });
});

describe("ResourceArns", () => {
  it("refuses a member that is not an ARN", async () => {
    // Recorded against AWS: https://github.com/aws-containers/amazon-ecs-exec-checker/issues/35
    const id = "14a050d4-021e-4efe-84bb-0871bf6d0fda";
    expect(await failure(custom({ resourceArns: ["arn:aws:s3:::ok", id] }))).toEqual({ code: "InvalidInput", message: `ResourceNames are not in a valid ARN format: ${id}.` });
    expect((await custom({ resourceArns: ["*", "arn:aws:s3:::ok"] })).EvaluationResults.map((r) => r.EvalDecision)).toEqual(["allowed", "allowed"]);
  });
});

describe("MissingContextValues", () => {
  // https://docs.aws.amazon.com/IAM/latest/APIReference/API_ResourceSpecificResult.html: missing keys
  // go under ResourceSpecificResults for named resources, under the result itself for "*".
  const tagged = doc({ Effect: "Allow", Action: "s3:GetObject", Resource: "*", Condition: { StringEquals: { "s3:ExistingObjectTag/team": "blue" } } });

  it("reports them per resource when resources are named", async () => {
    const [r] = (await custom({ policyInputList: [tagged], resourceArns: ["arn:aws:s3:::b/k"] })).EvaluationResults;
    expect(r.MissingContextValues).toEqual([]);
    expect(r.ResourceSpecificResults?.[0].MissingContextValues).toEqual(["s3:ExistingObjectTag/team"]);
  });

  it("reports them on the result for '*'", async () => {
    const [r] = (await custom({ policyInputList: [tagged] })).EvaluationResults;
    expect(r.MissingContextValues).toEqual(["s3:ExistingObjectTag/team"]);
  });
});

describe("OrganizationsDecisionDetail", () => {
  // https://docs.aws.amazon.com/IAM/latest/APIReference/API_OrganizationsDecisionDetail.html
  it("is returned for a principal of an organization's account, false where an SCP denies", async () => {
    const { OTHER_ACCT } = await import("@/lib/testing/sandbox");
    const mine = await sim.simulatePrincipalPolicy(s.admin, { policySourceArn: `arn:aws:iam::${ACCT}:user/admin`, actionNames: ["s3:GetObject"] });
    // 111… is the management account: in the organization, bound by no SCP.
    expect(mine.EvaluationResults[0].OrganizationsDecisionDetail).toEqual({ AllowedByOrganizations: true });
    const scp = await s.db.orgPolicy.create({
      data: {
        id: "p-simscpdeny01",
        organizationId: "o-sandbox0001",
        kind: "SERVICE_CONTROL_POLICY",
        name: "DenyS3",
        document: doc({ Effect: "Deny", Action: "s3:*", Resource: "*" }),
        attachments: { create: [{ targetId: OTHER_ACCT }] },
      },
    });
    try {
      const admin222 = await s.userCaller(OTHER_ACCT, "admin");
      const member = await sim.simulatePrincipalPolicy(admin222, { policySourceArn: `arn:aws:iam::${OTHER_ACCT}:user/admin`, actionNames: ["s3:GetObject"] });
      expect(member.EvaluationResults[0]).toMatchObject({ EvalDecision: "explicitDeny", OrganizationsDecisionDetail: { AllowedByOrganizations: false } });
    } finally {
      await s.db.orgPolicy.delete({ where: { id: scp.id } });
    }
    // A custom simulation has no SCPs.
    expect((await custom({})).EvaluationResults[0].OrganizationsDecisionDetail).toBeUndefined();
  });
});
