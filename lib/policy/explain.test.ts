import { describe, expect, it } from "vitest";
import { createContext, evaluate, loadPolicy } from "./index";
import type { CompiledPolicy, EvaluationRequest, PolicyType } from "./index";

function load(doc: object, type: PolicyType, id: string): CompiledPolicy {
  const r = loadPolicy(JSON.stringify(doc), { type, id, name: id });
  if (!r.ok) throw new Error(r.error.message);
  return r.policy;
}

const req: EvaluationRequest = {
  principal: { kind: "user", arn: "arn:aws:iam::111111111111:user/alice", accountId: "111111111111" },
  action: "s3:GetObject",
  resource: "arn:aws:s3:::b/k",
  resourceAccountId: "111111111111",
  context: createContext({ "aws:SourceIp": "10.0.0.1" }),
  identityPolicies: [
    load({ Version: "2012-10-17", Statement: [
      { Sid: "Read", Effect: "Allow", Action: "s3:Get*", Resource: "*", Condition: { IpAddress: { "aws:SourceIp": "10.0.0.0/8" } } },
      { Sid: "Other", Effect: "Allow", Action: "ec2:*", Resource: "*" },
    ] }, "identity", "reader"),
  ],
  permissionsBoundary: load({ Version: "2012-10-17", Statement: [{ Effect: "Allow", Action: "ec2:*", Resource: "*" }] }, "boundary", "bnd"),
};

describe("explanations", () => {
  it("list every policy and statement with per-element results", () => {
    const res = evaluate(req, { explain: true });
    expect(res.decision).toBe("ImplicitDeny");
    expect(res.deniedBy).toBe("boundary");
    expect(res.explanation?.map((p) => [p.policy.id, p.role, p.applies])).toEqual([
      ["reader", "identity", true],
      ["bnd", "boundary", true],
    ]);
    const [read, other] = res.explanation![0].statements;
    expect(read).toMatchObject({ sid: "Read", actionMatched: true, resourceMatched: true, conditionsMatched: true, matched: true });
    expect(read.conditions?.[0]).toMatchObject({ operator: "IpAddress", key: "aws:SourceIp", matched: true });
    expect(other).toMatchObject({ sid: "Other", actionMatched: false, matched: false });
  });
  it("are absent unless asked for, and reasons name the granting statements", () => {
    const res = evaluate({ ...req, permissionsBoundary: undefined });
    expect(res.explanation).toBeUndefined();
    expect(res.reasons).toEqual([{ policy: { type: "identity", id: "reader", name: "reader" }, statementIndex: 0, sid: "Read", effect: "Allow" }]);
  });
  it("mark policy types that do not apply to the caller", () => {
    const res = evaluate({ ...req, principal: { kind: "root", arn: "arn:aws:iam::111111111111:root", accountId: "111111111111" } }, { explain: true });
    expect(res.decision).toBe("Allowed");
    expect(res.explanation?.every((p) => !p.applies)).toBe(true);
  });
});
