import "server-only";
// Who the lab learner is (spec training §5/§6, single mode): a random id in the httpOnly, SameSite=Lax
// `lab_learner` cookie, minted on first use. It is independent of the console identity on purpose
// (labs sign in as alice, then admin, and switch roles; the attempt must follow the person, not the
// principal), and it is never taken from a client header or body.
import { randomBytes } from "node:crypto";
import { cookies } from "next/headers";

export const LEARNER_COOKIE = "lab_learner";
const LEARNER_ID = /^[A-Za-z0-9_-]{22,64}$/;
const ONE_YEAR = 365 * 24 * 3600;

/** Whether a cookie value is one this server could have minted (anything else is replaced, never stored). */
export function isLearnerId(value: string | undefined): value is string {
  return typeof value === "string" && LEARNER_ID.test(value);
}

export function newLearnerId(): string {
  return randomBytes(18).toString("base64url");
}

/** The learner of this request; sets the cookie when the browser has none (or a malformed one). */
export async function labLearner(): Promise<string> {
  const jar = await cookies();
  const existing = jar.get(LEARNER_COOKIE)?.value;
  if (isLearnerId(existing)) return existing;
  const id = newLearnerId();
  jar.set(LEARNER_COOKIE, id, { httpOnly: true, sameSite: "lax", path: "/", maxAge: ONE_YEAR });
  return id;
}
