import { describe, expect, it } from "vitest";
import { VIOLATIONS, passwordViolation, policyFromInput, toPolicyShape } from "./password-rules";

const account = { accountName: "Identity-Sandbox1", email: "Root@Identity.example" };
const custom = (over: Parameters<typeof policyFromInput>[0]) => policyFromInput(over);

// https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_passwords_account-policy.html
// ("Default password policy": 8–128 characters, three of four character types, not the account name or email).
describe("AWS's default password policy (no custom policy set)", () => {
  it("refuses the one-character password the console used to accept", () => {
    expect(passwordViolation(null, "x", account)).toBe(VIOLATIONS.minLength(8));
  });
  it("refuses 7 characters even with every character type", () => {
    expect(passwordViolation(null, "Ab1!xyz", account)).toBe("Password should have a minimum length of 8");
  });
  it("needs three of upper, lower, number, symbol", () => {
    expect(passwordViolation(null, "abcdefgh", account)).toBe(VIOLATIONS.characterTypes);
    expect(passwordViolation(null, "abcdEFGH", account)).toBe(VIOLATIONS.characterTypes);
    expect(passwordViolation(null, "abcdEFG1", account)).toBeNull();
    expect(passwordViolation(null, "abcdefg1!", account)).toBeNull();
    expect(passwordViolation(null, "ABCDEFG1'", account)).toBeNull();
  });
  it("counts only AWS's listed symbols as non-alphanumeric", () => {
    expect(passwordViolation(null, "abcdefg1.,", account)).toBe(VIOLATIONS.characterTypes);
    for (const c of "!@#$%^&*()_+-=[]{}|'") expect(passwordViolation(null, `abcdefg1${c}`, account)).toBeNull();
  });
  it("refuses the account name and the root email, whatever the case", () => {
    expect(passwordViolation(null, "identity-sandbox1", account)).toBe(VIOLATIONS.sameAsAccount);
    expect(passwordViolation(null, "root@identity.EXAMPLE1", account)).toBeNull();
    expect(passwordViolation(null, "root@identity.example", { ...account, email: "root@identity.example" })).toBe(VIOLATIONS.characterTypes);
    expect(passwordViolation(null, "Root@Identity.example", account)).toBe(VIOLATIONS.sameAsAccount);
  });
  it("accepts the sandbox's documented passwords", () => {
    for (const p of ["Sandbox-Admin-1!", "Sandbox-Alice-1!", "Sandbox-Root-1!", "Sandbox-Root-2!"]) expect(passwordViolation(null, p, account)).toBeNull();
  });
});

// https://docs.aws.amazon.com/IAM/latest/APIReference/API_UpdateAccountPasswordPolicy.html
describe("a custom password policy", () => {
  it("with every parameter omitted stores AWS's defaults: 6 characters, nothing required", () => {
    const p = custom({});
    expect(toPolicyShape(p)).toEqual({
      MinimumPasswordLength: 6,
      RequireSymbols: false,
      RequireNumbers: false,
      RequireUppercaseCharacters: false,
      RequireLowercaseCharacters: false,
      AllowUsersToChangePassword: false,
      ExpirePasswords: false,
      HardExpiry: false,
    });
    expect(passwordViolation(p, "abcdef", account)).toBeNull();
    expect(passwordViolation(p, "abcde", account)).toBe(VIOLATIONS.minLength(6));
  });
  it("reports MaxPasswordAge, PasswordReusePrevention and ExpirePasswords when set", () => {
    expect(toPolicyShape(custom({ MaxPasswordAge: 90, PasswordReusePrevention: 5 }))).toMatchObject({ ExpirePasswords: true, MaxPasswordAge: 90, PasswordReusePrevention: 5 });
  });
  it("checks length first, then each required character type", () => {
    const p = custom({ MinimumPasswordLength: 10, RequireUppercaseCharacters: true, RequireLowercaseCharacters: true, RequireNumbers: true, RequireSymbols: true });
    expect(passwordViolation(p, "Ab1!", account)).toBe("Password should have a minimum length of 10");
    expect(passwordViolation(p, "abcdefghij1!", account)).toBe("Password should have at least one uppercase letter");
    expect(passwordViolation(p, "ABCDEFGHIJ1!", account)).toBe("Password should have at least one lowercase letter");
    expect(passwordViolation(p, "ABCDEfghij!!", account)).toBe("Password should have at least one number");
    expect(passwordViolation(p, "ABCDEfghij12", account)).toBe("Password should have at least one symbol");
    expect(passwordViolation(p, "ABCDEfghij1!", account)).toBeNull();
  });
  it("does not apply the default's account-name rule", () => {
    expect(passwordViolation(custom({}), "identity-sandbox1", account)).toBeNull();
  });
});
