import { describe, expect, it } from "vitest";
import { allow, codes, expectFinding, run } from "./test-support";

describe("validatePolicy: JSON and document structure", () => {
  it("accepts a well-formed identity policy without findings", async () => {
    expect((await run(allow())).findings).toEqual([]);
  });

  it("reports a JSON syntax error with its index, line and column", async () => {
    const r = await run('{\n  "Version": "2012-10-17",\n  "Statement": [}');
    const f = expectFinding(r, "JSON_SYNTAX_ERROR", "ERROR");
    expect(f.findingDetails).toBe("Json syntax error: Fix the JSON syntax error at index 45 line 3 column 17.");
    expect(f.locations[0].span.start).toEqual({ line: 3, column: 17, offset: 45 });
    expect(r.findings).toHaveLength(1);
  });

  it("rejects duplicate keys at the second occurrence", async () => {
    const r = await run('{"Version":"2012-10-17","Version":"2012-10-17","Statement":[]}');
    expect(expectFinding(r, "JSON_SYNTAX_ERROR", "ERROR").locations[0].span.start).toEqual({ line: 1, column: 25, offset: 24 });
  });

  it("missing and invalid version", async () => {
    const { Version: _, ...noVersion } = allow();
    const f = expectFinding(await run(noVersion), "MISSING_VERSION", "WARNING");
    expect(f.findingDetails).toBe("Missing version: We recommend that you specify the Version element to help you with debugging permission issues.");
    expectFinding(await run({ ...allow(), Version: "2012-10-18" }), "INVALID_VERSION", "ERROR", '"2012-10-18"');
  });

  it("missing statement, effect, action and resource", async () => {
    expectFinding(await run({ Version: "2012-10-17" }), "MISSING_STATEMENT", "ERROR");
    expectFinding(await run({ Version: "2012-10-17", Statement: [] }), "MISSING_STATEMENT", "ERROR", "[]");
    const r = await run({ Version: "2012-10-17", Statement: [{ Sid: "A" }] });
    for (const code of ["MISSING_EFFECT", "MISSING_ACTION", "MISSING_RESOURCE"]) expectFinding(r, code, "ERROR", "{", 1);
  });

  it("invalid effect is case-sensitive", async () => {
    const f = expectFinding(await run(allow({ Effect: "allow" })), "INVALID_EFFECT", "ERROR", '"allow"');
    expect(f.findingDetails).toBe("Invalid effect: The effect allow is not valid. Use Allow or Deny.");
  });

  it("unknown top-level and statement elements", async () => {
    const r = await run({ ...allow({ Actions: "s3:*" }), Foo: 1 });
    expectFinding(r, "INVALID_POLICY_ELEMENT", "ERROR", '"Actions"');
    expectFinding(r, "INVALID_POLICY_ELEMENT", "ERROR", '"Foo"');
  });

  it("Action with NotAction, wrong JSON types, empty arrays", async () => {
    expectFinding(await run(allow({ NotAction: "s3:PutObject" })), "UNSUPPORTED_ELEMENT_COMBINATION", "ERROR", '"NotAction"');
    expectFinding(await run(allow({ Action: 5 })), "DATA_TYPE_MISMATCH", "ERROR", "5");
    expectFinding(await run(allow({ Action: [] })), "EMPTY_ARRAY_ACTION", "SUGGESTION", "[]");
    expectFinding(await run(allow({ Resource: [] })), "EMPTY_ARRAY_RESOURCE", "SUGGESTION", "[]");
  });

  it("Sid rules depend on the policy type", async () => {
    expectFinding(await run(allow({ Sid: "" })), "EMPTY_SID_VALUE", "SUGGESTION", '""');
    expectFinding(await run(allow({ Sid: "my-sid" })), "UNSUPPORTED_SID", "ERROR", '"my-sid"');
    const twice = (extra: object) => ({ Version: "2012-10-17", Statement: [{ Sid: "S1", ...extra }, { Sid: "S1", ...extra, Action: "s3:PutObject" }] });
    const identity = { Effect: "Allow", Action: "s3:GetObject", Resource: "*" };
    expectFinding(await run(twice(identity)), "UNIQUE_SIDS_REQUIRED", "ERROR", '"S1"', 1);
    const resource = { ...identity, Principal: { AWS: "111122223333" } };
    expectFinding(await run(twice(resource), "resource"), "UNIQUE_SIDS_RECOMMENDED", "WARNING", '"S1"', 1);
  });

  it("redundant statements ignore Sid and one-element arrays", async () => {
    const r = await run({
      Version: "2012-10-17",
      Statement: [
        { Sid: "A", Effect: "Allow", Action: "s3:GetObject", Resource: "*" },
        { Sid: "B", Effect: "Allow", Action: ["s3:GetObject"], Resource: "*" },
      ],
    });
    expectFinding(r, "REDUNDANT_STATEMENT", "SUGGESTION", "{", 2);
  });

  it("finding shape: title prefix and learn-more anchor", async () => {
    const f = expectFinding(await run(allow({ Action: "iam:PassRole", Resource: "*" })), "PASS_ROLE_WITH_STAR_IN_RESOURCE", "SECURITY_WARNING", '"*"');
    expect(f.findingDetails.startsWith("Pass role with star in resource: Using the iam:PassRole action with wildcards (*)")).toBe(true);
    expect(f.learnMoreLink).toBe(
      "https://docs.aws.amazon.com/IAM/latest/UserGuide/access-analyzer-reference-policy-checks.html#access-analyzer-reference-policy-checks-security-warning-pass-role-with-star-in-resource",
    );
    expect(f.locations[0].path).toEqual(["Statement", 0, "Resource"]);
  });

  it("size quotas count non-whitespace characters per policy type", async () => {
    const many = (n: number) => ({ Version: "2012-10-17", Statement: [{ Effect: "Allow", Action: "s3:GetObject", Resource: Array.from({ length: n }, (_, i) => `arn:aws:s3:::bucket-${i}/*`) }] });
    expect(codes(await run(many(300)))).toContain("POLICY_SIZE_EXCEEDS_IDENTITY_POLICY_QUOTA");
    expect(codes(await run(many(100)))).not.toContain("POLICY_SIZE_EXCEEDS_IDENTITY_POLICY_QUOTA");
    expectFinding(await run(many(300), "scp"), "POLICY_SIZE_EXCEEDS_SCP_QUOTA", "ERROR");
    const trust = { Version: "2012-10-17", Statement: [{ Effect: "Allow", Principal: { AWS: Array.from({ length: 60 }, (_, i) => `arn:aws:iam::1111222233${String(i).padStart(2, "0")}:root`) }, Action: "sts:AssumeRole" }] };
    const f = expectFinding(await run(trust, "trust"), "POLICY_SIZE_EXCEEDS_ROLE_TRUST_POLICY_QUOTA", "WARNING");
    expect(f.findingDetails).toMatch(/The \d+ characters in the role trust policy, excluding whitespace, exceed the 2048 character maximum/);
  });
});

describe("validatePolicy: principals and trust policies", () => {
  const trust = (principal: unknown, extra: Record<string, unknown> = {}) => ({
    Version: "2012-10-17",
    Statement: [{ Effect: "Allow", Principal: principal, Action: "sts:AssumeRole", ...extra }],
  });

  it("a service trust policy is clean", async () => {
    expect((await run(trust({ Service: "ec2.amazonaws.com" }), "trust")).findings).toEqual([]);
  });

  it("Principal in an identity policy and in an SCP", async () => {
    const f = expectFinding(await run(allow({ Principal: "*" })), "UNSUPPORTED_PRINCIPAL", "ERROR", '"Principal"');
    expect(f.findingDetails).toBe("Unsupported principal: The policy type IDENTITY_POLICY does not support the Principal element. Remove the Principal element.");
    expectFinding(await run(allow({ Principal: "*" }), "scp"), "SCP_SYNTAX_ERROR_PRINCIPAL", "ERROR", '"Principal"');
  });

  it("trust policies: Resource, missing Principal, NotPrincipal, bare *", async () => {
    expectFinding(await run(trust({ Service: "ec2.amazonaws.com" }, { Resource: "*" }), "trust"), "ROLE_TRUST_POLICY_SYNTAX_ERROR_RESOURCE", "ERROR", '"Resource"');
    expectFinding(await run({ Version: "2012-10-17", Statement: [{ Effect: "Allow", Action: "sts:AssumeRole" }] }, "trust"), "MISSING_PRINCIPAL", "ERROR", "{", 1);
    const np = { Version: "2012-10-17", Statement: [{ Effect: "Deny", NotPrincipal: { AWS: "111122223333" }, Action: "sts:AssumeRole" }] };
    expectFinding(await run(np, "trust"), "ROLE_TRUST_POLICY_SYNTAX_ERROR_NOTPRINCIPAL", "ERROR", '"NotPrincipal"');
    expectFinding(await run(trust("*"), "trust"), "ROLE_TRUST_POLICY_UNSUPPORTED_WILDCARD_IN_PRINCIPAL", "ERROR", '"*"');
  });

  it("trusting every AWS principal without conditions is a security warning", async () => {
    expectFinding(await run(trust({ AWS: "*" }), "trust"), "TRUST_POLICY_ALLOWS_ANY_PRINCIPAL", "SECURITY_WARNING", '"*"');
    const guarded = trust({ AWS: "*" }, { Condition: { StringEquals: { "aws:PrincipalOrgID": "o-abc123" } } });
    expect(codes(await run(guarded, "trust"))).toEqual([]);
  });

  // Access Analyzer reports nothing here and the console creates the role (IAM tutorial "Delegate
  // access across AWS accounts using IAM roles", https://docs.aws.amazon.com/IAM/latest/UserGuide/tutorial_cross-account-with-roles.html):
  // ours is a hint that must not block Next in Custom trust policy, and none when MFA is required.
  it("another whole account without sts:ExternalId is a suggestion, none when the statement requires MFA", async () => {
    const other = trust({ AWS: "arn:aws:iam::222222222222:root" });
    expectFinding(await run(other, "trust", { accountId: "111111111111" }), "CROSS_ACCOUNT_TRUST_WITHOUT_EXTERNAL_ID", "SUGGESTION", '"arn:aws:iam::222222222222:root"');
    const mfa = trust({ AWS: "arn:aws:iam::222222222222:root" }, { Condition: { Bool: { "aws:MultiFactorAuthPresent": "true" } } });
    expect(codes(await run(mfa, "trust", { accountId: "111111111111" }))).toEqual([]);
    const mfaAge = trust({ AWS: "222222222222" }, { Condition: { NumericLessThan: { "aws:MultiFactorAuthAge": "3600" } } });
    expect(codes(await run(mfaAge, "trust", { accountId: "111111111111" }))).toEqual([]);
    const withId = trust({ AWS: "222222222222" }, { Condition: { StringEquals: { "sts:ExternalId": "x-123" } } });
    expect(codes(await run(withId, "trust", { accountId: "111111111111" }))).toEqual([]);
    expect(codes(await run(trust({ AWS: "111111111111" }), "trust", { accountId: "111111111111" }))).toEqual([]);
  });

  it("federated principals: OIDC without conditions, GitHub without sub, mismatched action", async () => {
    const oidc = { Federated: "arn:aws:iam::111122223333:oidc-provider/login.example.com" };
    expectFinding(await run(trust(oidc, { Action: "sts:AssumeRoleWithWebIdentity" }), "trust"), "MISSING_CONDITION_KEY_FOR_OIDC_PRINCIPAL", "SECURITY_WARNING");
    const gh = { Federated: "arn:aws:iam::111122223333:oidc-provider/token.actions.githubusercontent.com" };
    const ghAud = { Condition: { StringEquals: { "token.actions.githubusercontent.com:aud": "sts.amazonaws.com" } }, Action: "sts:AssumeRoleWithWebIdentity" };
    expectFinding(await run(trust(gh, ghAud), "trust"), "MISSING_GITHUB_REPO_CONDITION_KEY", "SECURITY_WARNING");
    const saml = { Federated: "arn:aws:iam::111122223333:saml-provider/Okta" };
    expectFinding(await run(trust(saml), "trust"), "MISMATCHED_ACTION_FOR_PRINCIPAL", "ERROR", '"sts:AssumeRole"');
  });

  it("Roles Anywhere needs AssumeRole, TagSession and SetSourceIdentity", async () => {
    const ra = { Service: "rolesanywhere.amazonaws.com" };
    expectFinding(await run(trust(ra), "trust"), "MISSING_ACTION_FOR_ROLES_ANYWHERE_TRUST_POLICY", "ERROR");
    const full = trust(ra, { Action: ["sts:AssumeRole", "sts:TagSession", "sts:SetSourceIdentity"] });
    expect(codes(await run(full, "trust"))).toEqual([]);
  });

  it("principal element shapes", async () => {
    expectFinding(await run(trust({ Users: "x" }), "trust"), "INVALID_PRINCIPAL_KEY", "ERROR", '"Users"');
    expectFinding(await run(trust("arn:aws:iam::111122223333:root"), "trust"), "INVALID_PRINCIPAL_FORMAT", "ERROR");
    expectFinding(await run(trust({}), "trust"), "EMPTY_OBJECT_PRINCIPAL", "SUGGESTION");
    expectFinding(await run(trust({ AWS: [] }), "trust"), "EMPTY_ARRAY_PRINCIPAL", "SUGGESTION", "[]");
    expectFinding(await run(trust({ AWS: "arn:aws:iam::111122223333:role/*" }), "trust"), "UNSUPPORTED_WILDCARD_IN_PRINCIPAL", "ERROR");
    expectFinding(await run(trust({ AWS: "AROAEXAMPLEID123" }), "trust"), "INVALID_ROLE_REFERENCE", "WARNING", '"AROAEXAMPLEID123"');
  });

  it("Allow with NotPrincipal in a resource policy", async () => {
    const doc = { Version: "2012-10-17", Statement: [{ Effect: "Allow", NotPrincipal: { AWS: "111122223333" }, Action: "s3:GetObject", Resource: "arn:aws:s3:::b/*" }] };
    expectFinding(await run(doc, "resource"), "ALLOW_WITH_NOT_PRINCIPAL", "SECURITY_WARNING", '"NotPrincipal"');
  });
});
