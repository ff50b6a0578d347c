import "server-only";
// Who the lab learner is (spec training §5/§6, single mode): a random id in the httpOnly, SameSite=Lax
// `lab_learner` cookie, minted on first use. It is independent of the console identity on purpose
// (labs sign in as alice, then admin, and switch roles; the attempt must follow the person, not the
// principal), and it is never taken from a client header or body.
import { cookies } from "next/headers";
import { isLearnerId, LEARNER_COOKIE, newLearnerId } from "./learner-id";

export { isLearnerId, LEARNER_COOKIE, newLearnerId };
const ONE_YEAR = 365 * 24 * 3600;

/** The learner of this request; sets the cookie when the browser has none (or a malformed one). */
export async function labLearner(): Promise<string> {
  const jar = await cookies();
  const existing = jar.get(LEARNER_COOKIE)?.value;
  if (isLearnerId(existing)) return existing;
  const id = newLearnerId();
  jar.set(LEARNER_COOKIE, id, { httpOnly: true, sameSite: "lax", path: "/", maxAge: ONE_YEAR });
  return id;
}
