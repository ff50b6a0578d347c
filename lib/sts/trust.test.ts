// compiledTrustPolicy remembers the last policy per role: a changed document, principal-id map,
// name or ARN must compile afresh, an unchanged one must not.
import { describe, expect, it } from "vitest";
import { compiledTrustPolicy } from "./trust";

const doc = (principal: string) =>
  JSON.stringify({ Version: "2012-10-17", Statement: [{ Effect: "Allow", Principal: { AWS: principal }, Action: "sts:AssumeRole" }] });
const role = {
  id: "AROATRUSTTEST0000001",
  arn: "arn:aws:iam::111111111111:role/T",
  name: "T",
  trustPolicy: doc("arn:aws:iam::111111111111:user/a"),
  trustPrincipalIds: "{}",
};

describe("compiledTrustPolicy", () => {
  it("reuses the compiled policy while the role's trust fields are unchanged", () => {
    const first = compiledTrustPolicy(role);
    expect(first).not.toBeNull();
    // A fresh row object with equal strings, as every read returns.
    expect(compiledTrustPolicy({ ...role, trustPolicy: `${role.trustPolicy}` })).toBe(first);
  });

  it("compiles again when the document, the principal ids or the ARN change", () => {
    const first = compiledTrustPolicy(role);
    const edited = compiledTrustPolicy({ ...role, trustPolicy: doc("arn:aws:iam::111111111111:user/b") });
    expect(edited).not.toBe(first);
    expect(JSON.stringify(edited)).toContain("user/b");
    const swapped = compiledTrustPolicy({ ...role, trustPrincipalIds: JSON.stringify({ "arn:aws:iam::111111111111:user/a": "AIDAUNIQUEID00000001" }) });
    expect(JSON.stringify(swapped)).toContain("AIDAUNIQUEID00000001");
    expect(compiledTrustPolicy({ ...role, arn: "arn:aws:iam::111111111111:role/path/T" })).not.toBe(first);
  });

  it("answers null for a document that no longer parses, and recovers when it is fixed", () => {
    expect(compiledTrustPolicy({ ...role, trustPolicy: "{" })).toBeNull();
    expect(compiledTrustPolicy(role)).not.toBeNull();
  });
});
