// The account password policy: Get/Update/DeleteAccountPasswordPolicy, and the one gate every new
// console password passes (the policy's rules, then PasswordReusePrevention against the user's
// stored history). The rules themselves are pure, in password-rules.ts.
import { db, type Tx } from "@/lib/db";
import { authorize } from "@/lib/authz/authorize";
import { decide } from "@/lib/authz/decide";
import { accessDenied } from "@/lib/authz/access-denied";
import type { Caller } from "@/lib/authz/caller";
import { AwsError } from "@/lib/errors";
import { hashPassword, verifyPassword } from "@/lib/auth/password";
import {
  passwordViolation,
  policyFromInput,
  toPolicyShape,
  VIOLATIONS,
  type PasswordPolicyInput,
  type PasswordPolicyShape,
  type StoredPasswordPolicy,
} from "./password-rules";

/** IAM keeps at most 24 earlier passwords (PasswordReusePrevention's maximum). */
const HISTORY_LIMIT = 24;

async function storedPolicy(accountId: string, tx: Tx = db): Promise<StoredPasswordPolicy | null> {
  return tx.passwordPolicy.findUnique({ where: { accountId } });
}

/**
 * AllowUsersToChangePassword gives every IAM user iam:ChangePassword on itself and
 * iam:GetAccountPasswordPolicy at the account level (API_PasswordPolicy.html). It stands in only for
 * a missing identity-policy allow: an explicit Deny, an SCP or a boundary still refuses.
 */
export async function authorizeWithPasswordGrant(caller: Caller, action: string, resource: string): Promise<void> {
  const decision = await decide(caller, action, resource);
  if (decision.allowed) return;
  const onlyLacksAllow = decision.decision === "ImplicitDeny" && decision.deniedBy === "identity";
  if (onlyLacksAllow && caller.kind === "user" && (await usersMayChangeOwnPassword(caller.accountId))) return;
  throw accessDenied(decision);
}

// Account-level actions take the resource "*" in AWS's authorization reference.
export async function getAccountPasswordPolicy(caller: Caller): Promise<{ PasswordPolicy: PasswordPolicyShape }> {
  await authorizeWithPasswordGrant(caller, "iam:GetAccountPasswordPolicy", "*");
  const policy = await storedPolicy(caller.accountId);
  if (!policy) throw new AwsError("NoSuchEntity", `The Password Policy with domain name ${caller.accountId} cannot be found.`);
  return { PasswordPolicy: toPolicyShape(policy) };
}

/** Replaces the whole policy: omitted parameters revert to their defaults (AWS has no partial update). */
export async function updateAccountPasswordPolicy(caller: Caller, input: PasswordPolicyInput): Promise<void> {
  await authorize(caller, "iam:UpdateAccountPasswordPolicy", "*");
  const data = policyFromInput(input);
  await db.passwordPolicy.upsert({ where: { accountId: caller.accountId }, create: { accountId: caller.accountId, ...data }, update: data });
}

export async function deleteAccountPasswordPolicy(caller: Caller): Promise<void> {
  await authorize(caller, "iam:DeleteAccountPasswordPolicy", "*");
  const removed = await db.passwordPolicy.deleteMany({ where: { accountId: caller.accountId } });
  if (removed.count === 0) throw new AwsError("NoSuchEntity", "The account policy with name PasswordPolicy cannot be found.");
}

/** The console's Account settings view: the custom policy, or null when AWS's default applies. */
export async function describePasswordPolicy(caller: Caller): Promise<{ PasswordPolicy: PasswordPolicyShape | null }> {
  await authorizeWithPasswordGrant(caller, "iam:GetAccountPasswordPolicy", "*");
  const policy = await storedPolicy(caller.accountId);
  return { PasswordPolicy: policy ? toPolicyShape(policy) : null };
}

/** Whether the account lets every IAM user change their own password (AllowUsersToChangePassword). */
export async function usersMayChangeOwnPassword(accountId: string): Promise<boolean> {
  return (await storedPolicy(accountId))?.allowUsersToChangePassword ?? false;
}

/**
 * The gate for a new console password of `userId` (null while the user is being created): throws
 * PasswordPolicyViolation when the account's policy (or AWS's default) refuses it, and returns its hash.
 */
export async function acceptNewPassword(accountId: string, userId: string | null, password: string): Promise<string> {
  const [policy, account] = await Promise.all([storedPolicy(accountId), db.account.findUniqueOrThrow({ where: { id: accountId } })]);
  const broken = passwordViolation(policy, password, { accountName: account.name, email: account.rootEmail });
  if (broken) throw new AwsError("PasswordPolicyViolation", broken);
  const reuse = policy?.passwordReusePrevention ?? 0;
  if (userId && reuse > 0) {
    const recent = await db.passwordHistory.findMany({ where: { userId }, orderBy: { id: "desc" }, take: reuse });
    for (const old of recent) {
      if (await verifyPassword(password, old.hash)) throw new AwsError("PasswordPolicyViolation", VIOLATIONS.reused(reuse));
    }
  }
  return hashPassword(password);
}

/** Records a password just set, keeping only as many as reuse prevention can ever ask for. */
export async function rememberPassword(tx: Tx, userId: string, hash: string): Promise<void> {
  await tx.passwordHistory.create({ data: { userId, hash } });
  const stale = await tx.passwordHistory.findMany({ where: { userId }, orderBy: { id: "desc" }, skip: HISTORY_LIMIT, select: { id: true } });
  if (stale.length > 0) await tx.passwordHistory.deleteMany({ where: { id: { in: stale.map((s) => s.id) } } });
}
