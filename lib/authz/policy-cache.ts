// Gathering a caller's policies costs several queries per request; the compiled documents are
// already memoised by the engine. This cache keeps each principal's gathered set until the data layer
// reports a write that can change authorization (lib/db-writes.ts). A short TTL covers changes made
// by another process (`npm run sandbox:reset` while the server runs); several server processes
// would each need a shared signal.
import { authzGeneration } from "@/lib/db-writes";

const TTL_MS = 5_000;
const MAX_ENTRIES = 10_000;

const entries = new Map<string, { gen: number; at: number; value: unknown }>();

export async function cachedPolicies<T>(key: string, load: () => Promise<T>, now = Date.now()): Promise<T> {
  const hit = entries.get(key);
  if (hit && hit.gen === authzGeneration() && now - hit.at < TTL_MS) return hit.value as T;
  const gen = authzGeneration();
  const value = await load();
  // A write that landed while loading makes this result stale: don't keep it.
  if (gen === authzGeneration()) {
    if (entries.size >= MAX_ENTRIES) entries.clear();
    entries.set(key, { gen, at: now, value });
  }
  return value;
}
