// The Edit password policy form as data: from the current policy to form fields, the fields' inline
// checks (the console's inline range errors), and the UpdateAccountPasswordPolicy body they send.
import type { PasswordPolicyInput, PasswordPolicyShape } from "@/lib/iam/account/password-rules";

export interface PolicyForm {
  mode: "default" | "custom";
  minLength: string;
  uppercase: boolean;
  lowercase: boolean;
  numbers: boolean;
  symbols: boolean;
  expire: boolean;
  maxAge: string;
  hardExpiry: boolean;
  allowChange: boolean;
  preventReuse: boolean;
  reuse: string;
}

/** What the Custom choice starts from when the account still uses the IAM default. */
const CUSTOM_START: Omit<PolicyForm, "mode"> = {
  minLength: "8",
  uppercase: false,
  lowercase: false,
  numbers: false,
  symbols: false,
  expire: false,
  maxAge: "90",
  hardExpiry: false,
  allowChange: true,
  preventReuse: false,
  reuse: "5",
};

export function formFromPolicy(policy: PasswordPolicyShape | null): PolicyForm {
  if (!policy) return { mode: "default", ...CUSTOM_START };
  return {
    mode: "custom",
    minLength: String(policy.MinimumPasswordLength),
    uppercase: policy.RequireUppercaseCharacters,
    lowercase: policy.RequireLowercaseCharacters,
    numbers: policy.RequireNumbers,
    symbols: policy.RequireSymbols,
    expire: Boolean(policy.MaxPasswordAge),
    maxAge: String(policy.MaxPasswordAge ?? CUSTOM_START.maxAge),
    hardExpiry: policy.HardExpiry ?? false,
    allowChange: policy.AllowUsersToChangePassword,
    preventReuse: Boolean(policy.PasswordReusePrevention),
    reuse: String(policy.PasswordReusePrevention ?? CUSTOM_START.reuse),
  };
}

function inRange(text: string, min: number, max: number): boolean {
  return /^\d+$/.test(text.trim()) && Number(text) >= min && Number(text) <= max;
}

export type FormErrors = Partial<Record<"minLength" | "maxAge" | "reuse", string>>;

export function formErrors(f: PolicyForm): FormErrors {
  if (f.mode === "default") return {};
  const errors: FormErrors = {};
  if (!inRange(f.minLength, 6, 128)) errors.minLength = "Password minimum length must be between 6 and 128.";
  if (f.expire && !inRange(f.maxAge, 1, 1095)) errors.maxAge = "Password expiration must be between 1 and 1095 days.";
  if (f.preventReuse && !inRange(f.reuse, 1, 24)) errors.reuse = "Password reuse prevention must be between 1 and 24.";
  return errors;
}

/** The whole policy, as UpdateAccountPasswordPolicy wants it (it has no partial update). */
export function policyInput(f: PolicyForm): PasswordPolicyInput {
  return {
    MinimumPasswordLength: Number(f.minLength),
    RequireUppercaseCharacters: f.uppercase,
    RequireLowercaseCharacters: f.lowercase,
    RequireNumbers: f.numbers,
    RequireSymbols: f.symbols,
    AllowUsersToChangePassword: f.allowChange,
    ...(f.expire ? { MaxPasswordAge: Number(f.maxAge), HardExpiry: f.hardExpiry } : {}),
    ...(f.preventReuse ? { PasswordReusePrevention: Number(f.reuse) } : {}),
  };
}

export const SYMBOLS_TEXT = "! @ # $ % ^ & * ( ) _ + - = [ ] { } | '";

/** The lines the Password policy container lists for a policy (null: AWS's default policy). */
export function policyLines(policy: PasswordPolicyShape | null): string[] {
  if (!policy) {
    return [
      "Minimum password length is 8 characters",
      `Include a minimum of three of the following mix of character types: uppercase, lowercase, numbers, and ${SYMBOLS_TEXT} symbols`,
      "Must not be identical to your AWS account name or email address",
    ];
  }
  const lines = [`Password minimum length: ${policy.MinimumPasswordLength} characters`];
  if (policy.RequireUppercaseCharacters) lines.push("Require at least one uppercase letter from the Latin alphabet (A-Z)");
  if (policy.RequireLowercaseCharacters) lines.push("Require at least one lowercase letter from the Latin alphabet (a-z)");
  if (policy.RequireNumbers) lines.push("Require at least one number");
  if (policy.RequireSymbols) lines.push(`Require at least one non-alphanumeric character (${SYMBOLS_TEXT})`);
  lines.push(policy.MaxPasswordAge ? `Password expires in ${policy.MaxPasswordAge} day(s)` : "Password never expires");
  if (policy.MaxPasswordAge && policy.HardExpiry) lines.push("Password expiration requires administrator reset");
  if (policy.AllowUsersToChangePassword) lines.push("Allow users to change their own password");
  if (policy.PasswordReusePrevention) lines.push(`Remember last ${policy.PasswordReusePrevention} password(s) and prevent reuse`);
  return lines;
}
