import "server-only";
// Who the console is acting as for this request: the signed-in identity, and — after Switch role —
// the assumed-role session from the signed role cookie. An expired or revoked switch falls back to
// the user and says why, so the console can return with a flashbar.
import { cache } from "react";
import { cookies, headers } from "next/headers";
import { db } from "@/lib/db";
import { CLIENT_IP_HEADER, stampedClientAddress } from "@/lib/net/stamped-address";
import type { Caller } from "@/lib/authz/caller";
import { revokedBefore } from "@/lib/sts/revocation";
import { findSessionWithPrincipal } from "@/lib/data/sessions";
import { sessionCaller } from "@/lib/sts/session-caller";
import { getSignedInIdentity } from "./session-identity";
import { readMultiSession } from "./multi-session-cookies";
import { decodeHistory, decodeRoleCookie, roleCookieNames, type HistoryEntry, type RoleCookie } from "./role-cookie";
import type { SignedInIdentity } from "./sign-in";
import { serverNow } from "@/lib/server-now";
import { stableSessionKeyId } from "@/lib/ids";

export type RoleEnded = "expired" | "revoked";

export interface ConsoleState {
  identity: SignedInIdentity;
  /** The principal every console request is authorized as. */
  caller: Caller;
  /** The signed-in user or root, whatever role is active. */
  signedInCaller: Caller;
  activeRole: RoleCookie | null;
  roleEnded: { reason: RoleEnded; role: RoleCookie } | null;
  history: HistoryEntry[];
  /** The multi-session session this request acts in (its switched role is its own); null: single-session. */
  sessionId: string | null;
}

/** aws:SourceIp is what server.ts stamped (never a client header); unknown without server.ts. */
async function requestMeta() {
  const h = await headers();
  return { sourceIp: stampedClientAddress(h.get(CLIENT_IP_HEADER)), userAgent: h.get("user-agent") ?? undefined };
}

export async function signedInCallerFor(identity: SignedInIdentity): Promise<Caller | null> {
  const meta = await requestMeta();
  const common = {
    ...meta,
    via: "console" as const,
    // One console sign-in, one session key id: its calls are found together by AccessKeyId.
    consoleSession: { accessKeyId: stableSessionKeyId(`${identity.arn}\0${identity.signedInAt}`), issuedAt: new Date(identity.signedInAt) },
    mfa: identity.mfa,
    mfaAuthenticatedAt: identity.mfa ? new Date(identity.signedInAt) : undefined,
  };
  if (identity.kind === "root") {
    const account = await db.account.findUnique({ where: { id: identity.accountId } });
    return account ? { ...common, kind: "root", accountId: account.id, arn: `arn:aws:iam::${account.id}:root` } : null;
  }
  // A deleted (or deleted-and-recreated) user's console session ends: match on the unique id.
  const user = identity.userId ? await db.user.findUnique({ where: { id: identity.userId } }) : null;
  return user ? { ...common, kind: "user", accountId: user.accountId, arn: user.arn, userId: user.id, userName: user.name } : null;
}

export const getConsoleState = cache(async (): Promise<ConsoleState | null> => {
  const identity = await getSignedInIdentity();
  if (!identity) return null;
  const signedInCaller = await signedInCallerFor(identity);
  if (!signedInCaller) return null;
  const multi = await readMultiSession();
  const sessionId = (multi.enabled && multi.active?.identity.arn === identity.arn && multi.active.id) || null;
  const names = roleCookieNames(sessionId);
  const jar = await cookies();
  const history = decodeHistory(jar.get(names.history)?.value);
  const role = decodeRoleCookie(jar.get(names.role)?.value);
  const base = { identity, signedInCaller, history, sessionId, caller: signedInCaller, activeRole: null, roleEnded: null };
  if (!role || role.identityArn !== identity.arn) return base;

  const session = await findSessionWithPrincipal(role.accessKeyId);
  if (!session || session.expiresAt <= serverNow()) return { ...base, roleEnded: { reason: "expired", role } };
  const revokedAt = session.roleId ? await revokedBefore(session.roleId) : null;
  if (revokedAt && session.issuedAt < revokedAt) return { ...base, roleEnded: { reason: "revoked", role } };
  const caller = sessionCaller(session, { ...(await requestMeta()), via: "console" });
  if (!caller) return { ...base, roleEnded: { reason: "expired", role } };
  return { ...base, caller, activeRole: role };
});
