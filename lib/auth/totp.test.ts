import { describe, expect, it } from "vitest";
import { base32Decode, base32Encode, hotp, matchTotp, totp } from "./totp";

// RFC 6238 Appendix B test vectors (SHA-1, 8 digits) with the seed "12345678901234567890".
const seed = Buffer.from("12345678901234567890");

describe("totp", () => {
  it("matches the RFC 6238 SHA-1 vectors", () => {
    const vectors: [number, string][] = [
      [59, "94287082"],
      [1111111109, "07081804"],
      [1111111111, "14050471"],
      [1234567890, "89005924"],
      [2000000000, "69279037"],
    ];
    for (const [t, code] of vectors) expect(hotp(seed, Math.floor(t / 30), 8)).toBe(code);
  });

  it("round-trips base32", () => {
    expect(base32Decode(base32Encode(seed)).equals(seed)).toBe(true);
    expect(base32Encode(Buffer.from("foobar"))).toBe("MZXW6YTBOI");
  });

  it("accepts the current and adjacent steps only", () => {
    const secret = base32Encode(seed);
    const t = 1_700_000_000_000;
    expect(matchTotp(secret, totp(secret, t), t)).toBe(Math.floor(t / 30000));
    expect(matchTotp(secret, totp(secret, t - 30000), t)).not.toBeNull();
    expect(matchTotp(secret, totp(secret, t - 90000), t)).toBeNull();
    expect(matchTotp(secret, "12345", t)).toBeNull();
  });
});
