// TOTP rules of MFA devices: the per-user quota, and the two consecutive codes that Enable and
// Resync take.
import { codeAt, counterAt } from "@/lib/iam/mfa-devices/totp";

/** AWS's quota of MFA devices per user; sign-in accepts a code from any of them. */
export const MFA_DEVICES_PER_USER = 8;
/** Steps of clock drift tolerated between the authenticator app and the server when enabling. */
const ENABLE_WINDOW_STEPS = 3;

/** The step of code 2 when code 1 and code 2 are consecutive codes near `now`, else null. */
export function consecutiveCodesStep(
  secret: string,
  code1: string,
  code2: string,
  now = Date.now(), // wall clock: TOTP codes come from devices outside the sandbox
  window: { behind: number; ahead: number } = { behind: ENABLE_WINDOW_STEPS, ahead: 1 },
): number | null {
  if (!/^\d{6}$/.test(code1) || !/^\d{6}$/.test(code2)) return null;
  const current = counterAt(now);
  for (let step = current + window.ahead; step >= current - window.behind; step--) {
    if (codeAt(secret, step) === code2 && codeAt(secret, step - 1) === code1) return step;
  }
  return null;
}

