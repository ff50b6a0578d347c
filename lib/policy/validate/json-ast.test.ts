import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseJson } from "./json-ast";

describe("parseJson", () => {
  it("keeps 1-based line/column and 0-based offsets for keys and values (end exclusive)", () => {
    const text = '{\r\n  "a": [1, "x\\n"],\n  "b": {"c": null}\n}';
    const r = parseJson(text);
    if (!r.ok || r.root.type !== "object") throw new Error("expected an object");
    const [a, b] = r.root.entries;
    expect(a.keySpan.start).toEqual({ line: 2, column: 3, offset: 5 });
    if (a.value.type !== "array") throw new Error("expected an array");
    expect(a.value.items[1]).toMatchObject({ type: "string", value: "x\n", start: { line: 2, column: 12 }, end: { line: 2, column: 17 } });
    expect(b.value.start).toEqual({ line: 3, column: 8, offset: 29 });
    expect(text.slice(b.value.start.offset, b.value.end.offset)).toBe('{"c": null}');
  });

  it("reports syntax errors at their position", () => {
    expect(parseJson('{"a": }')).toEqual({ ok: false, error: { message: "Unexpected character '}'", position: { line: 1, column: 7, offset: 6 } } });
    expect(parseJson('{"a": 1,}').ok).toBe(false);
    expect(parseJson("[01]").ok).toBe(false);
    expect(parseJson('"tab\there"').ok).toBe(false);
    expect(parseJson("").ok).toBe(false);
    expect(parseJson("[".repeat(100000)).ok).toBe(false);
  });

  it("rejects duplicate keys in one object, not across objects", () => {
    const dup = parseJson('{"a": 1, "a": 2}');
    expect(dup.ok ? undefined : dup.error.position.column).toBe(10);
    expect(parseJson('[{"a": 1}, {"a": 2}]').ok).toBe(true);
  });

  it("agrees with JSON.parse on every JSON value", () => {
    fc.assert(
      fc.property(fc.json(), (text) => {
        const r = parseJson(text);
        expect(r.ok).toBe(true);
        if (r.ok) expect(toPlain(r.root)).toEqual(JSON.parse(text));
      }),
      { numRuns: 300 },
    );
  });
});

function toPlain(n: import("./json-ast").JsonNode): unknown {
  switch (n.type) {
    case "object": return Object.fromEntries(n.entries.map((e) => [e.key, toPlain(e.value)]));
    case "array": return n.items.map(toPlain);
    case "null": return null;
    default: return n.value;
  }
}
