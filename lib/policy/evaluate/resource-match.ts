// Resources match case-sensitively as one glob over the ARN (arn:partition:service:region:account:
// resource): the resource segment is the rest, colons and slashes included, and a '*' ending one of
// the first five segments may run past colons; other wildcards there stay inside their segment.
import type { RequestContext } from "../types";
import { compileTemplate, resolveTemplate, type CompiledTemplate } from "./variables";
import { compileBoundedMatcher, compileMatcher, parsePattern, type Matcher, type PatternPart } from "./wildcard";

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

/**
 * Which wildcards may not cross a colon. AWS: "If the * wildcard is the last character of a resource
 * ARN segment, it can expand to match beyond the colon boundaries"; any other wildcard in the first
 * five segments ('?', or '*' inside a segment) stays within its segment. In the resource segment
 * (after the pattern's fifth colon) every wildcard matches colons and slashes alike.
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_resource.html
 */
function colonBounds(parts: PatternPart[]): { bounds: boolean[]; expanding: boolean } | undefined {
  let colons = 0;
  let bounds: boolean[] | undefined;
  let expanding = false;
  for (let i = 0; i < parts.length && colons < SEGMENTS - 1; i++) {
    const part = parts[i];
    if ("lit" in part) {
      for (let k = 0; k < part.lit.length; k++) if (part.lit.charCodeAt(k) === 58) colons++;
      continue;
    }
    // A run of stars acts as one: it ends its segment when a colon (or the pattern's end) follows.
    let j = i;
    while ("any" in parts[j] && j + 1 < parts.length && "any" in parts[j + 1]) j++;
    const after = parts[j + 1];
    if ("any" in part && (after === undefined || ("lit" in after && after.lit.startsWith(":")))) expanding = true;
    else (bounds ??= new Array<boolean>(parts.length).fill(false))[i] = true;
  }
  return bounds && { bounds, expanding };
}

/** A request resource, split lazily (most patterns never need the split). */
export class PreparedResource {
  private segs: string[] | undefined;
  constructor(readonly value: string) {}
  get segments(): string[] {
    return (this.segs ??= splitArn(this.value));
  }
}

type Test = (r: PreparedResource) => boolean;

/** Compiles resolved pattern parts into a test over the whole resource string. */
export function compileResourceParts(parts: PatternPart[]): Test {
  if (parts.length === 1 && "any" in parts[0]) return () => true;
  if (isLiteral(parts)) {
    const text = parts.map((p) => ("lit" in p ? p.lit : "")).join("");
    return (r) => r.value === text;
  }
  const colon = colonBounds(parts);
  // No wildcard held inside a segment: a plain glob (the common case — whole-segment '*').
  if (!colon) {
    const m = compileMatcher(parts);
    return (r) => m.test(r.value);
  }
  const segs = splitParts(parts);
  // Every wildcard of the first five segments stays inside its segment, so the pattern's five colons
  // pin the value's: segments match one by one (cheaper than running states over the whole value).
  if (!colon.expanding && segs.length === SEGMENTS) {
    const matchers: Matcher[] = segs.map((seg) => compileMatcher(seg));
    return (r) => {
      const v = r.segments;
      if (v.length < SEGMENTS) return false;
      for (let i = 0; i < SEGMENTS; i++) if (!matchers[i].test(v[i])) return false;
      return true;
    };
  }
  const m = compileBoundedMatcher(parts, colon.bounds, ":");
  return (r) => m.test(r.value);
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
