// GetCallerIdentity and GetSessionToken: the two STS calls that need no permission.
import { callerUserId, type Caller } from "@/lib/authz/caller";
import { deniedByRule } from "@/lib/authz/access-denied";
import { issueCredentials, type CredentialsShape } from "./credentials";
import { verifyMfa } from "./mfa";
import { serverNow } from "@/lib/server-now";

export const SESSION_TOKEN_DEFAULT_SECONDS = 43200;
export const ROOT_SESSION_TOKEN_MAX_SECONDS = 3600;

/** Always allowed: even an explicit Deny on sts:GetCallerIdentity is ignored (AWS). */
export function getCallerIdentity(caller: Caller): { UserId: string; Account: string; Arn: string } {
  return { UserId: callerUserId(caller), Account: caller.accountId, Arn: caller.arn };
}

export async function getSessionToken(
  caller: Caller,
  input: { durationSeconds?: number; serialNumber?: string; tokenCode?: string; now?: Date },
): Promise<{ Credentials: CredentialsShape }> {
  const now = input.now ?? serverNow();
  if (caller.session || caller.kind === "assumed-role") {
    throw deniedByRule("Cannot call GetSessionToken with session credentials");
  }
  let duration = input.durationSeconds ?? SESSION_TOKEN_DEFAULT_SECONDS;
  // Root sessions are capped at one hour; longer requests are silently shortened (AWS).
  if (caller.kind === "root") duration = Math.min(duration, ROOT_SESSION_TOKEN_MAX_SECONDS);
  const mfaAt = await verifyMfa(caller, input.serialNumber, input.tokenCode, now);
  const credentials = await issueCredentials({
    kind: "session-token",
    accountId: caller.accountId,
    principalArn: caller.arn,
    durationSeconds: duration,
    userId: caller.userId,
    sessionName: caller.userName,
    sourcePrincipalArn: caller.arn,
    mfaAuthenticatedAt: mfaAt,
    now,
  });
  return { Credentials: credentials };
}
