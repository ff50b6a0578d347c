// Classroom join codes (training spec §6): a script's sandbox has no browser owner until its one-time
// code is redeemed; the code is stored only as its SHA-256, works once, expires after 7 days, a new one
// replaces the old, and wrong codes are throttled per client address with one answer for all failures.
import { createHash } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { openSandbox, type Sandbox } from "@/lib/testing/sandbox";
import { serverNowMs } from "@/lib/server-now";
import { isUnclaimed, startClassroomSandbox } from "./classroom";
import { issueJoinCode, JOIN_CODE_DAYS, newJoinCode, normaliseJoinCode, redeemJoinCode } from "./join-code";
import { JOIN_RULE, joinSandbox } from "./join";
import { deleteSandbox, provisionSandbox, SANDBOXES_PER_LEARNER } from "./provision";

let sb: Sandbox;
beforeAll(async () => {
  sb = await openSandbox();
});

const DAY = 24 * 3600 * 1000;
let learners = 0;
/** A fresh id in the lab_learner cookie's shape (22+ base64url characters). */
const newLearner = () => `learner${String(++learners).padStart(4, "0")}xxxxxxxxxxxxxxxx`;

describe("join codes", () => {
  it("are 16 Crockford base32 characters from the CSPRNG, read back however they are typed", () => {
    const codes = new Set(Array.from({ length: 200 }, newJoinCode));
    expect(codes.size).toBe(200);
    for (const code of codes) expect(code).toMatch(/^[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){3}$/);
    expect(normaliseJoinCode(" abcd-efgh 0o1i-lmnp ")).toBe("ABCDEFGH00111MNP");
    expect(normaliseJoinCode("ABCD-EFGH-JKMN-PQRU")).toBeNull(); // U is not in the alphabet
    expect(normaliseJoinCode("ABCD-EFGH-JKMN")).toBeNull();
    expect(normaliseJoinCode(42)).toBeNull();
  });

  it("a script's sandbox is owned by no browser, keeps only the code's SHA-256, and its name", async () => {
    const now = new Date(serverNowMs());
    const made = await startClassroomSandbox(sb.db, "ada@example.edu", now);
    const row = await sb.db.sandbox.findUniqueOrThrow({ where: { id: made.sandbox.id } });
    expect(isUnclaimed(row.learnerId)).toBe(true);
    expect(row.learnerName).toBe("ada@example.edu");
    expect(row.joinCodeHash).toBe(createHash("sha256").update(made.joinCode.code.replace(/-/g, "")).digest("hex"));
    expect(JSON.stringify(row)).not.toContain(made.joinCode.code.replace(/-/g, ""));
    expect(new Date(made.joinCode.expiresAt).getTime()).toBe(now.getTime() + JOIN_CODE_DAYS * DAY);
  });

  it("works once: the redeeming browser owns the sandbox, the next one gets null", async () => {
    const made = await startClassroomSandbox(sb.db, "grace");
    const first = newLearner();
    const joined = await redeemJoinCode(sb.db, made.joinCode.code.toLowerCase(), first);
    expect(joined?.id).toBe(made.sandbox.id);
    expect(joined?.users).toEqual(made.sandbox.users);
    const row = await sb.db.sandbox.findUniqueOrThrow({ where: { id: made.sandbox.id } });
    expect(row).toMatchObject({ learnerId: first, joinCodeHash: null, joinCodeExpiresAt: null });
    expect(await redeemJoinCode(sb.db, made.joinCode.code, newLearner())).toBeNull();
    expect(await redeemJoinCode(sb.db, made.joinCode.code, first)).toBeNull();
    expect((await sb.db.sandbox.findUniqueOrThrow({ where: { id: made.sandbox.id } })).learnerId).toBe(first);
  });

  it("two browsers racing with one code: exactly one wins", async () => {
    const made = await startClassroomSandbox(sb.db, "race");
    const [a, b] = [newLearner(), newLearner()];
    const results = await Promise.all([redeemJoinCode(sb.db, made.joinCode.code, a), redeemJoinCode(sb.db, made.joinCode.code, b)]);
    expect(results.filter(Boolean)).toHaveLength(1);
    const owner = (await sb.db.sandbox.findUniqueOrThrow({ where: { id: made.sandbox.id } })).learnerId;
    expect(owner).toBe(results[0] ? a : b);
  });

  it("expires after 7 days", async () => {
    const now = new Date(serverNowMs());
    const made = await startClassroomSandbox(sb.db, "late", now);
    const expiry = new Date(now.getTime() + JOIN_CODE_DAYS * DAY);
    expect(await redeemJoinCode(sb.db, made.joinCode.code, newLearner(), expiry)).toBeNull();
    expect(await redeemJoinCode(sb.db, made.joinCode.code, newLearner(), new Date(expiry.getTime() - 1))).not.toBeNull();
  });

  it("a new code replaces the old one and moves the sandbox to the browser that redeems it", async () => {
    const made = await startClassroomSandbox(sb.db, "mover");
    const laptop = newLearner();
    await redeemJoinCode(sb.db, made.joinCode.code, laptop);
    const second = await issueJoinCode(sb.db, made.sandbox.id);
    const third = await issueJoinCode(sb.db, made.sandbox.id);
    expect(await redeemJoinCode(sb.db, second.code, newLearner())).toBeNull();
    const desktop = newLearner();
    expect((await redeemJoinCode(sb.db, third.code, desktop))?.id).toBe(made.sandbox.id);
    expect((await sb.db.sandbox.findUniqueOrThrow({ where: { id: made.sandbox.id } })).learnerId).toBe(desktop);
    await expect(issueJoinCode(sb.db, "sbx-nonexistent")).rejects.toMatchObject({ code: "NotFound" });
  });

  it("a learner with 3 sandboxes cannot join a fourth; the code still works after one is deleted", async () => {
    const full = newLearner();
    const mine = [];
    for (let i = 0; i < SANDBOXES_PER_LEARNER; i++) mine.push(await provisionSandbox(sb.db, full));
    const made = await startClassroomSandbox(sb.db, "full");
    await expect(redeemJoinCode(sb.db, made.joinCode.code, full)).rejects.toMatchObject({ code: "LearnerLimit" });
    await deleteSandbox(sb.db, mine[0].id);
    expect((await redeemJoinCode(sb.db, made.joinCode.code, full))?.id).toBe(made.sandbox.id);
  }, 30_000);
});

describe("joinSandbox (the route's throttled redemption)", () => {
  it("one answer for wrong, malformed, used and expired codes", async () => {
    const made = await startClassroomSandbox(sb.db, "answers");
    const address = "198.51.100.20";
    expect(await joinSandbox(sb.db, "ABCD-EFGH-JKMN-PQRS", newLearner(), address)).toEqual({ ok: false, error: "INVALID" });
    expect(await joinSandbox(sb.db, "not a code", newLearner(), address)).toEqual({ ok: false, error: "INVALID" });
    expect((await joinSandbox(sb.db, made.joinCode.code, newLearner(), address)).ok).toBe(true);
    expect(await joinSandbox(sb.db, made.joinCode.code, newLearner(), address)).toEqual({ ok: false, error: "INVALID" });
    const expired = await startClassroomSandbox(sb.db, "expired", new Date(serverNowMs() - (JOIN_CODE_DAYS + 1) * DAY));
    expect(await joinSandbox(sb.db, expired.joinCode.code, newLearner(), address)).toEqual({ ok: false, error: "INVALID" });
  });

  it("throttles an address after 20 wrong codes, even its right one; another address is unaffected", async () => {
    const made = await startClassroomSandbox(sb.db, "throttled");
    const guesser = "203.0.113.99";
    const now = serverNowMs();
    for (let i = 0; i < JOIN_RULE.maxFailures; i++) {
      expect(await joinSandbox(sb.db, newJoinCode(), newLearner(), guesser, now)).toEqual({ ok: false, error: "INVALID" });
    }
    expect(await joinSandbox(sb.db, made.joinCode.code, newLearner(), guesser, now)).toEqual({ ok: false, error: "THROTTLED" });
    expect((await sb.db.sandbox.findUniqueOrThrow({ where: { id: made.sandbox.id } })).joinCodeHash).not.toBeNull();
    expect((await joinSandbox(sb.db, made.joinCode.code, newLearner(), "203.0.113.100", now)).ok).toBe(true);
    // The window passes: the guesser may try again.
    expect(await joinSandbox(sb.db, newJoinCode(), newLearner(), guesser, now + JOIN_RULE.windowMs + 1)).toEqual({ ok: false, error: "INVALID" });
  }, 30_000);
});
