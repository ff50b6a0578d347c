// Resources match case-sensitively and segment by segment on the first five colons
// (arn:partition:service:region:account:resource); the resource segment is the rest, colons and
// slashes included. A wildcard in the first five segments never spans a colon.
import type { RequestContext } from "../types";
import { compileTemplate, resolveTemplate, type CompiledTemplate } from "./variables";
import { compileMatcher, parsePattern, type Matcher, type PatternPart } from "./wildcard";

const SEGMENTS = 6;

/** Splits at the first five colons; the last element keeps any further colons. */
export function splitArn(value: string): string[] {
  const out: string[] = [];
  let start = 0;
  for (let i = 0; i < SEGMENTS - 1; i++) {
    const colon = value.indexOf(":", start);
    if (colon < 0) break;
    out.push(value.slice(start, colon));
    start = colon + 1;
  }
  out.push(value.slice(start));
  return out;
}

/** Splits pattern parts the same way, at colons inside literal parts only. */
function splitParts(parts: PatternPart[]): PatternPart[][] {
  const segs: PatternPart[][] = [[]];
  for (const part of parts) {
    if (!("lit" in part)) {
      segs[segs.length - 1].push(part);
      continue;
    }
    let text = part.lit;
    let colon = text.indexOf(":");
    while (colon >= 0 && segs.length < SEGMENTS) {
      if (colon > 0) segs[segs.length - 1].push({ lit: text.slice(0, colon) });
      segs.push([]);
      text = text.slice(colon + 1);
      colon = text.indexOf(":");
    }
    if (text) segs[segs.length - 1].push({ lit: text });
  }
  return segs;
}

const isLiteral = (parts: PatternPart[]) => parts.every((p) => "lit" in p);

/** A request resource, split lazily (most patterns never need the split). */
export class PreparedResource {
  private segs: string[] | undefined;
  constructor(readonly value: string) {}
  get segments(): string[] {
    return (this.segs ??= splitArn(this.value));
  }
}

type Test = (r: PreparedResource) => boolean;

/** Compiles resolved pattern parts into a test; whole-string when the first five segments are literal. */
export function compileResourceParts(parts: PatternPart[]): Test {
  if (parts.length === 1 && "any" in parts[0]) return () => true;
  if (isLiteral(parts)) {
    const text = parts.map((p) => ("lit" in p ? p.lit : "")).join("");
    return (r) => r.value === text;
  }
  const segs = splitParts(parts);
  // With literal leading segments the prefix pins exactly the same colons, so one matcher suffices.
  if (segs.slice(0, -1).every(isLiteral)) {
    const m = compileMatcher(parts);
    return (r) => m.test(r.value);
  }
  const matchers: Matcher[] = segs.map((s) => compileMatcher(s));
  const last = matchers.length - 1;
  return (r) => {
    const v = r.segments;
    // A short pattern's last segment covers the rest of the value, colons included.
    if (v.length < matchers.length) return false;
    for (let i = 0; i < last; i++) if (!matchers[i].test(v[i])) return false;
    const rest = matchers.length === SEGMENTS ? v[last] : v.slice(last).join(":");
    return matchers[last].test(rest);
  };
}

export interface ResourceSet {
  test(r: PreparedResource, ctx: RequestContext): boolean;
}

/** `variables` is false for 2008-10-17 policies, whose `${...}` text is literal. */
export function compileResources(list: string[], variables: boolean): ResourceSet {
  const fixed: Test[] = [];
  const exact = new Set<string>();
  const templates: CompiledTemplate[] = [];
  let all = false;
  for (const text of list) {
    if (text === "*") all = true;
    else if (variables && text.includes("${")) {
      const t = compileTemplate(text);
      if (t.hasVariables) templates.push(t);
      else fixed.push(compileResourceParts(resolveTemplate(t, EMPTY_CTX) ?? []));
    } else if (!text.includes("*") && !text.includes("?")) exact.add(text);
    else fixed.push(compileResourceParts(parsePattern(text)));
  }
  return {
    test(r, ctx) {
      if (all || exact.has(r.value)) return true;
      for (const t of fixed) if (t(r)) return true;
      for (const t of templates) {
        const parts = resolveTemplate(t, ctx);
        // An unresolvable variable (absent key, no default) makes the entry match nothing (AWS).
        if (parts && compileResourceParts(parts)(r)) return true;
      }
      return false;
    },
  };
}

const EMPTY_CTX: RequestContext = { get: () => undefined, keys: () => [] };
