// The Account settings page's password policy. GET: the custom policy, or null while AWS's default
// applies (iam:GetAccountPasswordPolicy). PUT: set a custom policy; omitted fields take AWS's defaults
// (iam:UpdateAccountPasswordPolicy). DELETE: back to the IAM default (iam:DeleteAccountPasswordPolicy).
import { z } from "zod";
import { withConsoleApi } from "@/lib/api/with-console-api";
import { deleteAccountPasswordPolicy, describePasswordPolicy, updateAccountPasswordPolicy } from "@/lib/iam/account/password-policy";

const range = (min: number, max: number) =>
  z
    .number()
    .int("Member must be an integer")
    .min(min, `Member must have value greater than or equal to ${min}`)
    .max(max, `Member must have value less than or equal to ${max}`)
    .optional();

const ZPasswordPolicyInput = z
  .object({
    MinimumPasswordLength: range(6, 128),
    RequireSymbols: z.boolean().optional(),
    RequireNumbers: z.boolean().optional(),
    RequireUppercaseCharacters: z.boolean().optional(),
    RequireLowercaseCharacters: z.boolean().optional(),
    AllowUsersToChangePassword: z.boolean().optional(),
    MaxPasswordAge: range(1, 1095),
    PasswordReusePrevention: range(1, 24),
    HardExpiry: z.boolean().optional(),
  })
  .strict();

export const GET = withConsoleApi({
  action: "iam:GetAccountPasswordPolicy",
  resource: () => "*",
  handler: ({ caller }) => describePasswordPolicy(caller),
});

export const PUT = withConsoleApi({
  action: "iam:UpdateAccountPasswordPolicy",
  body: ZPasswordPolicyInput,
  resource: () => "*",
  handler: ({ caller, body }) => updateAccountPasswordPolicy(caller, body),
});

export const DELETE = withConsoleApi({
  action: "iam:DeleteAccountPasswordPolicy",
  resource: () => "*",
  handler: ({ caller }) => deleteAccountPasswordPolicy(caller),
});
