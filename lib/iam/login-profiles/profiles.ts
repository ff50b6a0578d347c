// Console passwords (IAM "login profiles"): Create/Update/DeleteLoginProfile for any user, and
// ChangePassword for the calling user. Every new password passes acceptNewPassword (the account
// password policy) and is remembered for PasswordReusePrevention.
// AWS: https://docs.aws.amazon.com/IAM/latest/APIReference/API_CreateLoginProfile.html,
// https://docs.aws.amazon.com/IAM/latest/APIReference/API_ChangePassword.html
import { db } from "@/lib/db";
import type { Caller } from "@/lib/authz/caller";
import { deniedByRule } from "@/lib/authz/access-denied";
import { AwsError } from "@/lib/errors";
import { verifyPassword } from "@/lib/auth/password";
import { authorizedUser } from "@/lib/iam/users/crud";
import { acceptNewPassword, authorizeWithPasswordGrant, rememberPassword } from "@/lib/iam/account/password-policy";
import { serverNow } from "@/lib/server-now";

export interface LoginProfileShape {
  UserName: string;
  CreateDate: Date;
  PasswordResetRequired: boolean;
}

const noLoginProfile = (name: string) => new AwsError("NoSuchEntity", `Login Profile for User ${name} cannot be found.`);

/** The user named, or (as AWS does when UserName is omitted) the calling IAM user. */
function targetName(caller: Caller, userName: string | undefined): string {
  const name = userName ?? caller.userName;
  if (!name) throw new AwsError("ValidationError", "Must specify userName when calling with non-User credentials");
  return name;
}

async function writePassword(userId: string, hash: string, passwordResetRequired: boolean): Promise<void> {
  await db.$transaction(async (tx) => {
    await tx.user.update({ where: { id: userId }, data: { passwordHash: hash, passwordResetRequired } });
    await rememberPassword(tx, userId, hash);
  });
}

export async function createLoginProfile(
  caller: Caller,
  input: { userName?: string; password: string; passwordResetRequired?: boolean },
): Promise<{ LoginProfile: LoginProfileShape }> {
  const user = await authorizedUser(caller, "iam:CreateLoginProfile", targetName(caller, input.userName));
  if (user.passwordHash) throw new AwsError("EntityAlreadyExists", `Login Profile for user ${user.name} already exists.`);
  const hash = await acceptNewPassword(caller.accountId, user.id, input.password);
  const resetRequired = input.passwordResetRequired ?? false;
  await writePassword(user.id, hash, resetRequired);
  return { LoginProfile: { UserName: user.name, CreateDate: serverNow(), PasswordResetRequired: resetRequired } };
}

/** UpdateLoginProfile: a new password and/or the reset flag; an omitted flag keeps its value. */
export async function updateLoginProfile(caller: Caller, input: { userName?: string; password?: string; passwordResetRequired?: boolean }): Promise<void> {
  const user = await authorizedUser(caller, "iam:UpdateLoginProfile", targetName(caller, input.userName));
  if (!user.passwordHash) throw noLoginProfile(user.name);
  const resetRequired = input.passwordResetRequired ?? user.passwordResetRequired;
  if (input.password === undefined) {
    await db.user.update({ where: { id: user.id }, data: { passwordResetRequired: resetRequired } });
    return;
  }
  await writePassword(user.id, await acceptNewPassword(caller.accountId, user.id, input.password), resetRequired);
}

export async function deleteLoginProfile(caller: Caller, userName?: string): Promise<void> {
  const user = await authorizedUser(caller, "iam:DeleteLoginProfile", targetName(caller, userName));
  if (!user.passwordHash) throw noLoginProfile(user.name);
  await db.user.update({ where: { id: user.id }, data: { passwordHash: null, passwordResetRequired: false } });
}

/**
 * ChangePassword: IAM users only (root and role sessions get InvalidUserType). The account's
 * AllowUsersToChangePassword grants it for one's own user; otherwise iam:ChangePassword must allow it.
 */
export async function changePassword(caller: Caller, input: { oldPassword: string; newPassword: string }): Promise<void> {
  if (caller.kind !== "user" || !caller.userId) {
    throw new AwsError("InvalidUserType", "Only IAM users can change their own password.");
  }
  const user = await db.user.findUniqueOrThrow({ where: { id: caller.userId } });
  await authorizeWithPasswordGrant(caller, "iam:ChangePassword", user.arn);
  if (!user.passwordHash) throw noLoginProfile(user.name);
  // [INF] AWS's code for a wrong OldPassword is not documented; AccessDenied leaks nothing more.
  if (!(await verifyPassword(input.oldPassword, user.passwordHash))) throw deniedByRule("The old password is incorrect.");
  await writePassword(user.id, await acceptNewPassword(caller.accountId, user.id, input.newPassword), false);
}
