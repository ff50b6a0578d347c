// The console's switched-role state lives in an httpOnly cookie, HMAC-signed with the auth secret and
// bound to the signed-in identity, so a cookie can neither be forged nor carried to another sign-in.
// The role history (last 5, as the console keeps) is a plain cookie: it grants nothing.
import { createHmac, timingSafeEqual } from "node:crypto";
import { ensureAuthSecret } from "./secret";

export const ROLE_COOKIE = "iam-role-session";
export const HISTORY_COOKIE = "iam-role-history";
export const HISTORY_LIMIT = 5;

/**
 * With multi-session, each session (lib/auth/multi-session.ts) has its own switched role and history,
 * so a tab's Switch role or Switch back never changes another tab's; `null`: single-session.
 */
export function roleCookieNames(sessionId: string | null): { role: string; history: string } {
  return sessionId ? { role: `${ROLE_COOKIE}-${sessionId}`, history: `${HISTORY_COOKIE}-${sessionId}` } : { role: ROLE_COOKIE, history: HISTORY_COOKIE };
}

export interface RoleCookie {
  identityArn: string; // the signed-in user this switch belongs to
  accessKeyId: string; // the StsSession behind the switched role
  accountId: string;
  roleName: string; // as entered, path included ("path/name")
  displayName: string;
  color: string | null; // hex without '#'
}

export interface HistoryEntry {
  accountId: string;
  roleName: string;
  displayName: string;
  color: string | null;
}

function mac(payload: string): string {
  return createHmac("sha256", ensureAuthSecret()).update(payload).digest("base64url");
}

/** JSON signed with the auth secret: `<base64url payload>.<HMAC>`; the console's signed cookies use it. */
export function signJson(value: unknown): string {
  const payload = Buffer.from(JSON.stringify(value)).toString("base64url");
  return `${payload}.${mac(payload)}`;
}

/** The value signJson() signed, or null for anything forged, altered or malformed. */
export function verifyJson<T>(raw: string | undefined): T | null {
  if (!raw) return null;
  const [payload, sig] = raw.split(".");
  if (!payload || !sig) return null;
  const expected = Buffer.from(mac(payload));
  const given = Buffer.from(sig);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return null;
  try {
    return JSON.parse(Buffer.from(payload, "base64url").toString("utf8")) as T;
  } catch {
    return null;
  }
}

export function encodeRoleCookie(value: RoleCookie): string {
  return signJson(value);
}

export function decodeRoleCookie(raw: string | undefined): RoleCookie | null {
  return verifyJson<RoleCookie>(raw);
}

export function decodeHistory(raw: string | undefined): HistoryEntry[] {
  if (!raw) return [];
  try {
    const parsed = JSON.parse(Buffer.from(raw, "base64url").toString("utf8")) as unknown;
    return Array.isArray(parsed) ? (parsed as HistoryEntry[]).slice(0, HISTORY_LIMIT) : [];
  } catch {
    return [];
  }
}

/** Most recent first, one entry per account + role, at most five. */
export function pushHistory(history: HistoryEntry[], entry: HistoryEntry): string {
  const rest = history.filter((h) => !(h.accountId === entry.accountId && h.roleName.toLowerCase() === entry.roleName.toLowerCase()));
  return Buffer.from(JSON.stringify([entry, ...rest].slice(0, HISTORY_LIMIT))).toString("base64url");
}
