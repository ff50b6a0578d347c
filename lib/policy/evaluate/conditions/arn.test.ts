import { describe, it, expect } from "vitest";
import { holds } from "./test-helpers";

describe("ARN operators", () => {
  it("ArnLike compares per segment: '*' does not cross a colon before the resource (AWS doc example)", () => {
    const pattern = "arn:aws:svc:*:111122223333:finance/*";
    const tricky = "arn:aws:svc:us-east-2:999999999999:store/abc:111122223333:finance/x";
    expect(holds({ ArnLike: { "aws:SourceArn": pattern } }, { "aws:SourceArn": tricky })).toBe(false);
    expect(holds({ StringLike: { "aws:SourceArn": pattern } }, { "aws:SourceArn": tricky })).toBe(true);
    expect(holds({ ArnLike: { "aws:SourceArn": pattern } }, { "aws:SourceArn": "arn:aws:svc:us-east-2:111122223333:finance/q3:x" })).toBe(true);
  });

  it("ArnEquals behaves like ArnLike and is case-sensitive", () => {
    const c = { ArnEquals: { "aws:PrincipalArn": "arn:aws:iam::111111111111:role/Admin*" } };
    expect(holds(c, { "aws:PrincipalArn": "arn:aws:iam::111111111111:role/AdminRole" })).toBe(true);
    expect(holds(c, { "aws:PrincipalArn": "arn:aws:iam::111111111111:role/adminrole" })).toBe(false);
  });

  it("a non-ARN request value matches nothing", () => {
    expect(holds({ ArnLike: { "aws:SourceArn": "arn:aws:s3:::*" } }, { "aws:SourceArn": "bucket" })).toBe(false);
  });

  it("ArnNotLike differs from every pattern and holds when the key is absent", () => {
    const c = { ArnNotLike: { "aws:PrincipalArn": ["arn:aws:iam::*:role/Break-Glass", "arn:aws:iam::*:root"] } };
    expect(holds(c, { "aws:PrincipalArn": "arn:aws:iam::111111111111:role/Dev" })).toBe(true);
    expect(holds(c, { "aws:PrincipalArn": "arn:aws:iam::111111111111:role/Break-Glass" })).toBe(false);
    expect(holds(c, {})).toBe(true);
    expect(holds({ ArnNotEquals: c.ArnNotLike }, { "aws:PrincipalArn": "arn:aws:iam::111111111111:root" })).toBe(false);
  });

  it("a pattern with fewer than six parts lets its last part cover the rest", () => {
    expect(holds({ ArnLike: { "aws:SourceArn": "*" } }, { "aws:SourceArn": "arn:aws:s3:::b" })).toBe(true);
    expect(holds({ ArnLike: { "aws:SourceArn": "arn:aws:iam::*" } }, { "aws:SourceArn": "arn:aws:iam::1:role/x" })).toBe(true);
  });

  it("expands variables, whose colons then separate segments", () => {
    const c = { ArnEquals: { "aws:SourceArn": "${aws:PrincipalArn}" } };
    const arn = "arn:aws:iam::111111111111:role/R";
    expect(holds(c, { "aws:SourceArn": arn, "aws:PrincipalArn": arn })).toBe(true);
    expect(holds(c, { "aws:SourceArn": arn })).toBe(false);
    const own = { ArnLike: { "aws:SourceArn": "arn:aws:sqs:*:${aws:PrincipalAccount}:*" } };
    expect(holds(own, { "aws:SourceArn": "arn:aws:sqs:us-east-1:111111111111:q", "aws:PrincipalAccount": "111111111111" })).toBe(true);
    expect(holds(own, { "aws:SourceArn": "arn:aws:sqs:us-east-1:222222222222:q", "aws:PrincipalAccount": "111111111111" })).toBe(false);
  });
});
