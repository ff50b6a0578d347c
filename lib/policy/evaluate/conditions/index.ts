// Condition blocks: compiled once per policy, matched per request. AWS semantics:
// all operators AND, all keys within an operator AND, the values listed for one key OR — for
// negated operators the request value must differ from every listed value.
import type { ConditionBlock, ConditionScalar, ContextValue, RequestContext } from "../../types";
import { compileTemplate, partsToText, resolveTemplate, type CompiledTemplate } from "../variables";
import { parsePattern } from "../wildcard";
import { matchNull } from "./null";
import type { AnyOperatorDef } from "./operator";
import { parseOperator, type ParsedOperator } from "./registry";

export { isKnownOperator, parseOperator } from "./registry";

/** A policy value: prepared once when it has no variables, else resolved per request. */
type CompiledValue =
  | { kind: "static"; text: string; prepared: unknown }
  | { kind: "template"; text: string; template: CompiledTemplate };

interface Entry {
  operator: string;
  key: string;
  parsed: ParsedOperator | undefined;
  values: CompiledValue[];
  /** The prepared values when none has a variable: the per-request work is then only the compare. */
  fixed: unknown[] | undefined;
}

export interface CompiledConditions {
  readonly size: number;
}

class Conditions implements CompiledConditions {
  constructor(readonly entries: Entry[]) {}
  get size(): number {
    return this.entries.length;
  }
}

export interface ConditionDetail {
  operator: string;
  key: string;
  values: string[];
  contextValue: ContextValue | undefined;
  matched: boolean;
}

function compileValue(parsed: ParsedOperator | undefined, text: string, variables: boolean): CompiledValue {
  if (parsed?.kind !== "base") return { kind: "static", text, prepared: undefined };
  const def = parsed.def;
  if (def.variables && variables) {
    const template = compileTemplate(text);
    if (template.hasVariables) return { kind: "template", text, template };
  }
  return { kind: "static", text, prepared: def.value(text, parsePattern(text)) };
}

/**
 * Assumes the parser accepted the block. An operator it does not know never matches.
 * `variables: false` for 2008-10-17 documents, where `${…}` is literal text.
 */
export function compileConditions(block: ConditionBlock, opts?: { variables?: boolean }): CompiledConditions {
  const variables = opts?.variables ?? true;
  const entries: Entry[] = [];
  for (const [operator, keys] of Object.entries(block)) {
    const parsed = parseOperator(operator);
    for (const [key, raw] of Object.entries(keys)) {
      const list: ConditionScalar[] = Array.isArray(raw) ? raw : [raw];
      const values = list.map((v) => compileValue(parsed, String(v), variables));
      const fixed = values.every((v) => v.kind === "static")
        ? values.flatMap((v) => (v.kind === "static" && v.prepared !== undefined ? [v.prepared] : []))
        : undefined;
      entries.push({ operator, key, parsed, values, fixed });
    }
  }
  return new Conditions(entries);
}

/** The prepared policy values for this request; unresolvable variables drop out (they are null). */
function preparedValues(def: AnyOperatorDef, values: CompiledValue[], ctx: RequestContext, shown?: string[]) {
  const out: unknown[] = [];
  for (const value of values) {
    if (value.kind === "static") {
      shown?.push(value.text);
      if (value.prepared !== undefined) out.push(value.prepared);
      continue;
    }
    const parts = resolveTemplate(value.template, ctx);
    const text = parts ? partsToText(parts) : undefined;
    // An unresolvable value is shown as written so an explanation still says what was compared.
    shown?.push(text ?? value.text);
    const prepared = parts && text !== undefined ? def.value(text, parts) : undefined;
    if (prepared !== undefined) out.push(prepared);
  }
  return out;
}

function oneValue(def: AnyOperatorDef, values: unknown[], text: string): boolean {
  const ctx = def.context(text);
  if (ctx === undefined) return false;
  let any = false;
  for (let i = 0; i < values.length && !any; i++) any = def.test(ctx, values[i]);
  return def.negated ? !any : any;
}

function matchEntry(entry: Entry, ctx: RequestContext, shown?: string[]): boolean {
  const { parsed } = entry;
  const contextValue = ctx.get(entry.key);
  if (!parsed) {
    shown?.push(...entry.values.map((v) => v.text));
    return false;
  }
  if (parsed.kind === "null") {
    const texts = entry.values.map((v) => v.text);
    shown?.push(...texts);
    return matchNull(texts, contextValue);
  }
  const { def, set, ifExists } = parsed;
  const values = entry.fixed && !shown ? entry.fixed : preparedValues(def, entry.values, ctx, shown);
  if (typeof contextValue === "string") {
    // One value: every form (plain, ForAllValues, ForAnyValue) reduces to comparing it.
    return oneValue(def, values, contextValue);
  }
  if (contextValue === undefined || contextValue.length === 0) {
    // Absent (or an empty set): IfExists and ForAllValues hold vacuously; ForAnyValue never does;
    // a plain negated operator holds because the request value differs from everything listed.
    if (ifExists || set === "ForAllValues") return true;
    if (set === "ForAnyValue") return false;
    return def.negated;
  }
  const each = (text: string) => oneValue(def, values, text);
  if (set === "ForAllValues") return contextValue.every(each);
  if (set === "ForAnyValue") return contextValue.some(each);
  // A plain operator on a multivalued key: positive operators need one request value to match,
  // negated ones need every request value to differ [INF, spec §6.7].
  return def.negated ? contextValue.every(each) : contextValue.some(each);
}

/** All operators AND, all keys AND, values within a key OR; details only when `explain`. */
export function matchConditions(
  c: CompiledConditions,
  ctx: RequestContext,
  explain?: boolean,
): { matched: boolean; details?: ConditionDetail[] } {
  const entries = (c as Conditions).entries;
  if (!explain) {
    for (const entry of entries) if (!matchEntry(entry, ctx)) return { matched: false };
    return { matched: true };
  }
  const details: ConditionDetail[] = [];
  let matched = true;
  for (const entry of entries) {
    const values: string[] = [];
    const ok = matchEntry(entry, ctx, values);
    matched &&= ok;
    details.push({ operator: entry.operator, key: entry.key, values, contextValue: ctx.get(entry.key), matched: ok });
  }
  return { matched, details };
}
