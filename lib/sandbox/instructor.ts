// The instructor of a training server (SANDBOX_MODE=multi, training spec §6): whoever holds the
// server's instructor token. It is SANDBOX_INSTRUCTOR_TOKEN when set (at least 16 characters), else a
// random one generated on first start and kept in the data directory's `instructor-token` file (shared
// by every instance on one database, lib/data/shared-secrets.ts); server.ts says where to find it.
// The token is compared in constant time and never taken from a header that merely claims a role:
// the browser proves it once (the sign-in form on /sandboxes/instructor) and then carries an httpOnly
// `lab_instructor` cookie, a JWT (jose, HS256) whose key is derived from the server's auth secret and
// the token itself, so changing the token signs every instructor out. Scripts send the token as
// `Authorization: Bearer <token>`.
import { createHash, createHmac, timingSafeEqual } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { jwtVerify, SignJWT } from "jose";
import { ensureAuthSecret } from "@/lib/auth/secret";
import { DATA_DIR } from "@/lib/database-url";
import { serverNowMs } from "@/lib/server-now";

export const INSTRUCTOR_COOKIE = "lab_instructor";
export const INSTRUCTOR_TOKEN_FILE = "instructor-token";
export const INSTRUCTOR_TOKEN_ENV = "SANDBOX_INSTRUCTOR_TOKEN";
export const MIN_TOKEN_LENGTH = 16;
/** A classroom day: the cookie then asks for the token again. */
export const INSTRUCTOR_SESSION_SECONDS = 12 * 3600;
const AUDIENCE = "sandbox-instructor";

export type TokenSource = { token: string; from: "env" | "file" } | { token: null; problem: string };

/** The server's instructor token and where it came from, or why there is none. */
export function instructorTokenSource(env: Record<string, string | undefined> = process.env, dataDir: string = DATA_DIR): TokenSource {
  const fromEnv = env[INSTRUCTOR_TOKEN_ENV]?.trim();
  if (fromEnv) {
    if (fromEnv.length < MIN_TOKEN_LENGTH) return { token: null, problem: `${INSTRUCTOR_TOKEN_ENV} is shorter than ${MIN_TOKEN_LENGTH} characters: the instructor view is off.` };
    return { token: fromEnv, from: "env" };
  }
  const file = path.join(dataDir, INSTRUCTOR_TOKEN_FILE);
  const stored = existsSync(file) ? readFileSync(file, "utf8").trim() : "";
  if (stored.length >= MIN_TOKEN_LENGTH) return { token: stored, from: "file" };
  return { token: null, problem: `No instructor token: set ${INSTRUCTOR_TOKEN_ENV} or start the server once to generate ${file}.` };
}

function digest(text: string): Buffer {
  return createHash("sha256").update(text).digest();
}

/** Whether `given` is the token: equal-length digests compared in constant time. */
export function tokenMatches(given: unknown, token: string | null): boolean {
  if (typeof given !== "string" || !token || given.length > 1024) return false;
  return timingSafeEqual(digest(given.trim()), digest(token));
}

function sessionKey(token: string, secret: string): Uint8Array {
  return createHmac("sha256", secret).update(`${AUDIENCE}\0${token}`).digest();
}

/** The cookie's value for a browser that proved the token. */
export async function instructorSessionValue(token: string, now = serverNowMs(), secret: string = ensureAuthSecret()): Promise<string> {
  const iat = Math.floor(now / 1000);
  return new SignJWT({})
    .setProtectedHeader({ alg: "HS256" })
    .setSubject("instructor")
    .setAudience(AUDIENCE)
    .setIssuedAt(iat)
    .setExpirationTime(iat + INSTRUCTOR_SESSION_SECONDS)
    .sign(sessionKey(token, secret));
}

/** Whether a cookie value is a live instructor session under the current token. */
export async function isInstructorSession(value: string | undefined, token: string | null, now = serverNowMs(), secret: string = ensureAuthSecret()): Promise<boolean> {
  if (!value || !token || value.length > 4096) return false;
  try {
    await jwtVerify(value, sessionKey(token, secret), { algorithms: ["HS256"], audience: AUDIENCE, subject: "instructor", currentDate: new Date(now) });
    return true;
  } catch {
    return false;
  }
}

/** The lab_instructor cookie's value in a raw Cookie header (console sign-in reads it there). */
export function instructorCookieFrom(header: string | undefined): string | undefined {
  for (const part of (header ?? "").split(";")) {
    const eq = part.indexOf("=");
    if (eq > 0 && part.slice(0, eq).trim() === INSTRUCTOR_COOKIE) return part.slice(eq + 1).trim();
  }
  return undefined;
}

/** An `Authorization: Bearer <token>` header that carries the token (classroom scripts). */
export function bearerMatches(authorization: string | null | undefined, token: string | null): boolean {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(authorization ?? "");
  return !!match && tokenMatches(match[1], token);
}
