// Property tests: the parser never throws, printing round-trips, evaluation never throws.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { compilePolicy, createContext, evaluate, parsePolicy, printPolicy } from "./index";
import type { EvaluationRequest, ParsedPolicy, PolicyType, Statement } from "./index";

const TYPES: PolicyType[] = ["identity", "resource", "trust", "scp", "rcp", "session", "boundary"];
const type = fc.constantFrom(...TYPES);

describe("parsePolicy never throws", () => {
  it("on arbitrary strings", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 300 }), type, (s, t) => {
        const r = parsePolicy(s, t);
        expect(typeof r.ok).toBe("boolean");
      }),
      { numRuns: 500 },
    );
  });

  it("on arbitrary JSON values", () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 6 }), type, (v, t) => {
        const r = parsePolicy(JSON.stringify(v) ?? "", t);
        if (!r.ok) expect(["MalformedPolicyDocument", "LimitExceeded"]).toContain(r.error.code);
      }),
      { numRuns: 500 },
    );
  });

  it("on policy-shaped JSON with arbitrary element values", () => {
    const element = fc.oneof(fc.jsonValue({ maxDepth: 3 }), fc.constantFrom("*", "s3:GetObject", "arn:aws:s3:::b/*", "Allow"));
    const statement = fc.dictionary(
      fc.constantFrom("Sid", "Effect", "Principal", "NotPrincipal", "Action", "NotAction", "Resource", "NotResource", "Condition", "Other"),
      element,
    );
    fc.assert(
      fc.property(fc.oneof(statement, fc.array(statement, { maxLength: 4 })), fc.jsonValue(), type, (st, version, t) => {
        const r = parsePolicy(JSON.stringify({ Version: version, Statement: st }), t);
        expect(typeof r.ok).toBe("boolean");
      }),
      { numRuns: 500 },
    );
  });

  it("on documents nested far deeper than any policy", () => {
    const deep = "[".repeat(100000) + "]".repeat(100000);
    expect(parsePolicy(deep, "identity")).toEqual({ ok: false, error: { code: "MalformedPolicyDocument", message: "Syntax errors in policy." } });
  });
});

// Generators for valid identity statements (the grammar the parser accepts).
const word = fc.stringMatching(/^[A-Za-z0-9]{1,12}$/);
const action = fc.oneof(
  fc.constant("*"),
  fc.tuple(fc.constantFrom("s3", "iam", "ec2", "sts"), fc.stringMatching(/^[A-Za-z*?]{1,10}$/)).map(([s, a]) => `${s}:${a}`),
);
const resource = fc.oneof(fc.constant("*"), word.map((w) => `arn:aws:s3:::${w}/*`), fc.constant("arn:aws:iam::111111111111:role/${aws:username}"));
const scalar = fc.oneof(word, fc.integer({ min: 0, max: 1000 }), fc.boolean());
const condition = fc.dictionary(
  fc.constantFrom("StringEquals", "StringLike", "ForAnyValue:StringEquals", "NumericLessThan", "Bool", "StringNotEqualsIfExists"),
  fc.dictionary(fc.constantFrom("aws:username", "aws:PrincipalTag/team", "s3:prefix"), fc.oneof(scalar, fc.array(scalar, { minLength: 1, maxLength: 3 })), { minKeys: 1, maxKeys: 2 }),
  { minKeys: 1, maxKeys: 2 },
);
const list = <T>(a: fc.Arbitrary<T>) => fc.array(a, { minLength: 1, maxLength: 4 });
const statement = fc
  .record({
    sid: fc.option(word, { nil: undefined }),
    effect: fc.constantFrom("Allow" as const, "Deny" as const),
    actions: list(action),
    notAction: fc.boolean(),
    resources: list(resource),
    notResource: fc.boolean(),
    condition: fc.option(condition, { nil: undefined }),
  })
  .map((r) => {
    const s: Omit<Statement, "index"> = { effect: r.effect };
    if (r.sid !== undefined) s.sid = r.sid;
    if (r.notAction) s.notAction = r.actions;
    else s.action = r.actions;
    if (r.notResource) s.notResource = r.resources;
    else s.resource = r.resources;
    if (r.condition) s.condition = r.condition;
    return s;
  });
const policy: fc.Arbitrary<ParsedPolicy> = fc
  .record({ version: fc.constantFrom("2012-10-17" as const, "2008-10-17" as const), statements: fc.array(statement, { minLength: 1, maxLength: 5 }) })
  .map(({ version, statements }) => {
    const seen = new Set<string>();
    const unique = statements.map((s, index) => {
      const st: Statement = { index, ...s };
      if (st.sid !== undefined) {
        if (seen.has(st.sid)) delete st.sid;
        else seen.add(st.sid);
      }
      return st;
    });
    return { version, statements: unique };
  });

describe("printPolicy", () => {
  it("round-trips: parse(print(p)) deep-equals p", () => {
    fc.assert(
      fc.property(policy, (p) => {
        const r = parsePolicy(printPolicy(p), "identity");
        expect(r).toEqual({ ok: true, policy: p });
      }),
      { numRuns: 300 },
    );
  });
});

describe("evaluate", () => {
  it("never throws on compiled input and explaining never changes the decision", () => {
    const principal = { kind: "user" as const, arn: "arn:aws:iam::111111111111:user/alice", accountId: "111111111111" };
    fc.assert(
      fc.property(fc.array(policy, { maxLength: 3 }), fc.option(policy, { nil: undefined }), action, word, (ids, boundary, act, res) => {
        const req: EvaluationRequest = {
          principal,
          action: act === "*" ? "s3:GetObject" : act.replace(/[*?]/g, "x"),
          resource: `arn:aws:s3:::${res}/k`,
          resourceAccountId: "111111111111",
          context: createContext({ "aws:username": "alice", "s3:prefix": res }),
          identityPolicies: ids.map((p, i) => compilePolicy(p, { type: "identity", id: `p${i}` })),
          permissionsBoundary: boundary && compilePolicy(boundary, { type: "boundary", id: "b" }),
        };
        const plain = evaluate(req);
        const explained = evaluate(req, { explain: true });
        expect(explained.decision).toBe(plain.decision);
        expect(explained.explanation?.length).toBe(ids.length + (boundary ? 1 : 0));
      }),
      { numRuns: 300 },
    );
  });
});
