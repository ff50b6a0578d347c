// A strict JSON reader for policy documents. JSON.parse silently keeps the last of duplicate keys;
// IAM rejects them, so documents are read here instead. Objects have no prototype, so a key such as
// "__proto__" is an ordinary (and later rejected) element name rather than a prototype switch.

export type JsonValue = null | boolean | number | string | JsonValue[] | JsonObject;
export interface JsonObject {
  [key: string]: JsonValue;
}

export type JsonResult = { ok: true; value: JsonValue } | { ok: false };

const MAX_DEPTH = 64; // policies nest at most ~5 levels; the cap keeps hostile input off the call stack

class Reader {
  pos = 0;
  constructor(private readonly s: string) {}

  fail(): never {
    throw SYNTAX;
  }

  ws(): void {
    const s = this.s;
    while (this.pos < s.length) {
      const c = s.charCodeAt(this.pos);
      if (c !== 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d) break;
      this.pos++;
    }
  }

  value(depth: number): JsonValue {
    if (depth > MAX_DEPTH) this.fail();
    this.ws();
    const c = this.s[this.pos];
    if (c === "{") return this.object(depth);
    if (c === "[") return this.array(depth);
    if (c === '"') return this.string();
    if (c === "-" || (c >= "0" && c <= "9")) return this.number();
    for (const [word, v] of LITERALS) {
      if (this.s.startsWith(word, this.pos)) {
        this.pos += word.length;
        return v;
      }
    }
    return this.fail();
  }

  object(depth: number): JsonObject {
    const out = Object.create(null) as JsonObject;
    this.pos++;
    this.ws();
    if (this.s[this.pos] === "}") {
      this.pos++;
      return out;
    }
    for (;;) {
      this.ws();
      if (this.s[this.pos] !== '"') this.fail();
      const key = this.string();
      if (Object.prototype.hasOwnProperty.call(out, key)) throw DUPLICATE;
      this.ws();
      if (this.s[this.pos++] !== ":") this.fail();
      out[key] = this.value(depth + 1);
      this.ws();
      const sep = this.s[this.pos++];
      if (sep === "}") return out;
      if (sep !== ",") this.fail();
    }
  }

  array(depth: number): JsonValue[] {
    const out: JsonValue[] = [];
    this.pos++;
    this.ws();
    if (this.s[this.pos] === "]") {
      this.pos++;
      return out;
    }
    for (;;) {
      out.push(this.value(depth + 1));
      this.ws();
      const sep = this.s[this.pos++];
      if (sep === "]") return out;
      if (sep !== ",") this.fail();
    }
  }

  string(): string {
    const s = this.s;
    const start = ++this.pos;
    // Fast path: no escapes.
    while (this.pos < s.length) {
      const c = s.charCodeAt(this.pos);
      if (c === 0x22) return s.slice(start, this.pos++);
      if (c === 0x5c || c < 0x20) break;
      this.pos++;
    }
    this.pos = start;
    let out = "";
    while (this.pos < s.length) {
      const ch = s[this.pos++];
      if (ch === '"') return out;
      if (ch.charCodeAt(0) < 0x20) this.fail();
      if (ch !== "\\") {
        out += ch;
        continue;
      }
      const e = s[this.pos++];
      const simple = ESCAPES[e];
      if (simple !== undefined) out += simple;
      else if (e === "u") {
        const hex = s.slice(this.pos, this.pos + 4);
        if (!/^[0-9a-fA-F]{4}$/.test(hex)) this.fail();
        out += String.fromCharCode(parseInt(hex, 16));
        this.pos += 4;
      } else this.fail();
    }
    return this.fail();
  }

  number(): number {
    const m = NUMBER.exec(this.s.slice(this.pos, this.pos + 400));
    if (!m) this.fail();
    this.pos += m[0].length;
    const n = Number(m[0]);
    if (!Number.isFinite(n)) this.fail();
    return n;
  }
}

const SYNTAX = new Error("json syntax");
const DUPLICATE = new Error("duplicate key");
const LITERALS: [string, JsonValue][] = [
  ["true", true],
  ["false", false],
  ["null", null],
];
const ESCAPES: Record<string, string> = { '"': '"', "\\": "\\", "/": "/", b: "\b", f: "\f", n: "\n", r: "\r", t: "\t" };
const NUMBER = /^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/;

/** Parses one JSON value spanning the whole text; duplicate keys and trailing garbage are errors. */
export function readJson(text: string): JsonResult {
  const r = readJsonDetailed(text);
  return r.ok ? r : { ok: false };
}

/** readJson, telling well-formed JSON with a repeated key (IAM: a grammar error) from text that is not JSON. */
export function readJsonDetailed(text: string): { ok: true; value: JsonValue } | { ok: false; duplicateKey: boolean } {
  const r = new Reader(text);
  try {
    const value = r.value(0);
    r.ws();
    if (r.pos !== text.length) return { ok: false, duplicateKey: false };
    return { ok: true, value };
  } catch (e) {
    if (e === SYNTAX || e === DUPLICATE) return { ok: false, duplicateKey: e === DUPLICATE };
    throw e;
  }
}

export function isObject(v: JsonValue | undefined): v is JsonObject {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}
