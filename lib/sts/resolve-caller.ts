// SigV4 credential lookup and caller resolution for the Query endpoint: long-term AKIA… keys of
// users and roots, and ASIA… keys issued by the STS simulator (StsSession rows).
import { db } from "@/lib/db";
import { AwsError } from "@/lib/errors";
import type { Caller } from "@/lib/authz/caller";
import { invalidTokenMessage, type SigV4Auth, type StoredCredential, type CallMeta } from "@/lib/aws-query";
import { readAccessKey, readSession, type KeyRow, type SessionRow } from "./fast-reads";
import { sessionCaller } from "./session-caller";

/** Long-term keys record their last use at this granularity (AWS's "last used" is approximate too). */
const LAST_USED_GRANULARITY_MS = 60_000;


/**
 * Rows read by lookupCredential, handed to resolveCaller of the same request (the handler calls
 * them back to back) so each call reads its credential once. Entries live two seconds at most.
 */
const handOff = new Map<string, { at: number; row: SessionRow | KeyRow }>();
const HAND_OFF_MS = 2000;

function keep(id: string, row: SessionRow | KeyRow): void {
  if (handOff.size > 10_000) handOff.clear();
  handOff.set(id, { at: Date.now(), row });
}

function take<T>(id: string): T | undefined {
  const hit = handOff.get(id);
  if (!hit) return undefined;
  handOff.delete(id);
  return Date.now() - hit.at <= HAND_OFF_MS ? (hit.row as T) : undefined;
}

/**
 * The credential SigV4 verifies against. Revoked sessions stay valid here on purpose: AWS revokes by
 * policy (AWSRevokeOlderSessions denies on aws:TokenIssueTime), so revocation shows as AccessDenied.
 */
export async function lookupCredential(accessKeyId: string): Promise<StoredCredential | null> {
  if (accessKeyId.startsWith("ASIA")) {
    const s = await readSession(accessKeyId);
    if (!s) return null;
    keep(accessKeyId, s);
    return { secretAccessKey: s.secretAccessKey, sessionToken: s.sessionToken, expiresAt: s.expiresAt };
  }
  const key = await readAccessKey(accessKeyId);
  if (!key || key.status !== "Active") return null;
  keep(accessKeyId, key);
  return { secretAccessKey: key.secretAccessKey };
}

type Meta = Omit<CallMeta, "auth">;

function invalidToken(service: string): AwsError {
  return new AwsError("InvalidClientTokenId", invalidTokenMessage(service));
}

async function fromAccessKey(auth: SigV4Auth, meta: Meta): Promise<Caller> {
  const key = take<KeyRow>(auth.accessKeyId) ?? (await readAccessKey(auth.accessKeyId));
  if (!key || key.status !== "Active") throw invalidToken(auth.service);
  const now = meta.receivedAt;
  if (!key.lastUsedAt || now.getTime() - key.lastUsedAt.getTime() > LAST_USED_GRANULARITY_MS || key.lastUsedService !== auth.service) {
    await db.accessKey.update({ where: { id: key.id }, data: { lastUsedAt: now, lastUsedService: auth.service } });
  }
  const common = { mfa: false, via: "api" as const, sourceIp: meta.sourceIp, userAgent: meta.userAgent };
  if (!key.userId) return { ...common, kind: "root", accountId: key.accountId, arn: `arn:aws:iam::${key.accountId}:root` };
  if (!key.userArn || !key.userName) throw invalidToken(auth.service);
  return { ...common, kind: "user", accountId: key.accountId, arn: key.userArn, userId: key.userId, userName: key.userName };
}

async function fromSession(auth: SigV4Auth, meta: Meta): Promise<Caller> {
  const s = take<SessionRow>(auth.accessKeyId) ?? (await readSession(auth.accessKeyId));
  if (!s) throw invalidToken(auth.service);
  // GetSessionToken credentials without MFA cannot call IAM at all, and AWS says so as a bad token.
  if (s.kind === "session-token" && auth.service === "iam" && !s.mfaAuthenticated) throw invalidToken(auth.service);
  const caller = await sessionCaller(s, { sourceIp: meta.sourceIp, userAgent: meta.userAgent });
  if (!caller) throw invalidToken(auth.service);
  return caller;
}

export async function resolveCaller(auth: SigV4Auth, meta: Meta): Promise<Caller> {
  return auth.accessKeyId.startsWith("ASIA") ? fromSession(auth, meta) : fromAccessKey(auth, meta);
}

/** The StsSession behind a caller's temporary credentials, if any (role chaining reads it). */
export async function callerSession(caller: Caller) {
  if (!caller.session) return null;
  return readSession(caller.session.accessKeyId);
}
