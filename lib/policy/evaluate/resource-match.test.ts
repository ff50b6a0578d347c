import { describe, expect, it } from "vitest";
import { createContext } from "../context";
import { compileResources, PreparedResource, splitArn } from "./resource-match";

const ctx = createContext({ "aws:username": "alice" });
const matches = (pattern: string, value: string, variables = true) =>
  compileResources([pattern], variables).test(new PreparedResource(value), ctx);

describe("splitArn", () => {
  it("splits at the first five colons only", () => {
    expect(splitArn("arn:aws:logs:us-east-1:111:log-group:g:*")).toEqual(["arn", "aws", "logs", "us-east-1", "111", "log-group:g:*"]);
    expect(splitArn("*")).toEqual(["*"]);
  });
});

describe("resource matching", () => {
  it("never lets a wildcard in the first five segments span a colon", () => {
    expect(matches("arn:aws:sqs:*:q", "arn:aws:sqs:us-east-1:111111111111:q")).toBe(false);
    expect(matches("arn:aws:sqs:*:*:q", "arn:aws:sqs:us-east-1:111111111111:q")).toBe(true);
    expect(matches("arn:aws:s?s:*:*:q", "arn:aws:sqs:us-east-1:111111111111:q")).toBe(true);
  });
  it("lets '*' in the resource segment span colons and slashes", () => {
    expect(matches("arn:aws:logs:*:*:log-group:*", "arn:aws:logs:us-east-1:1:log-group:a:log-stream:b/c")).toBe(true);
  });
  it("is case-sensitive", () => {
    expect(matches("arn:aws:s3:::Bucket/*", "arn:aws:s3:::bucket/x")).toBe(false);
  });
  it("substitutes variables only in 2012-10-17 policies", () => {
    expect(matches("arn:aws:s3:::home/${aws:username}/*", "arn:aws:s3:::home/alice/x")).toBe(true);
    expect(matches("arn:aws:s3:::home/${aws:username}/*", "arn:aws:s3:::home/alice/x", false)).toBe(false);
    expect(matches("arn:aws:s3:::home/${aws:username}/*", "arn:aws:s3:::home/${aws:username}/x", false)).toBe(true);
  });
  it("requires the value to have as many segments as a segment-wise pattern", () => {
    expect(matches("arn:*:s3:::b", "arn:aws:s3")).toBe(false);
  });
});
