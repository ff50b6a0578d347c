// IAM Query actions for console passwords: the account password policy and login profiles.
// Parameter reading only (the IAM model's constraints); the rules live in lib/iam.
// AWS: https://docs.aws.amazon.com/IAM/latest/APIReference/API_UpdateAccountPasswordPolicy.html
import type { Caller } from "@/lib/authz/caller";
import { AwsError } from "@/lib/errors";
import { ParamReader, type QueryAction, type QueryParams } from "@/lib/aws-query";
import { deleteAccountPasswordPolicy, getAccountPasswordPolicy, updateAccountPasswordPolicy } from "@/lib/iam/account/password-policy";
import { changePassword, createLoginProfile, deleteLoginProfile, updateLoginProfile } from "@/lib/iam/login-profiles/profiles";
import { getLoginProfile } from "@/lib/iam/mfa-devices/virtual";
import { isRootSession } from "@/lib/iam/organizations/root-tasks";
import { createRootLoginProfile, deleteRootLoginProfile, getRootLoginProfile } from "@/lib/iam/organizations/root-login-profile";
import { RULES, readParams } from "./iam-roles";

type Value = string | number | boolean | undefined;
const opt = (v: Value) => v as string | undefined;
const num = (v: Value) => v as number | undefined;
const bool = (v: Value) => v as boolean | undefined;

const PASSWORD_PATTERN = "[\\u0009\\u000A\\u000D\\u0020-\\u00FF]+";

/**
 * Passwords are sensitive members: Coral reports their violations without the value ("Value at
 * 'password' failed to satisfy constraint: …"), so a refused password never comes back in an error.
 */
function readPasswords<K extends string>(params: QueryParams, names: Record<K, { required: boolean }>): Record<K, string | undefined> {
  const r = new ParamReader(params);
  const out = {} as Record<K, string | undefined>;
  for (const name of Object.keys(names) as K[]) {
    const value = params.get(name);
    const path = name.charAt(0).toLowerCase() + name.slice(1);
    const fail = (constraint: string) => r.violations.push(`Value at '${path}' failed to satisfy constraint: ${constraint}`);
    if (value === undefined) {
      if (names[name].required) fail("Member must not be null");
    } else if (value.length < 1) fail("Member must have length greater than or equal to 1");
    else if (value.length > 128) fail("Member must have length less than or equal to 128");
    else if (!new RegExp(`^(?:${PASSWORD_PATTERN})$`, "u").test(value)) fail(`Member must satisfy regular expression pattern: ${PASSWORD_PATTERN}`);
    out[name] = value;
  }
  r.finish();
  return out;
}

export const iamPasswordActions: Record<string, QueryAction<Caller>> = {
  async GetAccountPasswordPolicy(_params, caller) {
    return getAccountPasswordPolicy(caller);
  },
  async UpdateAccountPasswordPolicy(params, caller) {
    // Member order as AWS reports several violations: length, reuse, age, then the flags.
    const p = readParams(params, {
      MinimumPasswordLength: { int: { min: 6, max: 128 } },
      PasswordReusePrevention: { int: { min: 1, max: 24 } },
      MaxPasswordAge: { int: { min: 1, max: 1095 } },
      RequireSymbols: { bool: true },
      RequireNumbers: { bool: true },
      RequireUppercaseCharacters: { bool: true },
      RequireLowercaseCharacters: { bool: true },
      AllowUsersToChangePassword: { bool: true },
      HardExpiry: { bool: true },
    });
    await updateAccountPasswordPolicy(caller, {
      MinimumPasswordLength: num(p.MinimumPasswordLength),
      PasswordReusePrevention: num(p.PasswordReusePrevention),
      MaxPasswordAge: num(p.MaxPasswordAge),
      RequireSymbols: bool(p.RequireSymbols),
      RequireNumbers: bool(p.RequireNumbers),
      RequireUppercaseCharacters: bool(p.RequireUppercaseCharacters),
      RequireLowercaseCharacters: bool(p.RequireLowercaseCharacters),
      AllowUsersToChangePassword: bool(p.AllowUsersToChangePassword),
      HardExpiry: bool(p.HardExpiry),
    });
    return null;
  },
  async DeleteAccountPasswordPolicy(_params, caller) {
    await deleteAccountPasswordPolicy(caller);
    return null;
  },
  async CreateLoginProfile(params, caller) {
    const p = readParams(params, { UserName: RULES.name, PasswordResetRequired: { bool: true } });
    // An AssumeRoot session names no user and gives no password: the root user recovers one.
    const forRoot = p.UserName === undefined && isRootSession(caller);
    const { Password } = readPasswords(params, { Password: { required: !forRoot } });
    if (forRoot) return createRootLoginProfile(caller, Password);
    return createLoginProfile(caller, { userName: opt(p.UserName), password: Password as string, passwordResetRequired: bool(p.PasswordResetRequired) });
  },
  async GetLoginProfile(params, caller) {
    const p = readParams(params, { UserName: RULES.name });
    const name = opt(p.UserName) ?? caller.userName;
    if (!name && isRootSession(caller)) return getRootLoginProfile(caller);
    if (!name) throw new AwsError("ValidationError", "Must specify userName when calling with non-User credentials");
    return getLoginProfile(caller, name);
  },
  async UpdateLoginProfile(params, caller) {
    const p = readParams(params, { UserName: RULES.name, PasswordResetRequired: { bool: true } });
    const { Password } = readPasswords(params, { Password: { required: false } });
    await updateLoginProfile(caller, { userName: opt(p.UserName), password: Password, passwordResetRequired: bool(p.PasswordResetRequired) });
    return null;
  },
  async DeleteLoginProfile(params, caller) {
    const p = readParams(params, { UserName: RULES.name });
    if (p.UserName === undefined && isRootSession(caller)) await deleteRootLoginProfile(caller);
    else await deleteLoginProfile(caller, opt(p.UserName));
    return null;
  },
  async ChangePassword(params, caller) {
    const p = readPasswords(params, { OldPassword: { required: true }, NewPassword: { required: true } });
    await changePassword(caller, { oldPassword: p.OldPassword as string, newPassword: p.NewPassword as string });
    return null;
  },
};
