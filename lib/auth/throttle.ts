// Sign-in throttling, per account+user and per client, each with its own budget, so a flood of
// wrong passwords against one identity (or from one client) never locks out anyone else.
// In-memory: one server process holds the sandbox; a multi-instance deployment needs a shared store.

interface Window {
  failures: number[];
}

export interface ThrottleRule {
  maxFailures: number;
  windowMs: number;
}

export const IDENTITY_RULE: ThrottleRule = { maxFailures: 5, windowMs: 5 * 60_000 };
export const CLIENT_RULE: ThrottleRule = { maxFailures: 50, windowMs: 10 * 60_000 };

export class Throttle {
  private readonly windows = new Map<string, Window>();

  constructor(private readonly rule: ThrottleRule) {}

  private recent(key: string, now: number): number[] {
    const w = this.windows.get(key);
    if (!w) return [];
    w.failures = w.failures.filter((t) => now - t < this.rule.windowMs);
    if (w.failures.length === 0) this.windows.delete(key);
    return w.failures;
  }

  isBlocked(key: string, now = Date.now()): boolean {
    return this.recent(key, now).length >= this.rule.maxFailures;
  }

  recordFailure(key: string, now = Date.now()): void {
    const failures = this.recent(key, now);
    if (failures.length === 0) this.windows.set(key, { failures: [now] });
    else failures.push(now);
  }

  reset(key: string): void {
    this.windows.delete(key);
  }
}

const globalThrottles = globalThis as unknown as { __signInThrottles?: { identity: Throttle; client: Throttle } };
export const signInThrottles = (globalThrottles.__signInThrottles ??= {
  identity: new Throttle(IDENTITY_RULE),
  client: new Throttle(CLIENT_RULE),
});
