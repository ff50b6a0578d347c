// Both sides of a simulated sts:AssumeRole (observability-spec §2.3, sts-policy-spec §4.3). AWS's
// rules encoded here: https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_evaluation-logic-cross-account.html
// (cross-account: both the identity policy and the trust policy must allow),
// https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_evaluation-logic.html (same
// account: a resource-based policy naming the principal grants on its own; an explicit deny wins),
// https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_mfa_configure-api-require.html
// (aws:MultiFactorAuthPresent is absent for long-term credentials).
import { describe, expect, it } from "vitest";
import { createContext, loadPolicy, type CompiledPolicy, type EvaluationRequest, type PolicyType } from "@/lib/policy";
import { assumeRoleSides, isTrustDecided } from "./both-sides";

const A = "111111111111";
const B = "222222222222";
const ALICE = `arn:aws:iam::${A}:user/alice`;

function load(doc: object, type: PolicyType, id: string): CompiledPolicy {
  const r = loadPolicy(JSON.stringify(doc), { type, id, name: id });
  if (!r.ok) throw new Error(r.error.message);
  return r.policy;
}
const allowAssume = (resource = "*") => load({ Version: "2012-10-17", Statement: [{ Effect: "Allow", Action: "sts:AssumeRole", Resource: resource }] }, "identity", "assume");
const trust = (statements: object[]) => load({ Version: "2012-10-17", Statement: statements }, "trust", "trust:R");
const trustAllow = (principal: object, extra: object = {}) => ({ Effect: "Allow", Principal: principal, Action: "sts:AssumeRole", ...extra });

function request(roleAccount: string, identity: CompiledPolicy[], extra: Partial<EvaluationRequest> = {}): EvaluationRequest {
  return {
    principal: { kind: "user", arn: ALICE, accountId: A },
    action: "sts:AssumeRole",
    resource: `arn:aws:iam::${roleAccount}:role/R`,
    resourceAccountId: roleAccount,
    context: createContext({ "aws:PrincipalArn": ALICE, "aws:PrincipalAccount": A }),
    identityPolicies: identity,
    ...extra,
  };
}

describe("assumeRoleSides", () => {
  it("same account: a trust policy naming the principal is enough without any identity Allow", () => {
    const sides = assumeRoleSides(request(A, []), trust([trustAllow({ AWS: ALICE })]));
    expect(sides.decision).toBe("allowed");
    expect(sides.awsDecision).toBe("implicitDeny");
    expect(sides.identity.decision).toBe("implicitDeny");
    expect(sides.trust).toMatchObject({ decision: "allowed", namesPrincipal: true });
    expect(sides.crossAccount).toBe(false);
    expect(sides.rule).toMatch(/names the principal/);
  });

  it("same account: a trust policy naming only the account needs the identity side too", () => {
    const t = trust([trustAllow({ AWS: `arn:aws:iam::${A}:root` })]);
    expect(assumeRoleSides(request(A, []), t)).toMatchObject({ decision: "implicitDeny", trust: { decision: "allowed", namesPrincipal: false } });
    expect(assumeRoleSides(request(A, [allowAssume()]), t)).toMatchObject({ decision: "allowed", identity: { decision: "allowed" } });
  });

  it("cross-account needs both sides: the trust alone or the identity alone is denied", () => {
    const t = trust([trustAllow({ AWS: ALICE })]);
    const trustOnly = assumeRoleSides(request(B, []), t);
    expect(trustOnly).toMatchObject({ decision: "implicitDeny", crossAccount: true, trust: { decision: "allowed" }, identity: { decision: "implicitDeny" } });
    expect(trustOnly.rule).toMatch(/must both allow/);
    const identityOnly = assumeRoleSides(request(B, [allowAssume()]), trust([trustAllow({ AWS: `arn:aws:iam::${B}:root` })]));
    expect(identityOnly).toMatchObject({ decision: "implicitDeny", awsDecision: "allowed", trust: { decision: "implicitDeny" } });
    expect(assumeRoleSides(request(B, [allowAssume()]), t)).toMatchObject({ decision: "allowed", awsDecision: "allowed" });
  });

  it("a trust Deny wins over every Allow, while AWS's identity-only answer stays allowed (aws-cli#10314)", () => {
    const t = trust([trustAllow({ AWS: `arn:aws:iam::${A}:root` }), { Effect: "Deny", Principal: { AWS: ALICE }, Action: "sts:AssumeRole" }]);
    const sides = assumeRoleSides(request(A, [allowAssume()]), t);
    expect(sides.decision).toBe("explicitDeny");
    expect(sides.awsDecision).toBe("allowed");
    expect(sides.trust.decision).toBe("explicitDeny");
    expect(sides.trust.statements.map((s) => [s.statementIndex, s.effect])).toEqual([[0, "Allow"], [1, "Deny"]]);
    expect(sides.rule).toMatch(/explicit Deny in the trust policy/);
    expect(sides.result.reasons.map((r) => r.statementIndex)).toEqual([1]);
  });

  it("reports an MFA condition of the trust policy the simulation has no value for", () => {
    const t = trust([trustAllow({ AWS: ALICE }, { Condition: { Bool: { "aws:MultiFactorAuthPresent": "true" } } })]);
    const sides = assumeRoleSides(request(A, [allowAssume()]), t);
    expect(sides.decision).toBe("implicitDeny");
    expect(sides.trust.missingContextValues).toEqual(["aws:MultiFactorAuthPresent"]);
    expect(sides.trust.missingNotedKeys).toEqual(["aws:MultiFactorAuthPresent"]);
    const withMfa = assumeRoleSides(request(A, [allowAssume()], { context: createContext({ "aws:MultiFactorAuthPresent": "true" }) }), t);
    expect(withMfa.decision).toBe("allowed");
    expect(withMfa.trust.missingContextValues).toEqual([]);
  });

  it("a permissions boundary without sts:AssumeRole blocks a user even when the trust names it (spec §4.3 [INF])", () => {
    const boundary = load({ Version: "2012-10-17", Statement: [{ Effect: "Allow", Action: "s3:*", Resource: "*" }] }, "boundary", "bnd");
    const sides = assumeRoleSides(request(A, [allowAssume()], { permissionsBoundary: boundary }), trust([trustAllow({ AWS: ALICE })]));
    expect(sides.decision).toBe("implicitDeny");
    expect(sides.identity.decision).toBe("implicitDeny");
  });

  it("covers sts:AssumeRole*, TagSession and SetSourceIdentity on role ARNs only", () => {
    expect(isTrustDecided("sts:AssumeRole", `arn:aws:iam::${A}:role/R`)).toBe(true);
    expect(isTrustDecided("STS:assumerolewithsaml", `arn:aws:iam::${A}:role/p/R`)).toBe(true);
    expect(isTrustDecided("sts:TagSession", `arn:aws:iam::${A}:role/R`)).toBe(true);
    expect(isTrustDecided("sts:SetSourceIdentity", `arn:aws:iam::${A}:role/R`)).toBe(true);
    expect(isTrustDecided("sts:GetCallerIdentity", `arn:aws:iam::${A}:role/R`)).toBe(false);
    expect(isTrustDecided("sts:AssumeRole", "*")).toBe(false);
    expect(isTrustDecided("sts:AssumeRole", `arn:aws:iam::${A}:user/alice`)).toBe(false);
  });
});
