// The console's "Revoke active sessions": write (or overwrite) the inline policy AWSRevokeOlderSessions
// that denies everything to credentials issued before now. It goes through PutRolePolicy, so it
// needs iam:PutRolePolicy and is refused (UnmodifiableEntity) on service-linked roles, as in AWS.
import type { Caller } from "@/lib/authz/caller";
import { putRolePolicy } from "@/lib/iam/roles/inline";
import { serverNow } from "@/lib/server-now";

export const REVOKE_POLICY_NAME = "AWSRevokeOlderSessions";

/** The console's document: array-valued Action/Resource and a millisecond ISO timestamp. */
export function revokePolicyDocument(now: Date): string {
  return JSON.stringify({
    Version: "2012-10-17",
    Statement: [
      {
        Effect: "Deny",
        Action: ["*"],
        Resource: ["*"],
        Condition: { DateLessThan: { "aws:TokenIssueTime": now.toISOString() } },
      },
    ],
  });
}

export async function revokeRoleSessions(caller: Caller, roleName: string, now = serverNow()): Promise<{ PolicyName: string; RevokedBefore: string }> {
  await putRolePolicy(caller, roleName, REVOKE_POLICY_NAME, revokePolicyDocument(now));
  return { PolicyName: REVOKE_POLICY_NAME, RevokedBefore: now.toISOString() };
}
