// MFA codes passed to STS (SerialNumber + TokenCode): checked against the caller's virtual MFA
// device with the same TOTP window and replay rule as console sign-in. Checking and consuming are
// two steps so AssumeRole can consume a code only once the trust policy has allowed the call: a
// denied request must not burn the code.
import { db } from "@/lib/db";
import { deniedByRule } from "@/lib/authz/access-denied";
import { matchTotp } from "@/lib/iam/mfa-devices/totp";
import { realTimeMs } from "@/lib/server-now";
import type { Caller } from "@/lib/authz/caller";

export const MFA_BOTH_REQUIRED = "MultiFactorAuthentication failed, must provide both MFA serial number and one time pass code.";
export const MFA_INVALID_CODE = "MultiFactorAuthentication failed with invalid MFA one time pass code.";
export const MFA_UNKNOWN_DEVICE =
  "MultiFactorAuthentication failed, unable to validate MFA code.  Please verify your MFA serial number is valid and associated with this user.";

/** A code that verified and has not been used yet; `consumeMfa` marks it used. */
export interface CheckedMfa {
  serialNumber: string;
  step: number;
  verifiedAt: Date;
}

/** The device must belong to the calling user (or the root, for root callers). */
async function deviceFor(caller: Caller, serialNumber: string) {
  const device = await db.mfaDevice.findUnique({ where: { serialNumber } });
  if (!device) return null;
  if (caller.kind === "user") return device.userId === caller.userId ? device : null;
  // An unassigned virtual device (created, not yet enabled) verifies nothing.
  if (device.userId === null && device.enabledAt === null) return null;
  if (caller.kind === "root") return device.userId === null && device.accountId === caller.accountId ? device : null;
  // A role session has no device of its own; the chain's original user typed the code [INF].
  return device;
}

/**
 * Verifies the code without using it up: undefined when neither parameter was passed; AccessDenied
 * with AWS's texts for one parameter alone, an unknown device, a wrong code or one already used.
 */
export async function checkMfa(caller: Caller, serialNumber: string | undefined, tokenCode: string | undefined, now: Date): Promise<CheckedMfa | undefined> {
  if (serialNumber === undefined && tokenCode === undefined) return undefined;
  if (serialNumber === undefined || tokenCode === undefined) throw deniedByRule(MFA_BOTH_REQUIRED);
  const device = await deviceFor(caller, serialNumber);
  if (!device) throw deniedByRule(MFA_UNKNOWN_DEVICE);
  const step = matchTotp(device.secret, tokenCode, realTimeMs(now));
  if (step === null || step <= device.lastCounter) throw deniedByRule(MFA_INVALID_CODE);
  return { serialNumber, step, verifiedAt: now };
}

/** Marks a checked code used. Conditional update: of two concurrent requests with one code, only one wins. */
export async function consumeMfa(checked: CheckedMfa | undefined): Promise<void> {
  if (!checked) return;
  const won = await db.mfaDevice.updateMany({
    where: { serialNumber: checked.serialNumber, lastCounter: { lt: checked.step } },
    data: { lastCounter: checked.step },
  });
  if (won.count === 0) throw deniedByRule(MFA_INVALID_CODE);
}

/** Check and consume at once (GetSessionToken, where nothing else can refuse the call afterwards). */
export async function verifyMfa(caller: Caller, serialNumber: string | undefined, tokenCode: string | undefined, now: Date): Promise<Date | undefined> {
  const checked = await checkMfa(caller, serialNumber, tokenCode, now);
  await consumeMfa(checked);
  return checked?.verifiedAt;
}
