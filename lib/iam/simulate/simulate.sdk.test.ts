// SimulatePrincipalPolicy through the real @aws-sdk/client-iam: a resource in a member account is
// bound by that account's RCP, and the SDK reads EvalDecisionDetails (an XML map) and
// ResourceSpecificResults as IAM sends them.
import { IAMClient, SimulateCustomPolicyCommand, SimulatePrincipalPolicyCommand } from "@aws-sdk/client-iam";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ADMIN_111, ADMIN_222, createRole, startHarness, type Harness } from "@/lib/wire/testing";

let h: Harness;
const ADMIN = "arn:aws:iam::111111111111:user/admin";
const OBJECTS = "arn:aws:s3:::bucket-in-222/*";

beforeAll(async () => {
  h = await startHarness();
  await h.db.orgPolicy.create({
    data: {
      id: "p-simsdkdeny01",
      organizationId: "o-sandbox0001",
      kind: "RESOURCE_CONTROL_POLICY",
      name: "DenyGetObject",
      document: JSON.stringify({ Version: "2012-10-17", Statement: [{ Effect: "Deny", Principal: "*", Action: "s3:GetObject", Resource: "*" }] }),
      attachments: { create: [{ targetId: "222222222222" }] },
    },
  });
  await createRole(h.db, {
    accountId: "111111111111",
    name: "SdkSimTarget",
    trust: { Version: "2012-10-17", Statement: [{ Effect: "Allow", Principal: { AWS: ADMIN }, Action: "sts:AssumeRole" }] },
  });
}, 90_000);
afterAll(async () => h?.close());

describe("SimulatePrincipalPolicy over the SDK", () => {
  it("denies by the resource owner's RCP and leaves the caller's own resources alone", async () => {
    const client = new IAMClient({ endpoint: h.url, region: "us-east-1", credentials: ADMIN_111 });
    const sim = (ResourceOwner: string) => client.send(new SimulatePrincipalPolicyCommand({ PolicySourceArn: ADMIN, ActionNames: ["s3:GetObject"], ResourceArns: [OBJECTS], ResourceOwner }));
    const [denied] = (await sim("arn:aws:iam::222222222222:root")).EvaluationResults ?? [];
    expect(denied).toMatchObject({
      EvalDecision: "explicitDeny",
      MatchedStatements: [{ SourcePolicyId: "DenyGetObject", SourcePolicyType: "none" }],
      EvalDecisionDetails: { "IAM Policy": "allowed", "Resource Control Policy": "explicitDeny" },
      ResourceSpecificResults: [{ EvalResourceName: OBJECTS, EvalResourceDecision: "explicitDeny" }],
    });
    const [own] = (await sim("arn:aws:iam::111111111111:root")).EvaluationResults ?? [];
    expect(own).toMatchObject({ EvalDecision: "allowed", EvalDecisionDetails: {} });
  });
});

// AWS simulates only the policies passed in; another account's trust policy never enters
// (https://docs.aws.amazon.com/IAM/latest/APIReference/API_SimulateCustomPolicy.html).
describe("SimulateCustomPolicy over the SDK from another account", () => {
  it("answers alike for an existing and a missing role of account 111", async () => {
    const client = new IAMClient({ endpoint: h.url, region: "us-east-1", credentials: ADMIN_222 });
    const sim = async (role: string) => {
      const out = await client.send(
        new SimulateCustomPolicyCommand({
          PolicyInputList: [JSON.stringify({ Version: "2012-10-17", Statement: [{ Effect: "Allow", Action: "sts:AssumeRole", Resource: "*" }] })],
          ActionNames: ["sts:AssumeRole"],
          ResourceArns: [`arn:aws:iam::111111111111:role/${role}`],
          CallerArn: ADMIN,
        }),
      );
      return JSON.parse(JSON.stringify(out.EvaluationResults).replaceAll(role, "R"));
    };
    const existing = await sim("SdkSimTarget");
    expect(existing[0].MatchedStatements.map((m: { SourcePolicyType: string }) => m.SourcePolicyType)).not.toContain("resource");
    expect(existing).toEqual(await sim("NoSuchRoleHere"));
  });
});

// The result shape as the SDK reads it (https://docs.aws.amazon.com/IAM/latest/APIReference/API_SimulateCustomPolicy.html):
// the simulated caller in its own account, statement positions, and MaxItems/Marker paging.
describe("SimulateCustomPolicy results over the SDK", () => {
  const client = () => new IAMClient({ endpoint: h.url, region: "us-east-1", credentials: ADMIN_111 });
  const POLICY = JSON.stringify({ Version: "2012-10-17", Statement: [{ Effect: "Allow", Action: "sqs:*", Resource: "*" }] });

  it("simulates CallerArn in its own account and reads positions", async () => {
    const out = await client().send(
      new SimulateCustomPolicyCommand({
        PolicyInputList: [POLICY],
        ActionNames: ["sqs:SendMessage"],
        ResourceArns: ["arn:aws:sqs:us-east-1:123456789012:q"],
        CallerArn: "arn:aws:iam::123456789012:user/bob",
      }),
    );
    expect(out.EvaluationResults?.[0]).toMatchObject({
      EvalDecision: "allowed",
      EvalDecisionDetails: {},
      MatchedStatements: [{ SourcePolicyId: "PolicyInputList.1", SourcePolicyType: "IAM Policy", StartPosition: { Line: 1, Column: 38 }, EndPosition: { Line: 1, Column: 87 } }],
    });
  });

  it("pages the results with MaxItems and Marker", async () => {
    const send = (Marker?: string) =>
      client().send(new SimulateCustomPolicyCommand({ PolicyInputList: [POLICY], ActionNames: ["sqs:SendMessage", "sqs:ReceiveMessage", "s3:GetObject"], MaxItems: 2, Marker }));
    const first = await send();
    expect(first.EvaluationResults?.map((r) => r.EvalActionName)).toEqual(["sqs:SendMessage", "sqs:ReceiveMessage"]);
    expect(first.IsTruncated).toBe(true);
    const second = await send(first.Marker);
    expect(second.EvaluationResults?.map((r) => [r.EvalActionName, r.EvalDecision])).toEqual([["s3:GetObject", "implicitDeny"]]);
    expect(second.IsTruncated).toBe(false);
    expect(second.Marker).toBeUndefined();
  });
});
