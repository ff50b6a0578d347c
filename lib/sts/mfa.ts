// MFA codes passed to STS (SerialNumber + TokenCode): checked against the caller's virtual MFA
// device with the same TOTP window and replay rule as console sign-in.
import { db } from "@/lib/db";
import { AwsError } from "@/lib/errors";
import { matchTotp } from "@/lib/auth/totp";
import type { Caller } from "@/lib/authz/caller";

export const MFA_BOTH_REQUIRED = "MultiFactorAuthentication failed, must provide both MFA serial number and one time pass code.";
export const MFA_INVALID_CODE = "MultiFactorAuthentication failed with invalid MFA one time pass code.";
export const MFA_UNKNOWN_DEVICE =
  "MultiFactorAuthentication failed, unable to validate MFA code.  Please verify your MFA serial number is valid and associated with this user.";

/** The device must belong to the calling user (or the root, for root callers). */
async function deviceFor(caller: Caller, serialNumber: string) {
  const device = await db.mfaDevice.findUnique({ where: { serialNumber } });
  if (!device) return null;
  if (caller.kind === "user") return device.userId === caller.userId ? device : null;
  if (caller.kind === "root") return device.userId === null && device.accountId === caller.accountId ? device : null;
  // A role session has no device of its own; the chain's original user typed the code [INF].
  return device;
}

/**
 * Returns the verification time when a code was passed and verified, undefined when neither
 * parameter was passed; throws AccessDenied with AWS's texts otherwise.
 */
export async function verifyMfa(caller: Caller, serialNumber: string | undefined, tokenCode: string | undefined, now: Date): Promise<Date | undefined> {
  if (serialNumber === undefined && tokenCode === undefined) return undefined;
  if (serialNumber === undefined || tokenCode === undefined) throw new AwsError("AccessDenied", MFA_BOTH_REQUIRED);
  const device = await deviceFor(caller, serialNumber);
  if (!device) throw new AwsError("AccessDenied", MFA_UNKNOWN_DEVICE);
  const step = matchTotp(device.secret, tokenCode, now.getTime());
  if (step === null || step <= device.lastCounter) throw new AwsError("AccessDenied", MFA_INVALID_CODE);
  // Conditional update: of two concurrent requests with the same code, only one wins.
  const won = await db.mfaDevice.updateMany({ where: { serialNumber, lastCounter: { lt: step } }, data: { lastCounter: step } });
  if (won.count === 0) throw new AwsError("AccessDenied", MFA_INVALID_CODE);
  return now;
}
