import { describe, it, expect } from "vitest";
import { parseNumber } from "./numeric";
import { holds } from "./test-helpers";

describe("numeric operators", () => {
  it("parses integers and decimals only", () => {
    expect(parseNumber("42")).toBe(42);
    expect(parseNumber("-1.5")).toBe(-1.5);
    expect(parseNumber(".5")).toBe(0.5);
    expect(parseNumber("0x10")).toBeUndefined();
    expect(parseNumber("1e3")).toBeUndefined();
    expect(parseNumber("")).toBeUndefined();
    expect(parseNumber("abc")).toBeUndefined();
  });

  it("aws:MultiFactorAuthAge NumericLessThan 3600 (AWS doc example)", () => {
    const c = { NumericLessThan: { "aws:MultiFactorAuthAge": "3600" } };
    expect(holds(c, { "aws:MultiFactorAuthAge": "120" })).toBe(true);
    expect(holds(c, { "aws:MultiFactorAuthAge": "3600" })).toBe(false);
    expect(holds(c, {})).toBe(false);
  });

  it("compares numerically, not as text", () => {
    expect(holds({ NumericGreaterThan: { "s3:max-keys": 9 } }, { "s3:max-keys": "10" })).toBe(true);
    expect(holds({ NumericEquals: { "s3:max-keys": "10" } }, { "s3:max-keys": "10.0" })).toBe(true);
    expect(holds({ NumericLessThanEquals: { "s3:max-keys": "10" } }, { "s3:max-keys": "10" })).toBe(true);
    expect(holds({ NumericGreaterThanEquals: { "s3:max-keys": "10" } }, { "s3:max-keys": "9.99" })).toBe(false);
  });

  it("NumericNotEquals differs from every value and holds when the key is absent", () => {
    const c = { NumericNotEquals: { "s3:max-keys": ["10", "20"] } };
    expect(holds(c, { "s3:max-keys": "15" })).toBe(true);
    expect(holds(c, { "s3:max-keys": "20" })).toBe(false);
    expect(holds(c, {})).toBe(true);
  });

  it("an unparseable request value matches nothing, negated or not", () => {
    expect(holds({ NumericLessThan: { "s3:max-keys": "10" } }, { "s3:max-keys": "five" })).toBe(false);
    expect(holds({ NumericNotEquals: { "s3:max-keys": "10" } }, { "s3:max-keys": "five" })).toBe(false);
  });

  it("does not expand policy variables", () => {
    expect(holds({ NumericEquals: { "s3:max-keys": "${aws:n}" } }, { "s3:max-keys": "3", "aws:n": "3" })).toBe(false);
  });
});
