import { describe, it, expect } from "vitest";
import { holds } from "./test-helpers";

describe("string operators", () => {
  it("StringEquals is exact and case-sensitive (sts:ExternalId confused-deputy check)", () => {
    const c = { StringEquals: { "sts:ExternalId": "Unique-Id-1234" } };
    expect(holds(c, { "sts:ExternalId": "Unique-Id-1234" })).toBe(true);
    expect(holds(c, { "sts:ExternalId": "unique-id-1234" })).toBe(false);
    expect(holds(c, {})).toBe(false);
  });

  it("StringEquals ORs the listed values and does not interpret wildcards", () => {
    const c = { StringEquals: { "aws:RequestedRegion": ["us-east-1", "eu-west-*"] } };
    expect(holds(c, { "aws:RequestedRegion": "us-east-1" })).toBe(true);
    expect(holds(c, { "aws:RequestedRegion": "eu-west-1" })).toBe(false);
    expect(holds(c, { "aws:RequestedRegion": "eu-west-*" })).toBe(true);
  });

  it("StringNotEquals needs the value to differ from every listed value and holds when absent", () => {
    const c = { StringNotEquals: { "aws:RequestedRegion": ["us-east-1", "us-west-2"] } };
    expect(holds(c, { "aws:RequestedRegion": "eu-west-1" })).toBe(true);
    expect(holds(c, { "aws:RequestedRegion": "us-west-2" })).toBe(false);
    expect(holds(c, {})).toBe(true);
  });

  it("the IgnoreCase variants fold case on both sides", () => {
    expect(holds({ StringEqualsIgnoreCase: { "aws:PrincipalTag/team": "Blue" } }, { "aws:PrincipalTag/team": "bLUE" })).toBe(true);
    expect(holds({ StringNotEqualsIgnoreCase: { "aws:PrincipalTag/team": "Blue" } }, { "aws:PrincipalTag/team": "BLUE" })).toBe(false);
    expect(holds({ StringNotEqualsIgnoreCase: { "aws:PrincipalTag/team": "Blue" } }, { "aws:PrincipalTag/team": "red" })).toBe(true);
  });

  it("StringLike globs case-sensitively with * and ?", () => {
    const c = { StringLike: { "s3:prefix": ["home/*", "shared/??/"] } };
    expect(holds(c, { "s3:prefix": "home/alice/docs" })).toBe(true);
    expect(holds(c, { "s3:prefix": "shared/ab/" })).toBe(true);
    expect(holds(c, { "s3:prefix": "shared/abc/" })).toBe(false);
    expect(holds(c, { "s3:prefix": "Home/alice" })).toBe(false);
  });

  it("StringNotLike holds when no pattern matches, and when the key is absent", () => {
    const c = { StringNotLike: { "aws:userid": ["AROA*:admin-*"] } };
    expect(holds(c, { "aws:userid": "AROAEXAMPLE:alice" })).toBe(true);
    expect(holds(c, { "aws:userid": "AROAEXAMPLE:admin-bob" })).toBe(false);
    expect(holds(c, {})).toBe(true);
  });

  it("ABAC: resource tag must equal the principal's tag via a policy variable", () => {
    const c = { StringEquals: { "aws:ResourceTag/team": "${aws:PrincipalTag/team}" } };
    expect(holds(c, { "aws:ResourceTag/team": "blue", "aws:PrincipalTag/team": "blue" })).toBe(true);
    expect(holds(c, { "aws:ResourceTag/team": "red", "aws:PrincipalTag/team": "blue" })).toBe(false);
    expect(holds(c, { "aws:ResourceTag/team": "blue" })).toBe(false);
    expect(holds({ StringNotEquals: c.StringEquals }, { "aws:ResourceTag/team": "blue" })).toBe(true);
  });

  it("StringLike with a variable keeps substituted text literal", () => {
    const c = { StringLike: { "s3:prefix": ["home/${aws:username}/*"] } };
    expect(holds(c, { "s3:prefix": "home/alice/x", "aws:username": "alice" })).toBe(true);
    expect(holds(c, { "s3:prefix": "home/bob/x", "aws:username": "alice" })).toBe(false);
    expect(holds(c, { "s3:prefix": "home/bob/x", "aws:username": "*" })).toBe(false);
    expect(holds(c, { "s3:prefix": "home/*/x", "aws:username": "*" })).toBe(true);
  });

  it("normalises number and boolean policy values to strings", () => {
    expect(holds({ StringEquals: { "s3:max-keys": 10 } }, { "s3:max-keys": "10" })).toBe(true);
    expect(holds({ StringEquals: { "aws:SecureTransport": true } }, { "aws:SecureTransport": "true" })).toBe(true);
  });
});
