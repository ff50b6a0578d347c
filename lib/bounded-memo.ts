// A remembered pure function of a string, for the wire's per-request work whose inputs repeat (the
// request path, parameter names, the peer's address). Bounded: past `max` distinct keys the memory
// starts over, so a client sending endless distinct values cannot grow it.
export function boundedMemo<V>(compute: (key: string) => V, max = 10_000): (key: string) => V {
  const known = new Map<string, V>();
  return (key) => {
    if (known.has(key)) return known.get(key) as V;
    const value = compute(key);
    if (known.size >= max) known.clear();
    known.set(key, value);
    return value;
  };
}
