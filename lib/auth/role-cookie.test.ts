import { describe, expect, it } from "vitest";
import { decodeHistory, decodeRoleCookie, encodeRoleCookie, pushHistory, type HistoryEntry } from "./role-cookie";

process.env.NEXTAUTH_SECRET = "test-secret";

const cookie = {
  identityArn: "arn:aws:iam::111111111111:user/alice",
  accessKeyId: "ASIAEXAMPLE000000001",
  accountId: "111111111111",
  roleName: "AWSIAMRoleForRDS",
  displayName: "AWSIAMRoleForRDS @ 111111111111",
  color: "83d4e8",
};

describe("role cookie", () => {
  it("round-trips and rejects tampering", () => {
    const raw = encodeRoleCookie(cookie);
    expect(decodeRoleCookie(raw)).toEqual(cookie);
    const [payload, sig] = raw.split(".");
    const forged = Buffer.from(JSON.stringify({ ...cookie, identityArn: "arn:aws:iam::111111111111:user/admin" })).toString("base64url");
    expect(decodeRoleCookie(`${forged}.${sig}`)).toBeNull();
    expect(decodeRoleCookie(`${payload}.x${sig.slice(1)}`)).toBeNull();
    expect(decodeRoleCookie("garbage")).toBeNull();
  });

  it("keeps the last five distinct roles, most recent first", () => {
    let raw = "";
    for (let i = 1; i <= 7; i++) {
      const entry: HistoryEntry = { accountId: "111111111111", roleName: `R${i}`, displayName: `R${i}`, color: null };
      raw = pushHistory(decodeHistory(raw), entry);
    }
    raw = pushHistory(decodeHistory(raw), { accountId: "111111111111", roleName: "r5", displayName: "again", color: null });
    expect(decodeHistory(raw).map((h) => h.roleName)).toEqual(["r5", "R7", "R6", "R4", "R3"]);
  });
});
