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

/**
 * A glob where some wildcards may not match `stop` (a colon, for the first five ARN segments):
 * `bounded[i]` marks part i. Leftmost placement is not safe once stars differ, so this runs the
 * pattern as a set of states over the value — O(|value| × |pattern|), never exponential.
 */
export function compileBoundedMatcher(parts: PatternPart[], bounded: readonly boolean[], stop: string): Matcher {
  // One position per pattern character: literal char, '?' or '*', each with its bound flag.
  const kind: number[] = []; // 0 literal, 1 one, 2 any
  const chars: string[] = [];
  const fenced: boolean[] = [];
  parts.forEach((part, i) => {
    if ("lit" in part) {
      for (let k = 0; k < part.lit.length; k++) {
        kind.push(0);
        chars.push(part.lit[k]);
        fenced.push(false);
      }
    } else {
      kind.push("any" in part ? 2 : 1);
      chars.push("");
      fenced.push(bounded[i] ?? false);
    }
  });
  const n = kind.length;
  if (n < 31) return bitParallel(kind, chars, fenced, stop);
  // State sets reused across calls (tests never nest).
  let cur = new Uint8Array(n + 1);
  let next = new Uint8Array(n + 1);
  // A star may match nothing: its state also reaches the position after it.
  const close = (s: Uint8Array) => {
    for (let p = 0; p < n; p++) if (s[p] && kind[p] === 2) s[p + 1] = 1;
  };
  return {
    test(value: string): boolean {
      cur.fill(0);
      cur[0] = 1;
      close(cur);
      // UTF-16 units, like compileMatcher: '?' is one unit.
      for (let v = 0; v < value.length; v++) {
        const ch = value[v];
        next.fill(0);
        let alive = false;
        for (let p = 0; p < n; p++) {
          if (!cur[p]) continue;
          const k = kind[p];
          if (k === 0 ? chars[p] === ch : !(fenced[p] && ch === stop)) {
            // A star stays put after consuming; a literal or '?' moves on.
            next[k === 2 ? p : p + 1] = 1;
            alive = true;
          }
        }
        if (!alive) return false;
        close(next);
        [cur, next] = [next, cur];
      }
      return cur[n] === 1;
    },
  };
}

/** The same automaton with the states as bits of one integer (shift-and), for patterns under 31 positions. */
function bitParallel(kind: number[], chars: string[], fenced: boolean[], stop: string): Matcher {
  const n = kind.length;
  const lit = new Map<string, number>();
  let one = 0;
  let oneFree = 0;
  let star = 0;
  let starFree = 0;
  for (let p = 0; p < n; p++) {
    const bit = 1 << p;
    if (kind[p] === 0) lit.set(chars[p], (lit.get(chars[p]) ?? 0) | bit);
    else if (kind[p] === 1) {
      one |= bit;
      if (!fenced[p]) oneFree |= bit;
    } else {
      star |= bit;
      if (!fenced[p]) starFree |= bit;
    }
  }
  const accept = 1 << n;
  const close = (s: number) => {
    for (let t = s | ((s & star) << 1); t !== s; t = s | ((s & star) << 1)) s = t;
    return s;
  };
  const start = close(1);
  return {
    test(value: string): boolean {
      let cur = start;
      for (let v = 0; v < value.length && cur !== 0; v++) {
        const ch = value[v];
        const isStop = ch === stop;
        const move = (lit.get(ch) ?? 0) | (isStop ? oneFree : one);
        cur = close(((cur & move) << 1) | (cur & (isStop ? starFree : star)));
      }
      return (cur & accept) !== 0;
    },
  };
}
