import type { ContextValue, RequestContext } from "./types";

// AWS matches condition key names case-insensitively (aws:SourceIp ≡ AWS:sourceip), tag-key
// suffixes included, so the whole key is folded once here and every lookup folds the same way.
class MapContext implements RequestContext {
  private readonly byKey = new Map<string, ContextValue>();
  private readonly names: string[] = [];

  constructor(entries: Record<string, ContextValue | undefined>) {
    for (const name of Object.keys(entries)) {
      const value = entries[name];
      if (value === undefined) continue;
      const folded = name.toLowerCase();
      if (!this.byKey.has(folded)) this.names.push(name);
      // Copy arrays so later mutation of the caller's object cannot change a decision.
      this.byKey.set(folded, Array.isArray(value) ? [...value] : value);
    }
  }

  get(key: string): ContextValue | undefined {
    return this.byKey.get(key.toLowerCase());
  }

  keys(): string[] {
    return [...this.names];
  }
}

/** A request context; keys are case-insensitive and `undefined` entries are absent keys. */
export function createContext(entries: Record<string, ContextValue | undefined>): RequestContext {
  return new MapContext(entries);
}
