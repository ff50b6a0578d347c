import { describe, expect, it } from "vitest";
import { toPolicyShape, policyFromInput } from "@/lib/iam/account/password-rules";
import { formErrors, formFromPolicy, policyInput, policyLines } from "./password-policy-form";

describe("the Edit password policy form", () => {
  it("round-trips a custom policy: form → UpdateAccountPasswordPolicy body → stored → form", () => {
    const stored = toPolicyShape(
      policyFromInput({ MinimumPasswordLength: 12, RequireSymbols: true, MaxPasswordAge: 30, HardExpiry: true, PasswordReusePrevention: 3, AllowUsersToChangePassword: true }),
    );
    const form = formFromPolicy(stored);
    expect(form).toMatchObject({ mode: "custom", minLength: "12", symbols: true, expire: true, maxAge: "30", hardExpiry: true, preventReuse: true, reuse: "3" });
    expect(toPolicyShape(policyFromInput(policyInput(form)))).toEqual(stored);
  });
  it("sends no age or reuse count for options left off, so they revert to AWS's defaults", () => {
    const body = policyInput({ ...formFromPolicy(null), mode: "custom", hardExpiry: true });
    expect(body).not.toHaveProperty("MaxPasswordAge");
    expect(body).not.toHaveProperty("HardExpiry");
    expect(body).not.toHaveProperty("PasswordReusePrevention");
  });
  it("checks the ranges the API enforces before sending", () => {
    const base = { ...formFromPolicy(null), mode: "custom" as const };
    expect(formErrors({ ...base, minLength: "5" })).toEqual({ minLength: "Password minimum length must be between 6 and 128." });
    expect(formErrors({ ...base, expire: true, maxAge: "1096", preventReuse: true, reuse: "0" })).toEqual({
      maxAge: "Password expiration must be between 1 and 1095 days.",
      reuse: "Password reuse prevention must be between 1 and 24.",
    });
    expect(formErrors({ ...base, mode: "default", minLength: "x" })).toEqual({});
  });
  it("describes the default policy as the IAM User Guide states it", () => {
    expect(policyLines(null)[0]).toBe("Minimum password length is 8 characters");
  });
});
