import type { ContextValue } from "../../types";

/**
 * Null tests presence: "true" holds when the key is absent (an empty multivalued key counts as
 * absent), "false" when it is present. Listed values OR together; other values never hold.
 * It takes no IfExists suffix and no set prefix.
 */
export function matchNull(values: string[], contextValue: ContextValue | undefined): boolean {
  const absent = contextValue === undefined || (Array.isArray(contextValue) && contextValue.length === 0);
  return values.some((v) => {
    const folded = v.trim().toLowerCase();
    return folded === (absent ? "true" : "false");
  });
}
