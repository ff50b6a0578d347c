import { describe, expect, it } from "vitest";
import { createContext, evaluate, loadPolicy } from "@/lib/policy";
import { rcpApplies } from "./rcp-services";

function compiled(type: "identity" | "rcp", statement: object) {
  const r = loadPolicy(JSON.stringify({ Version: "2012-10-17", Statement: [statement] }), { type, id: `${type}-${JSON.stringify(statement)}` });
  if (!r.ok) throw new Error(r.error.message);
  return r.policy;
}

describe("RCP service scope", () => {
  const admin = compiled("identity", { Effect: "Allow", Action: "*", Resource: "*" });
  const denyAll = compiled("rcp", { Effect: "Deny", Principal: "*", Action: "*", Resource: "*" });
  const request = (action: string, resource: string) => ({
    principal: { kind: "user" as const, arn: "arn:aws:iam::222222222222:user/admin", accountId: "222222222222" },
    action,
    resource,
    context: createContext({}),
    identityPolicies: [admin],
    rcps: [[denyAll]],
  });

  it("knows which services RCPs bind", () => {
    expect(rcpApplies("s3:GetObject")).toBe(true);
    expect(rcpApplies("STS:AssumeRole")).toBe(true);
    expect(rcpApplies("iam:CreateRole")).toBe(false);
  });

  it("an RCP deny stops S3 but not IAM", () => {
    expect(evaluate(request("s3:GetObject", "arn:aws:s3:::bucket/key")).decision).toBe("ExplicitDeny");
    expect(evaluate(request("iam:CreateRole", "arn:aws:iam::222222222222:role/X")).decision).toBe("Allowed");
  });
});
