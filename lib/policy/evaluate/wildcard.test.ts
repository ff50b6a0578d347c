import { describe, it, expect } from "vitest";
import fc from "fast-check";
import { compileBoundedMatcher, compileMatcher, parsePattern, type PatternPart } from "./wildcard";

const match = (pattern: string, value: string, ignoreCase = false) =>
  compileMatcher(parsePattern(pattern), { ignoreCase }).test(value);

/** The oracle: the same parts as an anchored regex, without the 'u' flag so '?' is one UTF-16 unit. */
function oracle(parts: PatternPart[], value: string, ignoreCase: boolean): boolean {
  const src = parts
    .map((p) => ("any" in p ? "[\\s\\S]*" : "one" in p ? "[\\s\\S]" : p.lit.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")))
    .join("");
  return new RegExp(`^${src}$`, ignoreCase ? "i" : "").test(value);
}

describe("parsePattern", () => {
  it("turns * and ? into wildcard parts and merges literal runs", () => {
    expect(parsePattern("s3:Get*")).toEqual([{ lit: "s3:Get" }, { any: true }]);
    expect(parsePattern("a?b**")).toEqual([{ lit: "a" }, { one: true }, { lit: "b" }, { any: true }, { any: true }]);
    expect(parsePattern("")).toEqual([]);
  });
});

describe("compileMatcher", () => {
  it("matches literals exactly and case-sensitively by default", () => {
    expect(match("iam:ListRoles", "iam:ListRoles")).toBe(true);
    expect(match("iam:ListRoles", "iam:listroles")).toBe(false);
    expect(match("iam:ListRoles", "iam:listroles", true)).toBe(true);
    expect(match("", "")).toBe(true);
    expect(match("", "a")).toBe(false);
  });

  it("lets * span any run, including empty, '/' and ':'", () => {
    expect(match("*", "")).toBe(true);
    expect(match("s3:Get*", "s3:Get")).toBe(true);
    expect(match("arn:aws:s3:::bucket/*/test/*", "arn:aws:s3:::bucket/1/2/test/3/x")).toBe(true);
    expect(match("arn:aws:s3:::bucket/*/test/*", "arn:aws:s3:::bucket/1/2/tes/3")).toBe(false);
    expect(match("*:role/*", "arn:aws:iam::111111111111:role/a/b")).toBe(true);
    expect(match("iam:*AccessKey*", "iam:CreateAccessKey")).toBe(true);
    expect(match("iam:*AccessKey*", "iam:ListRoles")).toBe(false);
  });

  it("makes ? match exactly one character", () => {
    expect(match("a?c", "abc")).toBe(true);
    expect(match("a?c", "ac")).toBe(false);
    expect(match("a?c", "abbc")).toBe(false);
    expect(match("*?", "")).toBe(false);
    expect(match("?*?", "ab")).toBe(true);
  });

  it("handles overlapping prefix and suffix", () => {
    expect(match("ab*ba", "aba")).toBe(false);
    expect(match("ab*ba", "abba")).toBe(true);
    expect(match("a*a*a", "aa")).toBe(false);
    expect(match("a*a*a", "aaa")).toBe(true);
  });

  it("treats literal parts as literal even when they hold * or ?", () => {
    const m = compileMatcher([{ lit: "team-*" }, { any: true }]);
    expect(m.test("team-*x")).toBe(true);
    expect(m.test("team-ax")).toBe(false);
  });

  it("stays fast on patterns that blow up backtracking regexes", () => {
    const pattern = "*a".repeat(30) + "*b";
    const value = "a".repeat(20000);
    const t0 = performance.now();
    expect(match(pattern, value)).toBe(false);
    expect(performance.now() - t0).toBeLessThan(200);
  });

  it("agrees with a regex oracle (property)", () => {
    const alphabet = fc.constantFrom("a", "b", "A", "/", ":", "*", "?", "é");
    const part: fc.Arbitrary<PatternPart> = fc.oneof(
      fc.string({ unit: alphabet, minLength: 1, maxLength: 3 }).map((lit) => ({ lit })),
      fc.constant({ any: true as const }),
      fc.constant({ one: true as const }),
    );
    fc.assert(
      fc.property(
        fc.array(part, { maxLength: 7 }),
        fc.string({ unit: fc.constantFrom("a", "b", "A", "/", ":", "*", "?", "é"), maxLength: 12 }),
        fc.boolean(),
        (parts, value, ignoreCase) => {
          expect(compileMatcher(parts, { ignoreCase }).test(value)).toBe(oracle(parts, value, ignoreCase));
        },
      ),
      { numRuns: 3000 },
    );
  });

  it("matches values built from the pattern itself (property)", () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom("x", "y", "*", "?"), maxLength: 10 }), (pattern) => {
        const value = pattern.replace(/\*/g, "zz").replace(/\?/g, "q");
        expect(match(pattern, value)).toBe(true);
      }),
    );
  });
});

describe("compileBoundedMatcher", () => {
  const esc = (t: string) => t.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  /** Bounded wildcards as [^:] classes in an anchored regex. */
  function boundedOracle(parts: PatternPart[], bounded: boolean[], value: string): boolean {
    const src = parts
      .map((p, i) => {
        const cls = bounded[i] ? "[^:]" : "[\\s\\S]";
        return "any" in p ? `${cls}*` : "one" in p ? cls : esc(p.lit);
      })
      .join("");
    return new RegExp(`^${src}$`).test(value);
  }

  it("keeps bounded wildcards off the stop character", () => {
    const parts = parsePattern("a*b*c");
    expect(compileBoundedMatcher(parts, [false, false, false, true, false], ":").test("ab:bc")).toBe(true);
    expect(compileBoundedMatcher(parts, [false, true, false, false, false], ":").test("ax:bc")).toBe(false);
    expect(compileBoundedMatcher(parsePattern("a?c"), [false, true, false], ":").test("a:c")).toBe(false);
  });

  it("agrees with a regex oracle (property)", () => {
    const alphabet = fc.constantFrom("a", "b", ":", "/");
    const part: fc.Arbitrary<PatternPart> = fc.oneof(
      fc.string({ unit: alphabet, minLength: 1, maxLength: 3 }).map((lit) => ({ lit })),
      fc.constant({ any: true as const }),
      fc.constant({ one: true as const }),
    );
    fc.assert(
      fc.property(
        fc.array(fc.tuple(part, fc.boolean()), { maxLength: 7 }),
        fc.string({ unit: alphabet, maxLength: 12 }),
        (pairs, value) => {
          const parts = pairs.map(([p]) => p);
          const bounded = pairs.map(([, b]) => b);
          expect(compileBoundedMatcher(parts, bounded, ":").test(value)).toBe(boundedOracle(parts, bounded, value));
          // A long literal head pushes the pattern past 31 positions, onto the array automaton.
          const long = [{ lit: "x".repeat(32) }, ...parts];
          const longBounded = [false, ...bounded];
          const v2 = "x".repeat(32) + value;
          expect(compileBoundedMatcher(long, longBounded, ":").test(v2)).toBe(boundedOracle(long, longBounded, v2));
        },
      ),
      { numRuns: 3000 },
    );
  });
});
