// A small JSON parser that keeps the position of every key and value, so findings can point the
// policy editor at the exact element. JSON.parse cannot do this, and it silently keeps the last of
// duplicate keys, which IAM refuses.
import type { Position } from "@/lib/policy/types";

interface Span {
  start: Position;
  /** Exclusive: the position just after the node's last character (Monaco ranges are end-exclusive). */
  end: Position;
}

export interface JsonEntry {
  key: string;
  keySpan: Span;
  value: JsonNode;
}

export type JsonNode = Span &
  (
    | { type: "object"; entries: JsonEntry[] }
    | { type: "array"; items: JsonNode[] }
    | { type: "string"; value: string }
    | { type: "number"; value: number; raw: string }
    | { type: "boolean"; value: boolean }
    | { type: "null" }
  );

export type JsonObjectNode = Extract<JsonNode, { type: "object" }>;

export interface JsonSyntaxError {
  message: string;
  position: Position;
}

export type JsonParseResult = { ok: true; root: JsonNode } | { ok: false; error: JsonSyntaxError };

/** Deep enough for any policy; shallow enough that hostile input cannot overflow the stack. */
const MAX_DEPTH = 256;

class SyntaxFailure {
  constructor(
    readonly message: string,
    readonly offset: number,
  ) {}
}

export class LineIndex {
  private readonly starts: number[] = [0];
  constructor(text: string) {
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 10) this.starts.push(i + 1);
      else if (c === 13 && text.charCodeAt(i + 1) !== 10) this.starts.push(i + 1);
    }
  }
  position(offset: number): Position {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - this.starts[lo] + 1, offset };
  }
}

const NUMBER_RE = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;

export function parseJson(text: string): JsonParseResult {
  const lines = new LineIndex(text);
  let i = 0;

  const span = (from: number, to: number): Span => ({ start: lines.position(from), end: lines.position(to) });

  function skipWs(): void {
    while (i < text.length) {
      const c = text.charCodeAt(i);
      if (c === 32 || c === 9 || c === 10 || c === 13) i++;
      else break;
    }
  }

  function fail(message: string, at = i): never {
    throw new SyntaxFailure(message, Math.min(at, text.length));
  }

  function parseString(): string {
    const from = i;
    i++; // opening quote
    let out = "";
    let chunk = i;
    while (true) {
      if (i >= text.length) fail("Unterminated string", from);
      const c = text.charCodeAt(i);
      if (c === 34) {
        out += text.slice(chunk, i);
        i++;
        return out;
      }
      if (c < 0x20) fail("Control character in string");
      if (c === 92) {
        out += text.slice(chunk, i);
        const e = text[i + 1];
        const simple: Record<string, string> = { '"': '"', "\\": "\\", "/": "/", b: "\b", f: "\f", n: "\n", r: "\r", t: "\t" };
        if (e !== undefined && e in simple) {
          out += simple[e];
          i += 2;
        } else if (e === "u" && /^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) {
          out += String.fromCharCode(parseInt(text.slice(i + 2, i + 6), 16));
          i += 6;
        } else fail("Invalid escape sequence");
        chunk = i;
        continue;
      }
      i++;
    }
  }

  function parseValue(depth: number): JsonNode {
    if (depth > MAX_DEPTH) fail("Nesting too deep");
    skipWs();
    const from = i;
    const c = text[i];
    if (c === "{") return parseObject(depth);
    if (c === "[") return parseArray(depth);
    if (c === '"') {
      const value = parseString();
      return { type: "string", value, ...span(from, i) };
    }
    for (const [word, node] of [
      ["true", { type: "boolean", value: true }],
      ["false", { type: "boolean", value: false }],
      ["null", { type: "null" }],
    ] as const) {
      if (text.startsWith(word, i)) {
        i += word.length;
        return { ...node, ...span(from, i) } as JsonNode;
      }
    }
    NUMBER_RE.lastIndex = i;
    const m = NUMBER_RE.exec(text);
    if (m && m[0].length > 0) {
      i += m[0].length;
      return { type: "number", value: Number(m[0]), raw: m[0], ...span(from, i) };
    }
    fail(i >= text.length ? "Unexpected end of input" : `Unexpected character '${c}'`);
  }

  function parseObject(depth: number): JsonNode {
    const from = i;
    i++;
    const entries: JsonEntry[] = [];
    const seen = new Set<string>();
    skipWs();
    if (text[i] === "}") {
      i++;
      return { type: "object", entries, ...span(from, i) };
    }
    while (true) {
      skipWs();
      if (text[i] !== '"') fail("Expected a property name in double quotes");
      const keyFrom = i;
      const key = parseString();
      // IAM rejects a document that names the same key twice in one object.
      if (seen.has(key)) fail(`Duplicate key "${key}"`, keyFrom);
      seen.add(key);
      const keySpan = span(keyFrom, i);
      skipWs();
      if (text[i] !== ":") fail("Expected ':' after property name");
      i++;
      const value = parseValue(depth + 1);
      entries.push({ key, keySpan, value });
      skipWs();
      if (text[i] === ",") {
        i++;
        continue;
      }
      if (text[i] === "}") {
        i++;
        return { type: "object", entries, ...span(from, i) };
      }
      fail("Expected ',' or '}'");
    }
  }

  function parseArray(depth: number): JsonNode {
    const from = i;
    i++;
    const items: JsonNode[] = [];
    skipWs();
    if (text[i] === "]") {
      i++;
      return { type: "array", items, ...span(from, i) };
    }
    while (true) {
      items.push(parseValue(depth + 1));
      skipWs();
      if (text[i] === ",") {
        i++;
        continue;
      }
      if (text[i] === "]") {
        i++;
        return { type: "array", items, ...span(from, i) };
      }
      fail("Expected ',' or ']'");
    }
  }

  try {
    const root = parseValue(0);
    skipWs();
    if (i < text.length) fail("Unexpected data after the JSON value");
    return { ok: true, root };
  } catch (e) {
    if (e instanceof SyntaxFailure) return { ok: false, error: { message: e.message, position: lines.position(e.offset) } };
    throw e;
  }
}

/** The value of `key` in an object node, looked up exactly (policy element names are case-sensitive). */
export function member(node: JsonObjectNode, key: string): JsonEntry | undefined {
  return node.entries.find((e) => e.key === key);
}
