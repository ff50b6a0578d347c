// RFC 6238 TOTP (HMAC-SHA1, 30-second steps, 6 digits), the algorithm virtual MFA apps use, through
// the otpauth library; this file only fixes the parameters AWS's virtual MFA devices use and says
// which step a code belongs to (callers refuse steps already used, so a code is never replayed).
import { HOTP, Secret, TOTP } from "otpauth";
import { idBytes } from "@/lib/ids";

export const STEP_SECONDS = 30;
const DIGITS = 6;

/** A 160-bit seed, base32: what AWS hands out as a virtual MFA device's Base32StringSeed. */
export function newTotpSecret(): string {
  // Through lib/ids: under SANDBOX_ID_SEED a demo's MFA codes repeat from run to run.
  const bytes = idBytes(20);
  return new Secret({ buffer: bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + 20) }).base32;
}

export function counterAt(time: number): number {
  return TOTP.counter({ period: STEP_SECONDS, timestamp: time });
}

/** The code of one step (`digits` other than 6 only for the RFC's test vectors). */
export function codeAt(secretBase32: string, counter: number, digits = DIGITS): string {
  return HOTP.generate({ secret: Secret.fromBase32(secretBase32), counter, digits });
}

export function totp(secretBase32: string, time: number = Date.now()): string { // wall clock: TOTP codes come from devices outside the sandbox
  return codeAt(secretBase32, counterAt(time));
}

/** The step a code belongs to, within ±1 step of `time` for clock drift, or null. */
export function matchTotp(secretBase32: string, code: string, time: number = Date.now()): number | null { // wall clock: TOTP codes come from devices outside the sandbox
  if (!/^\d{6}$/.test(code)) return null;
  const delta = TOTP.validate({ token: code, secret: Secret.fromBase32(secretBase32), period: STEP_SECONDS, digits: DIGITS, timestamp: time, window: 1 });
  return delta === null ? null : counterAt(time) + delta;
}

/** The otpauth:// URI an authenticator app reads from the QR code. */
export function otpauthUri(account: string, issuer: string, secretBase32: string): string {
  return new TOTP({ issuer, label: account, secret: Secret.fromBase32(secretBase32), period: STEP_SECONDS, digits: DIGITS }).toString();
}
