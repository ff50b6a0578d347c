import "server-only";
// Who is the instructor on a request (lib/sandbox/instructor.ts): a live httpOnly lab_instructor cookie,
// or a script's `Authorization: Bearer <token>`. Nothing else: no header that names a role counts.
import { cookies, headers } from "next/headers";
import { db } from "@/lib/db";
import { instructorSignIn } from "@/lib/sandbox/instructor-sign-in";
import { bearerMatches, INSTRUCTOR_COOKIE, INSTRUCTOR_SESSION_SECONDS, instructorSessionValue, instructorTokenSource, isInstructorSession } from "@/lib/sandbox/instructor";

export type InstructorProof = "cookie" | "bearer" | null;

/** How this request proves it is the instructor's, if it does. */
export async function instructorProof(): Promise<InstructorProof> {
  const source = instructorTokenSource();
  if (!source.token) return null;
  if (bearerMatches((await headers()).get("authorization"), source.token)) return "bearer";
  return (await isInstructorSession((await cookies()).get(INSTRUCTOR_COOKIE)?.value, source.token)) ? "cookie" : null;
}

/** Sets the instructor cookie (the token was checked by the caller). Strict: no other site's link carries it. */
export async function setInstructorCookie(token: string): Promise<void> {
  const value = await instructorSessionValue(token);
  (await cookies()).set(INSTRUCTOR_COOKIE, value, { httpOnly: true, sameSite: "strict", path: "/", maxAge: INSTRUCTOR_SESSION_SECONDS });
}

export async function clearInstructorCookie(): Promise<void> {
  (await cookies()).delete(INSTRUCTOR_COOKIE);
}

/** The sign-in form's check of a presented token (throttled per client address), on the server's database. */
export function signInInstructor(given: unknown, clientAddress: string | undefined): ReturnType<typeof instructorSignIn> {
  return instructorSignIn(db, given, clientAddress);
}
