// SigV4 credential lookup and caller resolution for the Query endpoint: long-term AKIA… keys of
// users and roots, and ASIA… keys issued by the STS simulator (StsSession rows). The lookup reads the
// key with its principal's names in one statement; resolveCaller builds the caller from that same
// row, so a signed call reads its credential once.
import { AwsError } from "@/lib/errors";
import type { Caller } from "@/lib/authz/caller";
import { invalidTokenMessage, type SigV4Auth, type StoredCredential, type CallMeta } from "@/lib/aws-query";
import { findAccessKeyWithUser, touchAccessKey, type AccessKeyWithUser } from "@/lib/data/access-keys";
import { findSessionWithPrincipal, type SessionWithPrincipal } from "@/lib/data/sessions";
import { sessionCaller } from "@/lib/sts/session-caller";

/** Long-term keys record their last use at this granularity (AWS's "last used" is approximate too). */
const LAST_USED_GRANULARITY_MS = 60_000;

/** What the lookup found: the secret SigV4 checks, and the row the caller is built from. */
export type WireCredential = StoredCredential & ({ session: SessionWithPrincipal; key?: undefined } | { key: AccessKeyWithUser; session?: undefined });

/**
 * The credential SigV4 verifies against. Revoked sessions stay valid here on purpose: AWS revokes by
 * policy (AWSRevokeOlderSessions denies on aws:TokenIssueTime), so revocation shows as AccessDenied.
 */
export async function lookupCredential(accessKeyId: string): Promise<WireCredential | null> {
  if (accessKeyId.startsWith("ASIA")) {
    const session = await findSessionWithPrincipal(accessKeyId);
    if (!session) return null;
    return { secretAccessKey: session.secretAccessKey, sessionToken: session.sessionToken, expiresAt: session.expiresAt, session };
  }
  const key = await findAccessKeyWithUser(accessKeyId);
  if (!key || key.status !== "Active") return null;
  return { secretAccessKey: key.secretAccessKey, key };
}

type Meta = Omit<CallMeta, "auth">;

function invalidToken(service: string): AwsError {
  return new AwsError("InvalidClientTokenId", invalidTokenMessage(service));
}

async function fromAccessKey(key: AccessKeyWithUser, auth: SigV4Auth, meta: Meta): Promise<Caller> {
  const now = meta.receivedAt;
  if (!key.lastUsedAt || now.getTime() - key.lastUsedAt.getTime() > LAST_USED_GRANULARITY_MS || key.lastUsedService !== auth.service || key.lastUsedRegion !== auth.region) {
    await touchAccessKey(key.id, now, auth.service, auth.region);
  }
  const common = { mfa: false, via: "api" as const, sourceIp: meta.sourceIp, userAgent: meta.userAgent };
  if (!key.userId) return { ...common, kind: "root", accountId: key.accountId, arn: `arn:aws:iam::${key.accountId}:root` };
  if (!key.user) throw invalidToken(auth.service);
  return { ...common, kind: "user", accountId: key.accountId, arn: key.user.arn, userId: key.userId, userName: key.user.name };
}

function fromSession(s: SessionWithPrincipal, auth: SigV4Auth, meta: Meta): Caller {
  // GetSessionToken credentials without MFA cannot call IAM at all, and AWS says so as a bad token.
  if (s.kind === "session-token" && auth.service === "iam" && !s.mfaAuthenticated) throw invalidToken(auth.service);
  // GetFederationToken credentials cannot call IAM at all (API_GetFederationToken, "Permissions").
  if (s.kind === "federated-user" && auth.service === "iam") throw invalidToken(auth.service);
  const caller = sessionCaller(s, { sourceIp: meta.sourceIp, userAgent: meta.userAgent });
  if (!caller) throw invalidToken(auth.service);
  return caller;
}

/** The caller behind a verified signature, from the row its lookup found (no second read). */
export async function resolveCaller(auth: SigV4Auth, meta: Meta, found: WireCredential): Promise<Caller> {
  if (found.session) return fromSession(found.session, auth, meta);
  return fromAccessKey(found.key, auth, meta);
}
