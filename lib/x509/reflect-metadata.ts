// @peculiar/x509 loads tsyringe, which refuses to start without the Reflect metadata API (it is a
// polyfill no dependency here installs). The three functions tsyringe calls, on a WeakMap; imported
// before @peculiar/x509 (ES modules evaluate their imports in order).
type Target = object;
const store = new WeakMap<Target, Map<string | symbol | undefined, Map<unknown, unknown>>>();
const R = Reflect as unknown as Record<string, unknown>;

function table(target: Target, property: string | symbol | undefined, create: boolean): Map<unknown, unknown> | undefined {
  let byProperty = store.get(target);
  if (!byProperty && create) store.set(target, (byProperty = new Map()));
  let entries = byProperty?.get(property);
  if (!entries && create && byProperty) byProperty.set(property, (entries = new Map()));
  return entries;
}

if (typeof R.getMetadata !== "function") {
  R.defineMetadata = (key: unknown, value: unknown, target: Target, property?: string | symbol) => void table(target, property, true)?.set(key, value);
  R.getOwnMetadata = (key: unknown, target: Target, property?: string | symbol) => table(target, property, false)?.get(key);
  R.getMetadata = (key: unknown, target: Target, property?: string | symbol): unknown => {
    for (let t: Target | null = target; t; t = Object.getPrototypeOf(t)) {
      const found = table(t, property, false);
      if (found?.has(key)) return found.get(key);
    }
    return undefined;
  };
}

export {};
