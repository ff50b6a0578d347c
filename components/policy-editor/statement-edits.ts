// What the "Edit statement" panel does to a policy document, as pure functions over the parsed JSON:
// find the statement under the cursor, append a statement, and merge actions, resources, principals
// and conditions into one. The panel only wires these to buttons and re-serialises the result.
import type { PolicyType } from "@/lib/policy/types";

export type StatementJson = Record<string, unknown>;
export type PolicyJson = Record<string, unknown>;

export interface Span {
  start: number;
  end: number;
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);

/** The document as an object, or null while the text is not a JSON object (the editor shows why). */
export function parsePolicy(text: string): PolicyJson | null {
  try {
    const doc: unknown = JSON.parse(text);
    return isObject(doc) ? doc : null;
  } catch {
    return null;
  }
}

/** Same indentation as the documents the console generates (and the editor's tab size). */
export function formatPolicyText(doc: PolicyJson): string {
  return JSON.stringify(doc, null, 4);
}

/** Statement may be one object or a list; IAM accepts both, so the panel does too. */
export function statementsOf(doc: PolicyJson): unknown[] {
  const s = doc.Statement;
  if (Array.isArray(s)) return s;
  return s === undefined ? [] : [s];
}

function unquote(raw: string): string {
  try {
    return JSON.parse(`"${raw}"`) as string;
  } catch {
    return raw;
  }
}

type Frame =
  | { kind: "object"; key: string | null; expectKey: boolean; span: number | null }
  | { kind: "array"; index: number; statements: boolean; span: number | null };

/**
 * Character spans of the document's statements, indexed like statementsOf(). A tolerant scan rather
 * than JSON.parse, so the statement under the cursor is still found while the user is mid-edit.
 */
export function statementSpans(text: string): Span[] {
  const spans: Span[] = [];
  const stack: Frame[] = [];
  const top = () => stack[stack.length - 1];
  // Which statement a value starting here would be, if any.
  const slot = (): number | null => {
    const t = top();
    if (stack.length === 1 && t.kind === "object" && t.key === "Statement") return 0;
    if (stack.length === 2 && t.kind === "array" && t.statements) return t.index;
    return null;
  };
  const open = (start: number): number | null => {
    const s = stack.length ? slot() : null;
    if (s !== null) spans[s] = { start, end: text.length };
    return s;
  };
  let i = 0;
  while (i < text.length) {
    const c = text[i];
    const t = top();
    if (c === '"') {
      let j = i + 1;
      while (j < text.length && text[j] !== '"') j += text[j] === "\\" ? 2 : 1;
      if (t?.kind === "object" && t.expectKey) {
        t.key = unquote(text.slice(i + 1, Math.min(j, text.length)));
      } else {
        const s = open(i);
        if (s !== null) spans[s].end = j + 1;
      }
      i = j + 1;
    } else if (c === "{" || c === "[") {
      const statements = c === "[" && stack.length === 1 && t.kind === "object" && t.key === "Statement";
      const span = statements ? null : open(i);
      stack.push(c === "{" ? { kind: "object", key: null, expectKey: true, span } : { kind: "array", index: 0, statements, span });
      i++;
    } else if (c === "}" || c === "]") {
      const closed = stack.pop();
      if (closed?.span != null) spans[closed.span].end = i + 1;
      i++;
    } else if (c === ":") {
      if (t?.kind === "object") t.expectKey = false;
      i++;
    } else if (c === ",") {
      if (t?.kind === "array") t.index++;
      else if (t?.kind === "object") {
        t.expectKey = true;
        t.key = null;
      }
      i++;
    } else if (/\s/.test(c)) {
      i++;
    } else {
      // A bare literal (number, true, null, or a typo): one value up to the next delimiter.
      let j = i;
      while (j < text.length && !/[\s,:{}[\]"]/.test(text[j])) j++;
      const s = t && !(t.kind === "object" && t.expectKey) ? open(i) : null;
      if (s !== null) spans[s].end = j;
      i = Math.max(j, i + 1);
    }
  }
  return spans;
}

/** The statement the cursor is in (its indentation counts as inside), or null. */
export function statementIndexAt(text: string, offset: number): number | null {
  const spans = statementSpans(text);
  for (let n = 0; n < spans.length; n++) {
    const span = spans[n];
    if (!span) continue;
    let from = span.start;
    while (from > 0 && (text[from - 1] === " " || text[from - 1] === "\t")) from--;
    if (offset >= from && offset <= span.end) return n;
  }
  return null;
}

// The order the console writes statement elements in; new elements are slotted into it.
const ELEMENT_ORDER = ["Sid", "Effect", "Principal", "NotPrincipal", "Action", "NotAction", "Resource", "NotResource", "Condition"];

/** Sets one element, keeping the statement's own order; a new element goes where the console puts it. */
export function setElement(stmt: StatementJson, key: string, value: unknown): StatementJson {
  if (key in stmt) return { ...stmt, [key]: value };
  const rank = ELEMENT_ORDER.indexOf(key);
  const keys = Object.keys(stmt);
  const at = keys.findIndex((k) => ELEMENT_ORDER.indexOf(k) > rank || (rank >= 0 && !ELEMENT_ORDER.includes(k)));
  const out: StatementJson = {};
  keys.forEach((k, n) => {
    if (n === at) out[key] = value;
    out[k] = stmt[k];
  });
  if (at < 0) out[key] = value;
  return out;
}

function asList(v: unknown): unknown[] {
  if (v === undefined || v === null) return [];
  return Array.isArray(v) ? v : [v];
}

/**
 * Adds values to a string-or-list element without duplicates. One value stays a plain string, as
 * people write it; several become a list.
 */
export function mergeValues(existing: unknown, added: string[], same: (a: string, b: string) => boolean = (a, b) => a === b): unknown {
  const list = asList(existing);
  const fresh = added.filter((a, n) => !list.some((e) => typeof e === "string" && same(e, a)) && added.findIndex((b) => same(a, b)) === n);
  if (fresh.length === 0) return existing;
  const merged = [...list, ...fresh];
  return merged.length === 1 ? merged[0] : merged;
}

// Action names are case-insensitive in IAM, so sts:assumerole and sts:AssumeRole are one action.
const sameAction = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();

export function hasAction(stmt: StatementJson, action: string): boolean {
  return asList(stmt.Action).some((a) => typeof a === "string" && sameAction(a, action));
}

export function addActions(stmt: StatementJson, actions: string[]): StatementJson {
  return setElement(stmt, "Action", mergeValues(stmt.Action, actions, sameAction));
}

export function removeAction(stmt: StatementJson, action: string): StatementJson {
  if (!hasAction(stmt, action)) return stmt;
  const rest = asList(stmt.Action).filter((a) => !(typeof a === "string" && sameAction(a, action)));
  return { ...stmt, Action: rest.length === 1 && !Array.isArray(stmt.Action) ? rest[0] : rest };
}

export function addResource(stmt: StatementJson, arn: string): StatementJson {
  return setElement(stmt, "Resource", mergeValues(stmt.Resource, [arn]));
}

export type PrincipalElement = "AWS" | "Service" | "Federated" | "CanonicalUser";

export function addPrincipal(stmt: StatementJson, element: PrincipalElement, value: string): StatementJson {
  // "Principal": "*" means the same as {"AWS": "*"}; the map form is what can take another principal.
  const current = stmt.Principal === "*" ? { AWS: "*" } : isObject(stmt.Principal) ? stmt.Principal : {};
  return setElement(stmt, "Principal", { ...current, [element]: mergeValues(current[element], [value]) });
}

export interface ConditionInput {
  /** With its set qualifier when there is one, e.g. "ForAnyValue:StringLike". */
  operator: string;
  key: string;
  value: string;
}

export function addCondition(stmt: StatementJson, { operator, key, value }: ConditionInput): StatementJson {
  const condition = isObject(stmt.Condition) ? stmt.Condition : {};
  const block = isObject(condition[operator]) ? condition[operator] : {};
  // Condition keys are case-insensitive: a second value for sts:externalid joins sts:ExternalId.
  const existingKey = Object.keys(block).find((k) => k.toLowerCase() === key.toLowerCase()) ?? key;
  const merged = { ...block, [existingKey]: mergeValues(block[existingKey], [value]) };
  return setElement(stmt, "Condition", { ...condition, [operator]: merged });
}

/** Replaces statement `index` with fn(statement), keeping a single-object Statement single. */
export function updateStatement(doc: PolicyJson, index: number, fn: (s: StatementJson) => StatementJson): PolicyJson {
  if (!Array.isArray(doc.Statement)) {
    return index === 0 && isObject(doc.Statement) ? { ...doc, Statement: fn(doc.Statement) } : doc;
  }
  const current = doc.Statement[index];
  if (!isObject(current)) return doc;
  return { ...doc, Statement: doc.Statement.map((s, n) => (n === index ? fn(current) : s)) };
}

/** First free "StatementN" Sid, counting from 1 as the console does. */
export function nextSid(doc: PolicyJson): string {
  const used = new Set(statementsOf(doc).map((s) => (isObject(s) ? s.Sid : undefined)));
  let n = 1;
  while (used.has(`Statement${n}`)) n++;
  return `Statement${n}`;
}

/** The console's blank statement: a trust statement starts as AssumeRole with no principal yet. */
export function blankStatement(policyType: PolicyType, sid: string): StatementJson {
  if (policyType === "trust") return { Sid: sid, Effect: "Allow", Principal: {}, Action: "sts:AssumeRole" };
  if (policyType === "resource") return { Sid: sid, Effect: "Allow", Principal: {}, Action: [], Resource: [] };
  return { Sid: sid, Effect: "Allow", Action: [], Resource: [] };
}

/** Appends a blank statement; returns the document and the new statement's index to select. */
export function addStatement(doc: PolicyJson, policyType: PolicyType): { doc: PolicyJson; index: number } {
  const list = statementsOf(doc);
  const statement = blankStatement(policyType, nextSid(doc));
  const base = "Version" in doc ? doc : { Version: "2012-10-17", ...doc };
  return { doc: { ...base, Statement: [...list, statement] }, index: list.length };
}
