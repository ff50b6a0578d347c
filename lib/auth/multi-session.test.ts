// Multi-session: at most five identities, the sixth refused with the limit message; the signed list
// cannot be forged or altered; re-signing in as a present identity keeps its slot; expired entries drop.
// AWS: https://docs.aws.amazon.com/awsconsolehelpdocs/latest/gsg/multisession.html [INF: page recalled]
import { describe, expect, it } from "vitest";
import { addSession, decodeSessions, encodeSessions, findSession, isSessionId, MAX_SESSIONS, removeSession, SESSION_LIMIT_MESSAGE, type ConsoleSessionEntry } from "./multi-session";
import type { SignedInIdentity } from "./sign-in";

const NOW = Date.UTC(2026, 11, 7, 9, 0, 0);
const HOUR = 3600_000;
const who = (name: string, signedInAt = NOW): SignedInIdentity => ({
  kind: "user",
  accountId: "111111111111",
  userId: `AIDA${name.toUpperCase()}`,
  name,
  arn: `arn:aws:iam::111111111111:user/${name}`,
  mfa: false,
  signedInAt,
});

function fill(n: number): ConsoleSessionEntry[] {
  let list: ConsoleSessionEntry[] = [];
  for (let i = 0; i < n; i++) {
    const r = addSession(list, who(`u${i}`));
    if (!r.ok) throw new Error(r.message);
    list = r.list;
  }
  return list;
}

describe("multi-session list", () => {
  it("holds five identities, each with its own URL id, and refuses the sixth", () => {
    const five = fill(MAX_SESSIONS);
    expect(new Set(five.map((s) => s.id)).size).toBe(5);
    expect(five.every((s) => isSessionId(s.id))).toBe(true);
    expect(addSession(five, who("sixth"))).toEqual({ ok: false, message: SESSION_LIMIT_MESSAGE });
  });

  it("keeps one slot per identity: signing in again replaces it, even when full", () => {
    const five = fill(MAX_SESSIONS);
    const again = addSession(five, who("u2", NOW + HOUR));
    expect(again.ok && again.id).toBe(five[2].id);
    expect(again.ok && again.list[2].identity.signedInAt).toBe(NOW + HOUR);
    expect(again.ok && again.list).toHaveLength(5);
  });

  it("round-trips through the signed cookie; a forged or altered cookie yields no sessions", () => {
    const list = fill(2);
    const raw = encodeSessions(list);
    expect(decodeSessions(raw, NOW, 12 * HOUR)).toEqual(list);
    const [payload, sig] = raw.split(".");
    const forged = Buffer.from(JSON.stringify([{ id: "aaaaaaaa", identity: { ...who("admin"), kind: "root" } }])).toString("base64url");
    expect(decodeSessions(`${forged}.${sig}`, NOW, 12 * HOUR)).toEqual([]);
    // A different first character whatever the signature starts with (a fixed "x" was a no-op 1 time in 64).
    const altered = `${sig[0] === "x" ? "y" : "x"}${sig.slice(1)}`;
    expect(decodeSessions(`${payload}.${altered}`, NOW, 12 * HOUR)).toEqual([]);
    expect(decodeSessions("not-a-cookie", NOW, 12 * HOUR)).toEqual([]);
  });

  it("drops sessions older than the console session lifetime", () => {
    const list = [...fill(1), { id: "oldoldol", identity: who("old", NOW - 13 * HOUR) }];
    expect(decodeSessions(encodeSessions(list), NOW, 12 * HOUR).map((s) => s.identity.name)).toEqual(["u0"]);
  });

  it("finds a session only by a well-formed id it holds; removes by id", () => {
    const list = fill(2);
    expect(findSession(list, list[1].id)?.identity.name).toBe("u1");
    expect(findSession(list, "zzzzzzzz")).toBeUndefined();
    expect(findSession(list, "../etc")).toBeUndefined();
    expect(removeSession(list, list[0].id).map((s) => s.identity.name)).toEqual(["u1"]);
  });
});
