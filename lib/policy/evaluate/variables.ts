// Policy variables (${aws:username}, ${aws:PrincipalTag/team, 'dflt'}, ${*} ${?} ${$}). A template
// is parsed once at compile time; resolution per request only looks keys up and concatenates.
// Substituted text is always literal: a '*' inside a user's tag value must not act as a wildcard.
import type { RequestContext } from "../types";
import { parsePattern, type PatternPart } from "./wildcard";

export interface CompiledTemplate {
  readonly hasVariables: boolean;
  readonly text: string;
}

type Piece = { pattern: PatternPart[] } | { key: string; fallback?: string } | { literal: string };

class Template implements CompiledTemplate {
  constructor(
    readonly text: string,
    readonly pieces: Piece[],
    readonly hasVariables: boolean,
    /** The resolved parts when there are no variables, shared by every request (never mutated). */
    readonly fixed: PatternPart[] | undefined,
  ) {}
}

const ESCAPES: Record<string, string> = { "*": "*", "?": "?", $: "$" };
// key, then optionally ", 'default'"; AWS documents exactly one space after the comma, we accept any.
const VARIABLE = /^\s*([^\s,'{}$]+)\s*(?:,\s*'([^']*)'\s*)?$/;

/** Parses `${...}` variables; anything that is not a well-formed variable stays literal text. */
export function compileTemplate(text: string): CompiledTemplate {
  const pieces: Piece[] = [];
  let hasVariables = false;
  let literal = "";
  let pos = 0;
  while (pos < text.length) {
    const open = text.indexOf("${", pos);
    const close = open < 0 ? -1 : text.indexOf("}", open + 2);
    if (close < 0) break;
    const body = text.slice(open + 2, close);
    const escape = ESCAPES[body];
    const variable = escape === undefined ? VARIABLE.exec(body) : null;
    if (escape === undefined && !variable) {
      literal += text.slice(pos, open + 2);
      pos = open + 2;
      continue;
    }
    literal += text.slice(pos, open);
    if (literal) pieces.push({ pattern: parsePattern(literal) });
    literal = "";
    if (escape !== undefined) {
      pieces.push({ literal: escape });
    } else if (variable) {
      hasVariables = true;
      pieces.push(variable[2] === undefined ? { key: variable[1] } : { key: variable[1], fallback: variable[2] });
    }
    pos = close + 1;
  }
  literal += text.slice(pos);
  if (literal) pieces.push({ pattern: parsePattern(literal) });
  const fixed = hasVariables ? undefined : assemble(pieces, () => undefined);
  return new Template(text, pieces, hasVariables, fixed);
}

/** `lookup` returns null for a key that cannot be used at all (multivalued): no default applies. */
function assemble(pieces: Piece[], lookup: (key: string) => string | null | undefined): PatternPart[] | undefined {
  const parts: PatternPart[] = [];
  const pushLit = (lit: string) => {
    if (!lit) return;
    const last = parts[parts.length - 1];
    if (last && "lit" in last) parts[parts.length - 1] = { lit: last.lit + lit };
    else parts.push({ lit });
  };
  for (const piece of pieces) {
    if ("pattern" in piece) {
      for (const part of piece.pattern) if ("lit" in part) pushLit(part.lit);
      else parts.push(part);
    } else if ("literal" in piece) {
      pushLit(piece.literal);
    } else {
      const found = lookup(piece.key);
      if (found === null) return undefined;
      const value = found ?? piece.fallback;
      if (value === undefined) return undefined;
      pushLit(value);
    }
  }
  return parts;
}

/** The pattern with variables substituted. Substituted values, and ${*} ${?} ${$}, are literal parts (never wildcards).
 *  undefined when a variable has no value in the context and no default: the element then does not match (AWS). */
export function resolveTemplate(t: CompiledTemplate, ctx: RequestContext): PatternPart[] | undefined {
  const template = t instanceof Template ? t : (compileTemplate(t.text) as Template);
  if (template.fixed) return template.fixed;
  return assemble(template.pieces, (key) => {
    const value = ctx.get(key);
    // A multivalued key cannot be a variable (AWS documents single-valued keys only), so the
    // template is unresolvable even with a default; an absent key takes the default.
    return Array.isArray(value) ? null : value;
  });
}

/** The resolved parts as plain text ('*' and '?' parts written back as characters). */
export function partsToText(parts: PatternPart[]): string {
  let out = "";
  for (const p of parts) out += "lit" in p ? p.lit : "any" in p ? "*" : "?";
  return out;
}

/** The context keys a text's `${key}` variables read, in order of appearance (GetContextKeys*). */
export function variableKeys(text: string): string[] {
  return (compileTemplate(text) as Template).pieces.flatMap((p) => ("key" in p ? [p.key] : []));
}
