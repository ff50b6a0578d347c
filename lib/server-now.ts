// The server's clock: every time the sandbox records or shows (STS issue and expiry times,
// CloudTrail event times, CreateDate, sign-in and last-used times, activity) is read here, never
// from `new Date()` (guard: lib/server-now.test.ts). SANDBOX_CLOCK (training spec §10) fixes the
// instant the server process started: the clock then runs at real speed from there, so demos and
// their screenshots show the same dates on every run. Unset, it is the real clock.
//
// Clocks outside the sandbox stay real: a SigV4 signature's X-Amz-Date (the CLI and SDKs sign with
// the machine's clock) and a TOTP code (an authenticator app's clock) are checked against
// realTimeMs(), the wall clock.

let parsed: { text: string; offsetMs: number } | null = null;

/** SANDBOX_CLOCK minus the real time the process started (0 when unset). */
export function sandboxClockOffsetMs(): number {
  const text = process.env.SANDBOX_CLOCK;
  if (!text) return 0;
  if (parsed?.text !== text) {
    const at = Date.parse(text);
    if (Number.isNaN(at)) throw new Error(`SANDBOX_CLOCK is not a date: ${JSON.stringify(text)} (e.g. 2026-01-15T10:00:00Z)`);
    parsed = { text, offsetMs: at - Math.round(performance.timeOrigin) };
  }
  return parsed.offsetMs;
}

/** Now, by the server's clock, in epoch milliseconds. */
export function serverNowMs(): number {
  return Date.now() + sandboxClockOffsetMs();
}

/** Now, by the server's clock. */
export function serverNow(): Date {
  return new Date(serverNowMs());
}

/** A server-clock instant on the wall clock: for checks against clocks outside the sandbox (SigV4 dates, TOTP codes). */
export function realTimeMs(serverTime: Date | number): number {
  return (typeof serverTime === "number" ? serverTime : serverTime.getTime()) - sandboxClockOffsetMs();
}

/** A wall-clock instant on the server's clock. */
export function serverTimeOf(realMs: number): Date {
  return new Date(realMs + sandboxClockOffsetMs());
}
