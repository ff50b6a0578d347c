import { describe, expect, it } from "vitest";
import { readJson } from "./json";

describe("readJson", () => {
  it("agrees with JSON.parse on ordinary documents", () => {
    const text = '{"a":[1,-2.5e3,true,false,null,"x\\n\\u00e9\\"/"],"b":{"c":{}}}';
    const r = readJson(text);
    expect(r.ok && JSON.stringify(r.value)).toBe(JSON.stringify(JSON.parse(text)));
  });
  it("rejects duplicate keys, which JSON.parse would silently merge", () => {
    expect(readJson('{"a":1,"a":2}').ok).toBe(false);
    expect(readJson('{"a":{"b":1,"b":1}}').ok).toBe(false);
  });
  it("treats __proto__ as an ordinary key", () => {
    const r = readJson('{"__proto__":{"polluted":true}}');
    expect(r.ok).toBe(true);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
  it.each(["", "{", "[1,]", '{"a":1,}', "01", '"\\x"', "{} {}", '"a\tb"', "nul", "1e", "-"])("rejects %j", (t) => {
    expect(readJson(t).ok).toBe(false);
  });
  it("rejects nesting beyond the depth cap without overflowing the stack", () => {
    expect(readJson("[".repeat(70) + "]".repeat(70)).ok).toBe(false);
    expect(readJson("[".repeat(60) + "]".repeat(60)).ok).toBe(true);
  });
});
