// Sign-in throttling, per client address + identity and per client address, each with its own
// budget. The address is the real one (lib/net, never a client header), and no budget is kept per
// identity alone: a flood of wrong passwords from one address cannot lock the user out for anyone
// else (the right password from another address still signs in).
// In-memory: one server process holds the sandbox; a multi-instance deployment needs a shared store.

interface Window {
  failures: number[];
}

export interface ThrottleRule {
  maxFailures: number;
  windowMs: number;
}

/** Failures from one address against one identity. */
export const IDENTITY_RULE: ThrottleRule = { maxFailures: 5, windowMs: 5 * 60_000 };
/** Failures from one address, whichever identities it tries. */
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

const globalThrottles = globalThis as unknown as { __signInThrottlesByAddress?: { identity: Throttle; client: Throttle } };
export const signInThrottles = (globalThrottles.__signInThrottlesByAddress ??= {
  identity: new Throttle(IDENTITY_RULE),
  client: new Throttle(CLIENT_RULE),
});
