// The authorization generation shared by every instance on one database: a row (CacheGeneration
// 'authz') bumped after each committed write that can change who may do what, and polled by each
// process's policy cache at most every POLL_MS — so a write through one instance (or a
// `sandbox:reset` from another process) is seen by every other within POLL_MS plus one request.
// A bump is sent after the write commits: bumped before, another instance could reload the old
// rows and cache them under the new generation.
import type { PrismaClient } from "@/generated/prisma/client";

export const AUTHZ_GENERATION = "authz";
/** How old the last read may be; one cheap primary-key read per process per interval, on demand. */
export const POLL_MS = 250;

type GenerationClient = Pick<PrismaClient, "cacheGeneration">;

export async function bumpGeneration(client: GenerationClient, name = AUTHZ_GENERATION): Promise<void> {
  // The row exists from the migration on: the update branch is the one that runs.
  await client.cacheGeneration.upsert({ where: { name }, create: { name, value: 1 }, update: { value: { increment: 1 } } });
}

export async function readGeneration(client: GenerationClient, name = AUTHZ_GENERATION): Promise<number> {
  return (await client.cacheGeneration.findUnique({ where: { name } }))?.value ?? 0;
}

/** The last value read, read again (once, however many callers wait) when older than pollMs. */
export class GenerationWatcher {
  private value = 0;
  private readAt = Number.NEGATIVE_INFINITY;
  private pending: Promise<number> | undefined;

  constructor(
    private readonly read: () => Promise<number>,
    private readonly pollMs = POLL_MS,
  ) {}

  /** The value without waiting (what the last read saw). */
  latest(): number {
    return this.value;
  }

  /** The value when the last read is recent enough, else undefined (then await current()). */
  fresh(now = Date.now()): number | undefined { // wall clock: a cache's age
    return now - this.readAt < this.pollMs ? this.value : undefined;
  }

  async current(now = Date.now()): Promise<number> { // wall clock: a cache's age
    if (now - this.readAt < this.pollMs) return this.value;
    if (!this.pending) {
      // Stamped with the time the read started: a commit after that is not in what it returns.
      const started = Date.now(); // wall clock: a cache's age
      this.pending = this.read().then(
        (v) => {
          this.value = v;
          this.readAt = started;
          this.pending = undefined;
          return v;
        },
        (e: unknown) => {
          this.pending = undefined;
          throw e;
        },
      );
    }
    return this.pending;
  }
}
