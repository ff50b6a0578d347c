// The root user's console password as a root session's tasks see it: GetLoginProfile (audit),
// CreateLoginProfile (IAMCreateRootUserPassword: no password is given, the root user then recovers
// one by email) and DeleteLoginProfile (IAMDeleteRootUserCredentials), each without UserName.
// https://docs.aws.amazon.com/IAM/latest/APIReference/API_CreateLoginProfile.html ("Password … must be
// omitted when you make the request with an AssumeRoot session")
// https://docs.aws.amazon.com/IAM/latest/UserGuide/id_root-user-privileged-task.html
//
// The password lives in Account.rootPasswordHash: "" when deleted, RECOVERY_REQUIRED when a login
// profile was created without a password (no password signs in until it is recovered).
import { db } from "@/lib/db";
import { authorize } from "@/lib/authz/authorize";
import type { Caller } from "@/lib/authz/caller";
import { AwsError } from "@/lib/errors";
import { ROOT_USER_NAME } from "@/lib/iam/mfa-devices/devices";
import { serverNow } from "@/lib/server-now";

/** Not a bcrypt hash, so no password ever matches it. */
export const RECOVERY_REQUIRED = "!password-recovery-required";

export interface RootLoginProfile {
  LoginProfile: { UserName: string; CreateDate: Date; PasswordResetRequired: boolean };
}

const noProfile = () => new AwsError("NoSuchEntity", `Login Profile for User ${ROOT_USER_NAME} cannot be found.`);

async function rootAccount(caller: Caller, action: string) {
  await authorize(caller, action, caller.arn);
  return db.account.findUniqueOrThrow({ where: { id: caller.accountId } });
}

export async function getRootLoginProfile(caller: Caller): Promise<RootLoginProfile> {
  const account = await rootAccount(caller, "iam:GetLoginProfile");
  if (!account.rootPasswordHash) throw noProfile();
  // [INF] the account's creation stands for the password's (no column records when it was set).
  return { LoginProfile: { UserName: ROOT_USER_NAME, CreateDate: account.createdAt, PasswordResetRequired: account.rootPasswordHash === RECOVERY_REQUIRED } };
}

export async function createRootLoginProfile(caller: Caller, password: string | undefined, now = serverNow()): Promise<RootLoginProfile> {
  const account = await rootAccount(caller, "iam:CreateLoginProfile");
  // [INF] AWS's answer to a password given anyway is not documented.
  if (password !== undefined) throw new AwsError("ValidationError", "Password must be omitted when calling CreateLoginProfile with an AssumeRoot session.");
  if (account.rootPasswordHash) throw new AwsError("EntityAlreadyExists", `Login Profile for user ${ROOT_USER_NAME} already exists.`);
  await db.account.update({ where: { id: account.id }, data: { rootPasswordHash: RECOVERY_REQUIRED } });
  return { LoginProfile: { UserName: ROOT_USER_NAME, CreateDate: now, PasswordResetRequired: true } };
}

export async function deleteRootLoginProfile(caller: Caller): Promise<void> {
  const account = await rootAccount(caller, "iam:DeleteLoginProfile");
  if (!account.rootPasswordHash) throw noProfile();
  await db.account.update({ where: { id: account.id }, data: { rootPasswordHash: "" } });
}
