import { describe, expect, it } from "vitest";
import { Secret } from "otpauth";
import { codeAt, counterAt, matchTotp, newTotpSecret, otpauthUri, totp } from "./totp";

// RFC 6238 Appendix B test vectors (SHA-1, 8 digits) with the seed "12345678901234567890".
const secret = new Secret({ buffer: new TextEncoder().encode("12345678901234567890").buffer as ArrayBuffer }).base32;

describe("totp", () => {
  it("matches the RFC 6238 SHA-1 vectors", () => {
    const vectors: [number, string][] = [
      [59, "94287082"],
      [1111111109, "07081804"],
      [1111111111, "14050471"],
      [1234567890, "89005924"],
      [2000000000, "69279037"],
    ];
    for (const [t, code] of vectors) expect(codeAt(secret, counterAt(t * 1000), 8)).toBe(code);
  });

  it("makes 160-bit base32 seeds and an otpauth URI apps read", () => {
    expect(newTotpSecret()).toMatch(/^[A-Z2-7]{32}$/);
    expect(otpauthUri("alice@identity", "Amazon Web Services", secret)).toBe(
      `otpauth://totp/Amazon%20Web%20Services:alice%40identity?issuer=Amazon%20Web%20Services&secret=${secret}&algorithm=SHA1&digits=6&period=30`,
    );
  });

  it("accepts the current and adjacent steps only", () => {
    const t = 1_700_000_000_000;
    expect(matchTotp(secret, totp(secret, t), t)).toBe(Math.floor(t / 30000));
    expect(matchTotp(secret, totp(secret, t - 30000), t)).toBe(Math.floor(t / 30000) - 1);
    expect(matchTotp(secret, totp(secret, t + 30000), t)).toBe(Math.floor(t / 30000) + 1);
    expect(matchTotp(secret, totp(secret, t - 90000), t)).toBeNull();
    expect(matchTotp(secret, "12345", t)).toBeNull();
  });
});
