import { describe, expect, it } from "vitest";
import type { Finding, FindingType } from "@/lib/policy/types";
import { blockedReason } from "./blocked-reason";

const finding = (findingType: FindingType): Finding => ({
  findingType,
  issueCode: "X",
  findingDetails: "details",
  learnMoreLink: "",
  locations: [],
});

describe("blockedReason", () => {
  it("says the policy is being checked while validation is pending, whatever the last findings were", () => {
    expect(blockedReason(true, [finding("ERROR")], true, "Syntax errors in policy.")).toBe("Checking the policy…");
  });

  it("counts errors, and security warnings only where they block", () => {
    const findings = [finding("ERROR"), finding("SECURITY_WARNING"), finding("SECURITY_WARNING"), finding("SUGGESTION")];
    expect(blockedReason(false, findings, true, null)).toBe("Resolve 1 error and 2 security warnings in the policy validation below to continue.");
    expect(blockedReason(false, findings, false, null)).toBe("Resolve 1 error in the policy validation below to continue.");
    expect(blockedReason(false, [finding("SECURITY_WARNING")], true, null)).toBe("Resolve 1 security warning in the policy validation below to continue.");
  });

  it("falls back to IAM's own error, then to a failed check", () => {
    expect(blockedReason(false, [finding("SUGGESTION")], true, "Syntax errors in policy.")).toBe("Fix the policy to continue: Syntax errors in policy.");
    expect(blockedReason(false, [], true, null)).toBe("The policy could not be checked. Edit it to check it again.");
  });
});
