// The instructor's proof (lib/sandbox/instructor.ts): the token from SANDBOX_INSTRUCTOR_TOKEN or the data
// directory's file, compared in constant time; a session cookie that only the server's auth secret and
// the current token can mint, which expires, and dies when the token changes; wrong tokens throttled.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { openSandbox, type Sandbox } from "@/lib/testing/sandbox";
import { serverNowMs } from "@/lib/server-now";
import {
  bearerMatches,
  INSTRUCTOR_COOKIE,
  INSTRUCTOR_SESSION_SECONDS,
  instructorCookieFrom,
  instructorSessionValue,
  instructorTokenSource,
  isInstructorSession,
  tokenMatches,
} from "./instructor";
import { INSTRUCTOR_RULE, instructorSignIn } from "./instructor-sign-in";

const TOKEN = "classroom-token-0123456789";
const SECRET = "auth-secret-for-tests-0000000000000000000";

describe("the instructor token", () => {
  it("is SANDBOX_INSTRUCTOR_TOKEN when set, else the data directory's file; a short one turns the view off", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "instructor-"));
    expect(instructorTokenSource({}, dir)).toMatchObject({ token: null });
    writeFileSync(path.join(dir, "instructor-token"), "generated-token-abcdefghijkl\n");
    expect(instructorTokenSource({}, dir)).toEqual({ token: "generated-token-abcdefghijkl", from: "file" });
    expect(instructorTokenSource({ SANDBOX_INSTRUCTOR_TOKEN: TOKEN }, dir)).toEqual({ token: TOKEN, from: "env" });
    const short = instructorTokenSource({ SANDBOX_INSTRUCTOR_TOKEN: "short" }, dir);
    expect(short.token).toBeNull();
    expect("problem" in short && short.problem).toContain("shorter than 16");
  });

  it("matches only the exact token (surrounding spaces forgiven), never a non-string or nothing", () => {
    expect(tokenMatches(TOKEN, TOKEN)).toBe(true);
    expect(tokenMatches(` ${TOKEN}\n`, TOKEN)).toBe(true);
    expect(tokenMatches(TOKEN.slice(0, -1), TOKEN)).toBe(false);
    expect(tokenMatches(`${TOKEN}x`, TOKEN)).toBe(false);
    expect(tokenMatches("", TOKEN)).toBe(false);
    expect(tokenMatches(["x"], TOKEN)).toBe(false);
    expect(tokenMatches(TOKEN, null)).toBe(false);
    expect(bearerMatches(`Bearer ${TOKEN}`, TOKEN)).toBe(true);
    expect(bearerMatches(`bearer ${TOKEN}`, TOKEN)).toBe(true);
    expect(bearerMatches(`Basic ${TOKEN}`, TOKEN)).toBe(false);
    expect(bearerMatches("Bearer instructor", TOKEN)).toBe(false);
    expect(bearerMatches(null, TOKEN)).toBe(false);
  });
});

describe("the lab_instructor session cookie", () => {
  it("verifies for the token and secret that minted it, until it expires", async () => {
    const now = serverNowMs();
    const value = await instructorSessionValue(TOKEN, now, SECRET);
    expect(await isInstructorSession(value, TOKEN, now, SECRET)).toBe(true);
    expect(await isInstructorSession(value, TOKEN, now + (INSTRUCTOR_SESSION_SECONDS - 5) * 1000, SECRET)).toBe(true);
    expect(await isInstructorSession(value, TOKEN, now + (INSTRUCTOR_SESSION_SECONDS + 5) * 1000, SECRET)).toBe(false);
  });

  it("is refused after the token changes, under another server's secret, tampered with, or forged unsigned", async () => {
    const now = serverNowMs();
    const value = await instructorSessionValue(TOKEN, now, SECRET);
    expect(await isInstructorSession(value, "another-token-0123456789", now, SECRET)).toBe(false);
    expect(await isInstructorSession(value, TOKEN, now, `${SECRET}x`)).toBe(false);
    const [header, payload, signature] = value.split(".");
    const flipped = signature[0] === "A" ? `B${signature.slice(1)}` : `A${signature.slice(1)}`;
    expect(await isInstructorSession(`${header}.${payload}.${flipped}`, TOKEN, now, SECRET)).toBe(false);
    const none = Buffer.from(JSON.stringify({ alg: "none" })).toString("base64url");
    expect(await isInstructorSession(`${none}.${payload}.`, TOKEN, now, SECRET)).toBe(false);
    expect(await isInstructorSession("instructor", TOKEN, now, SECRET)).toBe(false);
    expect(await isInstructorSession(undefined, TOKEN, now, SECRET)).toBe(false);
  });

  it("is read from a raw Cookie header by its name only", () => {
    expect(instructorCookieFrom(`lab_learner=abc; ${INSTRUCTOR_COOKIE}=v.w.x; other=1`)).toBe("v.w.x");
    expect(instructorCookieFrom("xlab_instructor=v.w.x")).toBeUndefined();
    expect(instructorCookieFrom(undefined)).toBeUndefined();
  });
});

describe("instructorSignIn", () => {
  let sb: Sandbox;
  beforeAll(async () => {
    sb = await openSandbox();
  });

  it("accepts the token, refuses a wrong one, and throttles an address after 10 wrong ones", async () => {
    const now = serverNowMs();
    expect(await instructorSignIn(sb.db, TOKEN, "198.51.100.30", TOKEN, now)).toEqual({ ok: true, token: TOKEN });
    expect(await instructorSignIn(sb.db, TOKEN, "198.51.100.30", null, now)).toEqual({ ok: false, error: "OFF" });
    const guesser = "198.51.100.31";
    for (let i = 0; i < INSTRUCTOR_RULE.maxFailures; i++) {
      expect(await instructorSignIn(sb.db, `guess-${i}-000000000000`, guesser, TOKEN, now)).toEqual({ ok: false, error: "INVALID" });
    }
    expect(await instructorSignIn(sb.db, TOKEN, guesser, TOKEN, now)).toEqual({ ok: false, error: "THROTTLED" });
    expect((await instructorSignIn(sb.db, TOKEN, "198.51.100.32", TOKEN, now)).ok).toBe(true);
    expect((await instructorSignIn(sb.db, TOKEN, guesser, TOKEN, now + INSTRUCTOR_RULE.windowMs + 1)).ok).toBe(true);
  });
});
