// callerContext is built by assignment (no spreads, for speed): extra keys must still win over the
// built-in ones exactly as `{ ...entries, ...extra }` did, an undefined one included.
import { describe, expect, it } from "vitest";
import { createContext } from "@/lib/policy";
import type { Caller } from "./caller";
import { callerContext } from "./context";

const user: Caller = { kind: "user", accountId: "111111111111", arn: "arn:aws:iam::111111111111:user/ana", userId: "AIDAANA", userName: "ana", mfa: false, via: "api", sourceIp: "198.51.100.7" };
const NOW = new Date(Date.UTC(2026, 10, 22, 14, 0, 0, 500));

describe("callerContext", () => {
  it("carries the request and principal keys, time in whole seconds", () => {
    const ctx = createContext(callerContext(user, NOW));
    expect(ctx.get("aws:CurrentTime")).toBe("2026-11-22T14:00:00Z");
    expect(ctx.get("aws:EpochTime")).toBe("1795356000");
    expect(ctx.get("aws:SourceIp")).toBe("198.51.100.7");
    expect(ctx.get("aws:username")).toBe("ana");
    expect(ctx.get("aws:MultiFactorAuthPresent")).toBeUndefined();
  });

  it("lets extra keys override and remove built-in ones, keeping the first key order", () => {
    const entries = callerContext(user, NOW, { "aws:SourceIp": "203.0.113.9", "aws:username": undefined, "sts:RoleSessionName": "s" });
    expect(entries["aws:SourceIp"]).toBe("203.0.113.9");
    const ctx = createContext(entries);
    expect(ctx.get("aws:username")).toBeUndefined();
    expect(ctx.keys().indexOf("aws:SourceIp")).toBeLessThan(ctx.keys().indexOf("aws:PrincipalArn"));
    expect(ctx.keys().at(-1)).toBe("sts:RoleSessionName");
  });

  it("formats each instant it is given, not the last one it saw", () => {
    const later = new Date(NOW.getTime() + 61_000);
    const session = { accessKeyId: "ASIAX", name: "s", issuedAt: NOW, expiresAt: later, sessionPolicyArns: [] };
    const a = callerContext({ ...user, session }, later);
    expect([a["aws:CurrentTime"], a["aws:TokenIssueTime"]]).toEqual(["2026-11-22T14:01:01Z", "2026-11-22T14:00:00Z"]);
    expect(callerContext(user, NOW)["aws:CurrentTime"]).toBe("2026-11-22T14:00:00Z");
  });
});
