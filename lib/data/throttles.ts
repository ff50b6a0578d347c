// Sign-in throttles kept in the database, so every instance behind one sandbox counts the same
// failures: a row per failed attempt and rule, counted over the rule's window. Rows older than the
// window are pruned as failures come in (this key's at once, everyone's at most once a minute).
import type { PrismaClient } from "@/generated/prisma/client";
import { serverNowMs } from "@/lib/server-now";

export interface ThrottleRule {
  maxFailures: number;
  windowMs: number;
}

type ThrottleClient = Pick<PrismaClient, "signInFailure">;

const SWEEP_EVERY_MS = 60_000;

export class Throttle {
  private sweptAt = Number.NEGATIVE_INFINITY;

  constructor(
    private readonly scope: string,
    private readonly rule: ThrottleRule,
    private readonly client: () => ThrottleClient,
  ) {}

  private since(now: number): Date {
    return new Date(now - this.rule.windowMs);
  }

  async isBlocked(key: string, now = serverNowMs()): Promise<boolean> {
    const failures = await this.client().signInFailure.count({ where: { scope: this.scope, key, at: { gt: this.since(now) } } });
    return failures >= this.rule.maxFailures;
  }

  async recordFailure(key: string, now = serverNowMs()): Promise<void> {
    const rows = this.client().signInFailure;
    await rows.create({ data: { scope: this.scope, key, at: new Date(now) } });
    const sweepAll = now - this.sweptAt >= SWEEP_EVERY_MS;
    if (sweepAll) this.sweptAt = now;
    await rows.deleteMany({ where: { scope: this.scope, ...(sweepAll ? {} : { key }), at: { lte: this.since(now) } } });
  }

  async reset(key: string): Promise<void> {
    await this.client().signInFailure.deleteMany({ where: { scope: this.scope, key } });
  }
}
