// Query-protocol parameter parsing: form bodies and query strings, and the botocore list/map
// flattening (`Tags.member.1.Key`, `TagKeys.member.1`, `Attributes.entry.1.key`).

/** Parsed request parameters. A Map, so names like `__proto__` or `constructor` are plain keys. */
export type QueryParams = ReadonlyMap<string, string>;

/**
 * Parses `application/x-www-form-urlencoded` text (body or query string). Several sources may be
 * given (e.g. query string then body). A repeated name keeps its FIRST value, across and within
 * sources: Coral-based AWS services read the first occurrence, and it means a query-string
 * parameter cannot be overridden by the body. Never throws: malformed percent-escapes stay literal.
 */
export function parseForm(...sources: Array<string | undefined | null>): Map<string, string> {
  const params = new Map<string, string>();
  for (const source of sources) {
    if (!source) continue;
    const text = source.startsWith("?") ? source.slice(1) : source;
    for (const pair of text.split("&")) {
      if (pair === "") continue;
      const eq = pair.indexOf("=");
      const name = formDecode(eq === -1 ? pair : pair.slice(0, eq));
      const value = eq === -1 ? "" : formDecode(pair.slice(eq + 1));
      if (name !== "" && !params.has(name)) params.set(name, value);
    }
  }
  return params;
}

/** Form decoding: `+` is a space, `%XX` are UTF-8 bytes; invalid escapes are kept as typed. */
export function formDecode(s: string): string {
  return percentDecode(s.replace(/\+/g, " "));
}

/** Percent-decoding that never throws (decodeURIComponent throws URIError on `%zz` or bad UTF-8). */
export function percentDecode(s: string): string {
  if (!s.includes("%")) return s;
  try {
    return decodeURIComponent(s);
  } catch {
    return lenientDecode(s);
  }
}

function lenientDecode(s: string): string {
  const bytes: number[] = [];
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 0x25 && /^[0-9a-fA-F]{2}$/.test(s.slice(i + 1, i + 3))) {
      bytes.push(parseInt(s.slice(i + 1, i + 3), 16));
      i += 2;
    } else {
      const cp = s.codePointAt(i)!;
      if (cp > 0xffff) i++;
      bytes.push(...Buffer.from(String.fromCodePoint(cp), "utf8"));
    }
  }
  return Buffer.from(bytes).toString("utf8");
}

const INDEX = /^[1-9][0-9]*$/;

/** Positive list indexes present under `prefix` (e.g. `Tags.member.`), ascending numerically. */
function indexesUnder(params: QueryParams, prefix: string): number[] {
  const found = new Set<number>();
  for (const key of params.keys()) {
    if (!key.startsWith(prefix)) continue;
    const rest = key.slice(prefix.length);
    const dot = rest.indexOf(".");
    const index = dot === -1 ? rest : rest.slice(0, dot);
    if (INDEX.test(index)) found.add(Number(index));
  }
  return [...found].sort((a, b) => a - b);
}

/**
 * A list of structures: `memberList(p, "Tags", ["Key", "Value"])` reads `Tags.member.N.Key` /
 * `Tags.member.N.Value`, ordered by N (gaps are skipped, as the members are collected by index).
 * A field the client did not send is absent from that element. An absent list or the empty-list
 * form `Tags=` both give `[]`; use `hasParam` when the difference matters.
 */
export function memberList<F extends string>(
  params: QueryParams,
  name: string,
  fields: readonly F[],
): Array<{ [K in F]?: string }> {
  const prefix = `${name}.member.`;
  return indexesUnder(params, prefix).map((n) => {
    const element: { [K in F]?: string } = {};
    for (const field of fields) {
      const value = params.get(`${prefix}${n}.${field}`);
      if (value !== undefined) element[field] = value;
    }
    return element;
  });
}

/** A list of scalars, `TagKeys.member.N`, ordered by N. */
export function stringList(params: QueryParams, name: string): string[] {
  const prefix = `${name}.member.`;
  const out: string[] = [];
  for (const n of indexesUnder(params, prefix)) {
    const value = params.get(`${prefix}${n}`);
    if (value !== undefined) out.push(value);
  }
  return out;
}

/** A map, `Name.entry.N.key` / `Name.entry.N.value`; later duplicate keys do not override. */
export function mapEntries(params: QueryParams, name: string): Map<string, string> {
  const prefix = `${name}.entry.`;
  const out = new Map<string, string>();
  for (const n of indexesUnder(params, prefix)) {
    const key = params.get(`${prefix}${n}.key`);
    if (key !== undefined && !out.has(key)) out.set(key, params.get(`${prefix}${n}.value`) ?? "");
  }
  return out;
}

/** Whether the client sent `name` at all, as a scalar, an empty list (`Tags=`) or any member. */
export function hasParam(params: QueryParams, name: string): boolean {
  if (params.has(name)) return true;
  for (const key of params.keys()) if (key.startsWith(`${name}.`)) return true;
  return false;
}

/** RFC 3986 percent-encoding (unreserved `A-Z a-z 0-9 - _ . ~` kept), as SigV4 and IAM use it. */
export function uriEncode(text: string): string {
  return encodeURIComponent(text).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}
