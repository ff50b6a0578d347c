// Glob matching for Action, Resource, StringLike and ArnLike. Patterns never become regexes: a
// pattern is split on '*' into segments, which are placed leftmost-first. For globs whose only
// variable-length token is '*' the leftmost placement is always safe, so matching is
// O(|value| × |segment|) in the worst case and cannot backtrack catastrophically.

/** literal text | '*' (any run, including empty) | '?' (exactly one character) */
export type PatternPart = { lit: string } | { any: true } | { one: true };

export interface Matcher {
  test(value: string): boolean;
}

/** '*' → any, '?' → one, everything else literal; adjacent literals are merged. */
export function parsePattern(text: string): PatternPart[] {
  const parts: PatternPart[] = [];
  let lit = "";
  for (const ch of text) {
    if (ch !== "*" && ch !== "?") {
      lit += ch;
      continue;
    }
    if (lit) parts.push({ lit });
    lit = "";
    parts.push(ch === "*" ? { any: true } : { one: true });
  }
  if (lit) parts.push({ lit });
  return parts;
}

/** A run of literal characters and '?' between two '*'; `wild[i]` marks a '?' at position i. */
interface Segment {
  text: string;
  wild: boolean[] | null;
}

/** Splits on '*': k stars give k + 1 segments, the first anchored at the start, the last at the end. */
function segmentsOf(parts: PatternPart[], ignoreCase: boolean): Segment[] {
  const segments: Segment[] = [];
  let seg: Segment = { text: "", wild: null };
  for (const part of parts) {
    if ("any" in part) {
      segments.push(seg);
      seg = { text: "", wild: null };
    } else if ("one" in part) {
      seg.wild ??= new Array<boolean>(seg.text.length).fill(false);
      seg.text += "?";
      seg.wild.push(true);
    } else {
      const lit = ignoreCase ? part.lit.toLowerCase() : part.lit;
      seg.text += lit;
      if (seg.wild) for (let k = 0; k < lit.length; k++) seg.wild.push(false);
    }
  }
  segments.push(seg);
  return segments;
}

function matchAt(value: string, pos: number, seg: Segment): boolean {
  if (pos < 0 || pos + seg.text.length > value.length) return false;
  if (!seg.wild) return value.startsWith(seg.text, pos);
  for (let i = 0; i < seg.text.length; i++) {
    if (!seg.wild[i] && value.charCodeAt(pos + i) !== seg.text.charCodeAt(i)) return false;
  }
  return true;
}

function find(value: string, from: number, seg: Segment): number {
  if (!seg.wild) return value.indexOf(seg.text, from);
  for (let pos = from; pos + seg.text.length <= value.length; pos++) {
    if (matchAt(value, pos, seg)) return pos;
  }
  return -1;
}

function starMatcher(segments: Segment[]): (value: string) => boolean {
  const head = segments[0];
  const tail = segments[segments.length - 1];
  const middle = segments.slice(1, -1).filter((s) => s.text !== "");
  const fixed = head.text.length + tail.text.length;
  if (middle.length === 0) {
    if (!head.wild && !tail.wild) {
      if (tail.text === "") return (v) => v.startsWith(head.text);
      if (head.text === "") return (v) => v.endsWith(tail.text);
      return (v) => v.length >= fixed && v.startsWith(head.text) && v.endsWith(tail.text);
    }
    return (v) => v.length >= fixed && matchAt(v, 0, head) && matchAt(v, v.length - tail.text.length, tail);
  }
  if (middle.length === 1 && fixed === 0 && !middle[0].wild) {
    const needle = middle[0].text;
    return (v) => v.includes(needle);
  }
  return (v) => {
    if (v.length < fixed || !matchAt(v, 0, head)) return false;
    const end = v.length - tail.text.length;
    if (!matchAt(v, end, tail)) return false;
    let pos = head.text.length;
    for (const seg of middle) {
      const at = find(v, pos, seg);
      if (at < 0 || at + seg.text.length > end) return false;
      pos = at + seg.text.length;
    }
    return true;
  };
}

export function compileMatcher(parts: PatternPart[], opts?: { ignoreCase?: boolean }): Matcher {
  const ignoreCase = opts?.ignoreCase ?? false;
  const segments = segmentsOf(parts, ignoreCase);
  let test: (value: string) => boolean;
  if (segments.length === 1) {
    const seg = segments[0];
    test = seg.wild ? (v) => v.length === seg.text.length && matchAt(v, 0, seg) : (v) => v === seg.text;
  } else if (segments.every((s) => s.text === "")) {
    test = () => true;
  } else {
    test = starMatcher(segments);
  }
  return ignoreCase ? { test: (v) => test(v.toLowerCase()) } : { test };
}
