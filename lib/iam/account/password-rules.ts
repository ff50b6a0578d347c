// The account password policy's rules as pure functions: which password a policy accepts, and the
// policy IAM stores when UpdateAccountPasswordPolicy omits parameters. No database here.
//
// AWS: https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_passwords_account-policy.html
// (the default policy; the custom policy's options) and
// https://docs.aws.amazon.com/IAM/latest/APIReference/API_UpdateAccountPasswordPolicy.html (defaults).

/** The PasswordPolicy shape GetAccountPasswordPolicy returns (absent members are AWS's "not set"). */
export interface PasswordPolicyShape {
  MinimumPasswordLength: number;
  RequireSymbols: boolean;
  RequireNumbers: boolean;
  RequireUppercaseCharacters: boolean;
  RequireLowercaseCharacters: boolean;
  AllowUsersToChangePassword: boolean;
  ExpirePasswords: boolean;
  MaxPasswordAge?: number;
  PasswordReusePrevention?: number;
  HardExpiry?: boolean;
}

/** UpdateAccountPasswordPolicy's inputs; every omitted one reverts to its default (no partial updates). */
export interface PasswordPolicyInput {
  MinimumPasswordLength?: number;
  RequireSymbols?: boolean;
  RequireNumbers?: boolean;
  RequireUppercaseCharacters?: boolean;
  RequireLowercaseCharacters?: boolean;
  AllowUsersToChangePassword?: boolean;
  MaxPasswordAge?: number;
  PasswordReusePrevention?: number;
  HardExpiry?: boolean;
}

/** The stored form: zero ages mean "not set", as the API documents for the defaults. */
export interface StoredPasswordPolicy {
  minimumPasswordLength: number;
  requireSymbols: boolean;
  requireNumbers: boolean;
  requireUppercaseCharacters: boolean;
  requireLowercaseCharacters: boolean;
  allowUsersToChangePassword: boolean;
  maxPasswordAge: number;
  passwordReusePrevention: number;
  hardExpiry: boolean;
}

/** What UpdateAccountPasswordPolicy stores: each omitted parameter takes its documented default. */
export function policyFromInput(input: PasswordPolicyInput): StoredPasswordPolicy {
  return {
    minimumPasswordLength: input.MinimumPasswordLength ?? 6,
    requireSymbols: input.RequireSymbols ?? false,
    requireNumbers: input.RequireNumbers ?? false,
    requireUppercaseCharacters: input.RequireUppercaseCharacters ?? false,
    requireLowercaseCharacters: input.RequireLowercaseCharacters ?? false,
    allowUsersToChangePassword: input.AllowUsersToChangePassword ?? false,
    maxPasswordAge: input.MaxPasswordAge ?? 0,
    passwordReusePrevention: input.PasswordReusePrevention ?? 0,
    hardExpiry: input.HardExpiry ?? false,
  };
}

/** GetAccountPasswordPolicy's shape: MaxPasswordAge and PasswordReusePrevention only when set. */
export function toPolicyShape(p: StoredPasswordPolicy): PasswordPolicyShape {
  return {
    MinimumPasswordLength: p.minimumPasswordLength,
    RequireSymbols: p.requireSymbols,
    RequireNumbers: p.requireNumbers,
    RequireUppercaseCharacters: p.requireUppercaseCharacters,
    RequireLowercaseCharacters: p.requireLowercaseCharacters,
    AllowUsersToChangePassword: p.allowUsersToChangePassword,
    ExpirePasswords: p.maxPasswordAge > 0,
    ...(p.maxPasswordAge > 0 ? { MaxPasswordAge: p.maxPasswordAge } : {}),
    ...(p.passwordReusePrevention > 0 ? { PasswordReusePrevention: p.passwordReusePrevention } : {}),
    HardExpiry: p.hardExpiry,
  };
}

/** The only characters RequireSymbols (and the default policy's "non-alphanumeric") count. */
export const PASSWORD_SYMBOLS = "!@#$%^&*()_+-=[]{}|'";

const hasUpper = (s: string) => /[A-Z]/.test(s);
const hasLower = (s: string) => /[a-z]/.test(s);
const hasNumber = (s: string) => /[0-9]/.test(s);
const hasSymbol = (s: string) => [...s].some((c) => PASSWORD_SYMBOLS.includes(c));

/** The default policy's fixed numbers (no custom policy set). */
export const DEFAULT_POLICY = { minimumLength: 8, maximumLength: 128, characterTypes: 3 } as const;

// [INF] AWS documents PasswordPolicyViolation but not its message texts; these follow the wording
// AWS's console and API are reported to answer ("Password should have at least one uppercase letter").
export const VIOLATIONS = {
  minLength: (n: number) => `Password should have a minimum length of ${n}`,
  uppercase: "Password should have at least one uppercase letter",
  lowercase: "Password should have at least one lowercase letter",
  number: "Password should have at least one number",
  symbol: "Password should have at least one symbol",
  characterTypes: "Password should have at least three of the following: uppercase letters, lowercase letters, numbers, and symbols",
  sameAsAccount: "Password should not be the same as the AWS account name or email address",
  reused: (n: number) => `Password should not be one of the last ${n} passwords used`,
} as const;

/** The identity the default policy compares the password against. */
export interface AccountIdentity {
  accountName: string;
  email: string;
}

/**
 * The first rule the password breaks, or null. `policy` null means no custom policy: AWS's default
 * (8–128 characters, three of four character types, not the account name or email) applies.
 */
export function passwordViolation(policy: StoredPasswordPolicy | null, password: string, account: AccountIdentity): string | null {
  if (!policy) {
    if (password.length < DEFAULT_POLICY.minimumLength) return VIOLATIONS.minLength(DEFAULT_POLICY.minimumLength);
    const types = [hasUpper, hasLower, hasNumber, hasSymbol].filter((f) => f(password)).length;
    if (types < DEFAULT_POLICY.characterTypes) return VIOLATIONS.characterTypes;
    const lowered = password.toLowerCase();
    if (lowered === account.accountName.toLowerCase() || lowered === account.email.toLowerCase()) return VIOLATIONS.sameAsAccount;
    return null;
  }
  if (password.length < policy.minimumPasswordLength) return VIOLATIONS.minLength(policy.minimumPasswordLength);
  if (policy.requireUppercaseCharacters && !hasUpper(password)) return VIOLATIONS.uppercase;
  if (policy.requireLowercaseCharacters && !hasLower(password)) return VIOLATIONS.lowercase;
  if (policy.requireNumbers && !hasNumber(password)) return VIOLATIONS.number;
  if (policy.requireSymbols && !hasSymbol(password)) return VIOLATIONS.symbol;
  return null;
}
