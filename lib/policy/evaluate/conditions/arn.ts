import { compileMatcher, type Matcher, type PatternPart } from "../wildcard";
import { operatorPair, type AnyOperatorDef } from "./operator";

// ArnLike compares the six colon-delimited parts of an ARN separately, so a '*' in the region or
// account cannot swallow a colon; the sixth part (the resource) is the rest, colons included.
// A pattern with fewer than six parts lets its last part cover the rest of the value, so "*"
// matches every ARN [INF].
const ARN_PARTS = 6;

/** The pattern's parts grouped per ARN segment, splitting literals on the first five colons. */
function splitPattern(parts: PatternPart[]): PatternPart[][] {
  const segments: PatternPart[][] = [[]];
  for (const part of parts) {
    if (!("lit" in part)) {
      segments[segments.length - 1].push(part);
      continue;
    }
    let rest = part.lit;
    let colon = rest.indexOf(":");
    while (colon >= 0 && segments.length < ARN_PARTS) {
      if (colon > 0) segments[segments.length - 1].push({ lit: rest.slice(0, colon) });
      segments.push([]);
      rest = rest.slice(colon + 1);
      colon = rest.indexOf(":");
    }
    if (rest) segments[segments.length - 1].push({ lit: rest });
  }
  return segments;
}

/** The positions of the value's first five colons. */
interface ArnValue {
  text: string;
  colons: number[];
}

function arnValue(text: string): ArnValue {
  const colons: number[] = [];
  for (let at = text.indexOf(":"); at >= 0 && colons.length < ARN_PARTS - 1; at = text.indexOf(":", at + 1)) {
    colons.push(at);
  }
  return { text, colons };
}

function matches(value: ArnValue, matchers: Matcher[]): boolean {
  const n = matchers.length;
  if (value.colons.length < n - 1) return false;
  for (let i = 0; i < n; i++) {
    const start = i === 0 ? 0 : value.colons[i - 1] + 1;
    const end = i === n - 1 ? value.text.length : value.colons[i];
    if (!matchers[i].test(value.text.slice(start, end))) return false;
  }
  return true;
}

// ArnEquals and ArnLike behave identically (AWS documents both as wildcard-capable).
const [like, notLike] = operatorPair<Matcher[], ArnValue>({
  variables: true,
  value: (_text, parts) => splitPattern(parts).map((segment) => compileMatcher(segment)),
  context: arnValue,
  test: matches,
});

export const arnOperators: Record<string, AnyOperatorDef> = {
  ArnEquals: like,
  ArnLike: like,
  ArnNotEquals: notLike,
  ArnNotLike: notLike,
};
