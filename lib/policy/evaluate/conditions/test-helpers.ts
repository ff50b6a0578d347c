import { createContext } from "../../context";
import type { ConditionBlock, ContextValue } from "../../types";
import { compileConditions, matchConditions } from "./index";

/** Whether `block` holds for a request with these context entries. */
export function holds(block: ConditionBlock, entries: Record<string, ContextValue | undefined> = {}): boolean {
  return matchConditions(compileConditions(block), createContext(entries)).matched;
}
