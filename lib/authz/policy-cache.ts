// Gathering a caller's policies costs several queries per request; the compiled documents are
// already memoised by the engine. This cache keeps each principal's gathered set until a write that
// can change authorization: this process's own writes at once (lib/db-writes.ts), those of other
// instances — and of `npm run sandbox:reset` — through the shared generation row, read at most
// every POLL_MS (lib/data/generation.ts). MAX_AGE_MS only bounds what a write that bypassed both
// would cost.
import { db } from "@/lib/db";
import { authzGeneration } from "@/lib/db-writes";
import { GenerationWatcher, readGeneration } from "@/lib/data/generation";

const MAX_AGE_MS = 60_000;
const MAX_ENTRIES = 10_000;

interface Entry {
  local: number;
  shared: number;
  at: number;
  value: unknown;
}

export class PolicyCache {
  private readonly entries = new Map<string, Entry>();

  constructor(
    private readonly shared: GenerationWatcher,
    /** The access graph (seconds to compute) keeps its entry until a write, however old. */
    private readonly maxAgeMs = MAX_AGE_MS,
  ) {}

  async get<T>(key: string, load: () => Promise<T>, now = Date.now()): Promise<T> { // wall clock: a cache's age
    const shared = this.shared.fresh() ?? (await this.shared.current());
    const local = authzGeneration();
    const hit = this.entries.get(key);
    if (hit && hit.local === local && hit.shared === shared && now - hit.at < this.maxAgeMs) return hit.value as T;
    const value = await load();
    // A write that landed while loading makes this result stale: don't keep it.
    if (local === authzGeneration() && shared === this.shared.latest()) {
      if (this.entries.size >= MAX_ENTRIES) this.entries.clear();
      this.entries.set(key, { local, shared, at: now, value });
    }
    return value;
  }
}

const processCache = new PolicyCache(new GenerationWatcher(() => readGeneration(db)));

export function cachedPolicies<T>(key: string, load: () => Promise<T>, now = Date.now()): Promise<T> { // wall clock: a cache's age
  return processCache.get(key, load, now);
}
