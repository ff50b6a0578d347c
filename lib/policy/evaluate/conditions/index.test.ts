import { describe, it, expect } from "vitest";
import { createContext } from "../../context";
import { compileConditions, isKnownOperator, matchConditions, parseOperator } from "./index";
import { holds } from "./test-helpers";

describe("isKnownOperator", () => {
  it("knows every base operator with IfExists and set prefixes", () => {
    for (const op of [
      "StringEquals", "StringNotEqualsIgnoreCase", "StringLike", "NumericGreaterThanEquals", "DateLessThanIfExists",
      "Bool", "BinaryEquals", "IpAddress", "NotIpAddressIfExists", "ArnNotLike", "Null",
      "ForAnyValue:StringLike", "ForAllValues:StringEqualsIfExists",
    ]) expect(isKnownOperator(op), op).toBe(true);
  });

  it("rejects Null with a suffix or prefix, unknown names, wrong case and doubled prefixes", () => {
    for (const op of [
      "NullIfExists", "ForAllValues:Null", "StringEqualsIfExistsIfExists", "stringequals", "StringMatches",
      "ForAllValues:ForAnyValue:StringEquals", "ForSomeValues:StringEquals", "IfExists", "",
    ]) expect(isKnownOperator(op), op).toBe(false);
  });

  it("takes operator names apart", () => {
    expect(parseOperator("ForAnyValue:StringLikeIfExists")).toMatchObject({ base: "StringLike", set: "ForAnyValue", ifExists: true });
  });
});

describe("condition block semantics", () => {
  it("ANDs operators and keys, ORs the values of one key", () => {
    const c = {
      StringEquals: { "aws:PrincipalTag/team": ["blue", "red"], "aws:RequestedRegion": "us-east-1" },
      Bool: { "aws:SecureTransport": "true" },
    };
    const base = { "aws:PrincipalTag/team": "red", "aws:RequestedRegion": "us-east-1", "aws:SecureTransport": "true" };
    expect(holds(c, base)).toBe(true);
    expect(holds(c, { ...base, "aws:SecureTransport": "false" })).toBe(false);
    expect(holds(c, { ...base, "aws:RequestedRegion": "eu-west-1" })).toBe(false);
    expect(holds(c, { ...base, "aws:PrincipalTag/team": "green" })).toBe(false);
  });

  it("an empty block holds", () => {
    expect(holds({})).toBe(true);
  });

  it("looks condition keys up case-insensitively", () => {
    expect(holds({ IpAddress: { "AWS:SOURCEIP": "10.0.0.0/8" } }, { "aws:SourceIp": "10.1.1.1" })).toBe(true);
  });

  it("IfExists holds when absent and otherwise acts as the operator", () => {
    const c = { StringEqualsIfExists: { "aws:RequestedRegion": "us-east-1" } };
    expect(holds(c, {})).toBe(true);
    expect(holds(c, { "aws:RequestedRegion": "us-east-1" })).toBe(true);
    expect(holds(c, { "aws:RequestedRegion": "eu-west-1" })).toBe(false);
  });

  it("an unknown operator never matches", () => {
    expect(holds({ StringMatches: { "aws:username": "alice" } }, { "aws:username": "alice" })).toBe(false);
  });

  it("compiles once and resolves variables per request", () => {
    const c = compileConditions({ StringLike: { "s3:prefix": "home/${aws:username}/*" } });
    expect(c.size).toBe(1);
    expect(matchConditions(c, createContext({ "s3:prefix": "home/a/x", "aws:username": "a" })).matched).toBe(true);
    expect(matchConditions(c, createContext({ "s3:prefix": "home/a/x", "aws:username": "b" })).matched).toBe(false);
  });

  it("keeps ${…} literal when variables are off (2008-10-17 documents)", () => {
    const c = compileConditions({ StringEquals: { "aws:username": "${aws:userid}" } }, { variables: false });
    expect(matchConditions(c, createContext({ "aws:username": "${aws:userid}", "aws:userid": "X" })).matched).toBe(true);
  });

  it("an unresolvable variable is null: positive operators fail, negated ones hold", () => {
    const ctx = { "aws:ResourceTag/team": "blue" };
    expect(holds({ StringEquals: { "aws:ResourceTag/team": "${aws:PrincipalTag/team}" } }, ctx)).toBe(false);
    expect(holds({ StringNotEquals: { "aws:ResourceTag/team": "${aws:PrincipalTag/team}" } }, ctx)).toBe(true);
    expect(holds({ StringEquals: { "aws:ResourceTag/team": ["${aws:PrincipalTag/team}", "blue"] } }, ctx)).toBe(true);
    expect(holds({ StringEquals: { "aws:ResourceTag/team": "${aws:PrincipalTag/team, 'blue'}" } }, ctx)).toBe(true);
  });
});

describe("multivalued keys and set operators", () => {
  const allowed = { "ForAllValues:StringEquals": { "aws:TagKeys": ["environment", "cost-center"] } };

  it("ForAllValues: every request value must be listed (aws:TagKeys AWS doc example)", () => {
    expect(holds(allowed, { "aws:TagKeys": ["environment"] })).toBe(true);
    expect(holds(allowed, { "aws:TagKeys": ["environment", "cost-center"] })).toBe(true);
    expect(holds(allowed, { "aws:TagKeys": ["environment", "owner"] })).toBe(false);
  });

  it("ForAllValues holds vacuously for an absent or empty key", () => {
    expect(holds(allowed, {})).toBe(true);
    expect(holds(allowed, { "aws:TagKeys": [] })).toBe(true);
    expect(holds({ ...allowed, Null: { "aws:TagKeys": "false" } }, {})).toBe(false);
  });

  it("ForAnyValue: one listed request value suffices; absent or empty fails", () => {
    const c = { "ForAnyValue:StringEquals": { "aws:TagKeys": ["environment", "cost-center"] } };
    expect(holds(c, { "aws:TagKeys": ["owner", "environment"] })).toBe(true);
    expect(holds(c, { "aws:TagKeys": ["owner"] })).toBe(false);
    expect(holds(c, {})).toBe(false);
    expect(holds(c, { "aws:TagKeys": [] })).toBe(false);
    expect(holds({ "ForAnyValue:StringEqualsIfExists": c["ForAnyValue:StringEquals"] }, {})).toBe(true);
  });

  it("negated set operators: ForAllValues:StringNotEquals forbids every listed value", () => {
    const c = { "ForAllValues:StringNotEquals": { "aws:TagKeys": ["secret"] } };
    expect(holds(c, { "aws:TagKeys": ["a", "b"] })).toBe(true);
    expect(holds(c, { "aws:TagKeys": ["a", "secret"] })).toBe(false);
    expect(holds(c, {})).toBe(true);
  });

  it("negated set operators: ForAnyValue:StringNotEquals needs one unlisted value, and fails when absent", () => {
    const c = { "ForAnyValue:StringNotEquals": { "aws:TagKeys": ["a"] } };
    expect(holds(c, { "aws:TagKeys": ["a", "b"] })).toBe(true);
    expect(holds(c, { "aws:TagKeys": ["a"] })).toBe(false);
    expect(holds(c, {})).toBe(false);
  });

  it("a set operator on a single-valued key treats it as a one-element set", () => {
    const c = { "ForAnyValue:StringLike": { "aws:PrincipalTag/team": "bl*" } };
    expect(holds(c, { "aws:PrincipalTag/team": "blue" })).toBe(true);
    expect(holds(c, { "aws:PrincipalTag/team": "red" })).toBe(false);
  });

  it("a plain operator on a multivalued key: positive needs one match, negated needs none", () => {
    expect(holds({ StringEquals: { "aws:CalledVia": "athena.amazonaws.com" } }, { "aws:CalledVia": ["glue.amazonaws.com", "athena.amazonaws.com"] })).toBe(true);
    expect(holds({ StringNotEquals: { "aws:CalledVia": "athena.amazonaws.com" } }, { "aws:CalledVia": ["glue.amazonaws.com", "athena.amazonaws.com"] })).toBe(false);
  });
});

describe("explain", () => {
  it("reports each key with resolved values, the context value and the result", () => {
    const c = compileConditions({
      StringEquals: { "sts:ExternalId": "abc", "aws:ResourceTag/team": "${aws:PrincipalTag/team}" },
      Bool: { "aws:MultiFactorAuthPresent": true },
    });
    const ctx = createContext({ "sts:ExternalId": "zzz", "aws:ResourceTag/team": "blue", "aws:PrincipalTag/team": "blue" });
    const res = matchConditions(c, ctx, true);
    expect(res.matched).toBe(false);
    expect(res.details).toEqual([
      { operator: "StringEquals", key: "sts:ExternalId", values: ["abc"], contextValue: "zzz", matched: false },
      { operator: "StringEquals", key: "aws:ResourceTag/team", values: ["blue"], contextValue: "blue", matched: true },
      { operator: "Bool", key: "aws:MultiFactorAuthPresent", values: ["true"], contextValue: undefined, matched: false },
    ]);
    expect(matchConditions(c, ctx).details).toBeUndefined();
  });

  it("shows an unresolvable variable as written", () => {
    const c = compileConditions({ StringLike: { "s3:prefix": "home/${aws:username}/*" } });
    const res = matchConditions(c, createContext({ "s3:prefix": "home/x" }), true);
    expect(res.details?.[0]).toMatchObject({ values: ["home/${aws:username}/*"], matched: false });
  });
});
