import { describe, it, expect } from "vitest";
import fc from "fast-check";
import { createContext } from "../../context";
import type { ConditionBlock } from "../../types";
import { compileConditions, matchConditions } from "./index";

const BASES = [
  "StringEquals", "StringNotEquals", "StringEqualsIgnoreCase", "StringNotEqualsIgnoreCase", "StringLike", "StringNotLike",
  "NumericEquals", "NumericNotEquals", "NumericLessThan", "NumericLessThanEquals", "NumericGreaterThan", "NumericGreaterThanEquals",
  "DateEquals", "DateNotEquals", "DateLessThan", "DateLessThanEquals", "DateGreaterThan", "DateGreaterThanEquals",
  "Bool", "BinaryEquals", "IpAddress", "NotIpAddress", "ArnEquals", "ArnLike", "ArnNotEquals", "ArnNotLike",
];
const KEYS = ["k:a", "k:b", "K:A", "k:multi"];
const text = fc.oneof(
  fc.string({ maxLength: 12 }),
  fc.constantFrom("*", "?", "${k:b}", "${k:b, 'd'}", "${*}", "10", "-1.5", "true", "2020-01-01T00:00:00Z", "1577836800",
    "10.0.0.0/8", "::1", "2001:db8::/32", "arn:aws:s3:::b/*", "arn:aws:iam::1:role/*", "QUJD", "::", "1::2::3", "300.1.1.1/40"),
);
const scalar = fc.oneof(text, fc.integer(), fc.boolean());
const operator = fc.tuple(fc.constantFrom("", "ForAllValues:", "ForAnyValue:"), fc.constantFrom(...BASES), fc.boolean())
  .map(([set, base, ifExists]) => `${set}${base}${ifExists ? "IfExists" : ""}`);
const block: fc.Arbitrary<ConditionBlock> = fc.dictionary(
  fc.oneof(operator, fc.constant("Null")),
  fc.dictionary(fc.constantFrom(...KEYS), fc.oneof(scalar, fc.array(scalar, { maxLength: 3 })), { maxKeys: 2 }),
  { maxKeys: 3 },
);
const context = fc.record(
  { "k:a": text, "k:b": text, "k:multi": fc.array(text, { maxLength: 3 }) },
  { requiredKeys: [] },
);

describe("condition properties", () => {
  it("never throw, and explaining never changes the result", () => {
    fc.assert(
      fc.property(block, context, (b, ctxEntries) => {
        const compiled = compileConditions(b);
        const ctx = createContext(ctxEntries);
        const plain = matchConditions(compiled, ctx);
        const explained = matchConditions(compiled, ctx, true);
        expect(explained.matched).toBe(plain.matched);
        expect(explained.details?.every((d) => typeof d.matched === "boolean")).toBe(true);
        expect(explained.matched).toBe(explained.details?.every((d) => d.matched));
      }),
      { numRuns: 2000 },
    );
  });

  it("a negated string operator is the complement of its positive form for a present single value", () => {
    const pairs = [["StringEquals", "StringNotEquals"], ["StringLike", "StringNotLike"], ["StringEqualsIgnoreCase", "StringNotEqualsIgnoreCase"]];
    fc.assert(
      fc.property(fc.constantFrom(...pairs), fc.array(fc.string({ maxLength: 4 }), { maxLength: 3 }), fc.string({ maxLength: 4 }),
        ([pos, neg], values, value) => {
          const ctx = createContext({ "k:a": value });
          const p = matchConditions(compileConditions({ [pos]: { "k:a": values } }), ctx).matched;
          const n = matchConditions(compileConditions({ [neg]: { "k:a": values } }), ctx).matched;
          expect(n).toBe(!p);
        }),
    );
  });

  it("IfExists changes nothing when the key is present", () => {
    fc.assert(
      fc.property(fc.constantFrom(...BASES), fc.array(text, { minLength: 1, maxLength: 3 }), text, (base, values, value) => {
        const ctx = createContext({ "k:a": value });
        const plain = matchConditions(compileConditions({ [base]: { "k:a": values } }), ctx).matched;
        const ifExists = matchConditions(compileConditions({ [`${base}IfExists`]: { "k:a": values } }), ctx).matched;
        expect(ifExists).toBe(plain);
      }),
    );
  });
});
