import { describe, it, expect } from "vitest";
import { decodeBase64 } from "./binary";
import { holds } from "./test-helpers";

describe("Bool", () => {
  it("MFA required (AWS doc example): absent key does not match", () => {
    const c = { Bool: { "aws:MultiFactorAuthPresent": "true" } };
    expect(holds(c, { "aws:MultiFactorAuthPresent": "true" })).toBe(true);
    expect(holds(c, { "aws:MultiFactorAuthPresent": "false" })).toBe(false);
    expect(holds(c, {})).toBe(false);
  });

  it("BoolIfExists false denies only sessions that report no MFA (long-term keys pass)", () => {
    const c = { BoolIfExists: { "aws:MultiFactorAuthPresent": "false" } };
    expect(holds(c, {})).toBe(true);
    expect(holds(c, { "aws:MultiFactorAuthPresent": "false" })).toBe(true);
    expect(holds(c, { "aws:MultiFactorAuthPresent": "true" })).toBe(false);
  });

  it("accepts JSON booleans and any case; other text never matches", () => {
    expect(holds({ Bool: { "aws:SecureTransport": false } }, { "aws:SecureTransport": "FALSE" })).toBe(true);
    expect(holds({ Bool: { "aws:SecureTransport": "yes" } }, { "aws:SecureTransport": "yes" })).toBe(false);
  });
});

describe("BinaryEquals", () => {
  it("decodes base64 on both sides", () => {
    expect(decodeBase64("QmluYXJ5VmFsdWU=")).toBe("BinaryValue");
    expect(decodeBase64("not base64!")).toBeUndefined();
    const c = { BinaryEquals: { "dynamodb:Key": "QmluYXJ5VmFsdWU=" } };
    expect(holds(c, { "dynamodb:Key": "QmluYXJ5VmFsdWU=" })).toBe(true);
    expect(holds(c, { "dynamodb:Key": "QmluYXJ5VmFsdWU" })).toBe(true);
    expect(holds(c, { "dynamodb:Key": "T3RoZXI=" })).toBe(false);
    expect(holds(c, {})).toBe(false);
  });
});

describe("Null", () => {
  it("true requires the key to be absent; false requires it present", () => {
    expect(holds({ Null: { "aws:TokenIssueTime": "true" } }, {})).toBe(true);
    expect(holds({ Null: { "aws:TokenIssueTime": "true" } }, { "aws:TokenIssueTime": "2020-01-01T00:00:00Z" })).toBe(false);
    expect(holds({ Null: { "aws:TokenIssueTime": false } }, { "aws:TokenIssueTime": "2020-01-01T00:00:00Z" })).toBe(true);
    expect(holds({ Null: { "aws:TokenIssueTime": "false" } }, {})).toBe(false);
  });

  it("treats an empty multivalued key as absent and ORs its values", () => {
    expect(holds({ Null: { "aws:TagKeys": "true" } }, { "aws:TagKeys": [] })).toBe(true);
    expect(holds({ Null: { "aws:TagKeys": ["true", "false"] } }, { "aws:TagKeys": ["a"] })).toBe(true);
    expect(holds({ Null: { "aws:TagKeys": "maybe" } }, {})).toBe(false);
  });
});
