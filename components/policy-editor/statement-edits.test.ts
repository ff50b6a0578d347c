import { describe, expect, it } from "vitest";
import {
  addActions,
  addCondition,
  addPrincipal,
  addResource,
  addStatement,
  formatPolicyText,
  hasAction,
  mergeValues,
  parsePolicy,
  removeAction,
  statementIndexAt,
  statementSpans,
  updateStatement,
} from "./statement-edits";

const TRUST = formatPolicyText({
  Version: "2012-10-17",
  Statement: [
    { Sid: "Statement1", Effect: "Allow", Principal: {}, Action: "sts:AssumeRole" },
    { Sid: "Second", Effect: "Allow", Principal: { Service: "ec2.amazonaws.com" }, Action: ["sts:AssumeRole", "sts:TagSession"] },
  ],
});

describe("statementIndexAt", () => {
  it("finds the statement the cursor is in, including its indentation", () => {
    expect(statementIndexAt(TRUST, TRUST.indexOf('"Statement1"'))).toBe(0);
    expect(statementIndexAt(TRUST, TRUST.indexOf("ec2.amazonaws.com"))).toBe(1);
    expect(statementIndexAt(TRUST, TRUST.indexOf("sts:TagSession"))).toBe(1);
    const secondBrace = TRUST.indexOf("{", TRUST.indexOf("},") + 1);
    const lineStart = TRUST.lastIndexOf("\n", secondBrace) + 1;
    expect(statementIndexAt(TRUST, lineStart)).toBe(1);
  });

  it("is null outside any statement", () => {
    expect(statementIndexAt(TRUST, TRUST.indexOf("2012-10-17"))).toBeNull();
    expect(statementIndexAt(TRUST, 0)).toBeNull();
    expect(statementIndexAt(TRUST, TRUST.length)).toBeNull();
  });

  it("treats a single-object Statement as statement 0", () => {
    const text = '{"Version":"2012-10-17","Statement":{"Effect":"Allow","Action":"*","Resource":"*"}}';
    expect(statementIndexAt(text, text.indexOf("Resource"))).toBe(0);
    expect(statementIndexAt(text, text.indexOf("Version"))).toBeNull();
  });

  it("ignores braces inside strings and nested Statement keys", () => {
    const text = '{"Statement":[{"Sid":"a{[,","Condition":{"Statement":[{"x":1}]}},{"Sid":"b"}]}';
    const spans = statementSpans(text);
    expect(spans).toHaveLength(2);
    expect(text.slice(spans[1].start, spans[1].end)).toBe('{"Sid":"b"}');
    expect(statementIndexAt(text, text.indexOf('"x"'))).toBe(0);
  });

  it("still finds statements in half-typed JSON", () => {
    const text = '{"Statement":[{"Sid":"one"},{"Sid":"tw';
    expect(statementIndexAt(text, text.length - 1)).toBe(1);
  });
});

describe("mergeValues", () => {
  it("keeps one value a string and grows into a list without duplicates", () => {
    expect(mergeValues(undefined, ["a"])).toBe("a");
    expect(mergeValues("a", ["a"])).toBe("a");
    expect(mergeValues("a", ["b"])).toEqual(["a", "b"]);
    expect(mergeValues(["a"], ["b", "b"])).toEqual(["a", "b"]);
    expect(mergeValues([], ["a", "b"])).toEqual(["a", "b"]);
  });
});

describe("statement edits", () => {
  const doc = parsePolicy(TRUST)!;

  it("adds a principal to an empty Principal and merges a second one of the same type", () => {
    const once = updateStatement(doc, 0, (s) => addPrincipal(s, "AWS", "arn:aws:iam::222222222222:root"));
    const twice = updateStatement(once, 0, (s) => addPrincipal(s, "AWS", "arn:aws:iam::333333333333:root"));
    expect((once.Statement as object[])[0]).toEqual({ Sid: "Statement1", Effect: "Allow", Principal: { AWS: "arn:aws:iam::222222222222:root" }, Action: "sts:AssumeRole" });
    expect((twice.Statement as { Principal: unknown }[])[0].Principal).toEqual({ AWS: ["arn:aws:iam::222222222222:root", "arn:aws:iam::333333333333:root"] });
    expect((twice.Statement as object[])[1]).toEqual((doc.Statement as object[])[1]);
  });

  it('reads "Principal": "*" as {"AWS": "*"} before adding', () => {
    expect(addPrincipal({ Principal: "*" }, "Service", "ec2.amazonaws.com").Principal).toEqual({ AWS: "*", Service: "ec2.amazonaws.com" });
  });

  it("inserts a missing Principal where the console writes it", () => {
    const s = addPrincipal({ Sid: "x", Effect: "Allow", Action: "sts:AssumeRole" }, "Federated", "accounts.google.com");
    expect(Object.keys(s)).toEqual(["Sid", "Effect", "Principal", "Action"]);
  });

  it("adds and removes actions case-insensitively", () => {
    const s = addActions({ Action: "sts:AssumeRole" }, ["sts:assumerole", "sts:TagSession"]);
    expect(s.Action).toEqual(["sts:AssumeRole", "sts:TagSession"]);
    expect(hasAction(s, "STS:TAGSESSION")).toBe(true);
    expect(removeAction(s, "sts:tagsession").Action).toEqual(["sts:AssumeRole"]);
    expect(removeAction({ Action: "sts:AssumeRole" }, "sts:AssumeRole").Action).toEqual([]);
    expect(addActions({ Effect: "Allow", Resource: "*" }, ["s3:GetObject"])).toEqual({ Effect: "Allow", Action: "s3:GetObject", Resource: "*" });
  });

  it("adds a resource", () => {
    expect(addResource({ Action: [], Resource: [] }, "arn:aws:s3:::b/*").Resource).toBe("arn:aws:s3:::b/*");
    expect(addResource({ Resource: "*" }, "arn:aws:s3:::b").Resource).toEqual(["*", "arn:aws:s3:::b"]);
  });

  it("adds a condition to an empty or missing Condition, merging keys case-insensitively", () => {
    const s = addCondition({ Effect: "Allow", Principal: {}, Action: "sts:AssumeRole", Condition: {} }, { operator: "StringEquals", key: "sts:ExternalId", value: "x1" });
    expect(s.Condition).toEqual({ StringEquals: { "sts:ExternalId": "x1" } });
    const more = addCondition(s, { operator: "StringEquals", key: "sts:externalid", value: "x2" });
    expect(more.Condition).toEqual({ StringEquals: { "sts:ExternalId": ["x1", "x2"] } });
    const mfa = addCondition(more, { operator: "Bool", key: "aws:MultiFactorAuthPresent", value: "true" });
    expect(mfa.Condition).toEqual({ StringEquals: { "sts:ExternalId": ["x1", "x2"] }, Bool: { "aws:MultiFactorAuthPresent": "true" } });
    expect(Object.keys(addCondition({ Sid: "a", Action: "x" }, { operator: "ForAnyValue:StringLike", key: "k:k", value: "v" }))).toEqual(["Sid", "Action", "Condition"]);
  });

  it("edits a single-object Statement in place", () => {
    const single = { Version: "2012-10-17", Statement: { Effect: "Allow", Action: "*", Resource: "*" } };
    expect(updateStatement(single, 0, (s) => addResource(s, "arn:aws:s3:::b")).Statement).toEqual({ Effect: "Allow", Action: "*", Resource: ["*", "arn:aws:s3:::b"] });
    expect(updateStatement(single, 1, (s) => ({ ...s, x: 1 }))).toBe(single);
  });
});

describe("addStatement", () => {
  it("appends the console's blank trust statement with the next free Sid and returns its index", () => {
    const { doc: out, index } = addStatement(parsePolicy(TRUST)!, "trust");
    expect(index).toBe(2);
    expect((out.Statement as object[])[2]).toEqual({ Sid: "Statement2", Effect: "Allow", Principal: {}, Action: "sts:AssumeRole" });
  });

  it("turns a single-object Statement into a list and adds Version to an empty document", () => {
    const { doc, index } = addStatement({ Statement: { Sid: "Statement1", Effect: "Deny", Action: "*", Resource: "*" } }, "identity");
    expect(index).toBe(1);
    expect(doc).toEqual({
      Version: "2012-10-17",
      Statement: [
        { Sid: "Statement1", Effect: "Deny", Action: "*", Resource: "*" },
        { Sid: "Statement2", Effect: "Allow", Action: [], Resource: [] },
      ],
    });
    expect(addStatement({}, "identity").index).toBe(0);
  });

  it("re-serialises with four-space indentation, and the new statement is found at its own text", () => {
    const { doc, index } = addStatement(parsePolicy(TRUST)!, "trust");
    const text = formatPolicyText(doc);
    expect(text).toContain('\n    "Statement": [\n        {');
    expect(statementIndexAt(text, text.indexOf('"Statement2"'))).toBe(index);
  });
});

describe("parsePolicy", () => {
  it("is null for anything that is not a JSON object", () => {
    expect(parsePolicy("{")).toBeNull();
    expect(parsePolicy("[]")).toBeNull();
    expect(parsePolicy("null")).toBeNull();
    expect(parsePolicy('{"Version":"2012-10-17"}')).toEqual({ Version: "2012-10-17" });
  });
});
