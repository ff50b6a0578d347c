import fc from "fast-check";
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
  // "If the * wildcard is the last character of a resource ARN segment, it can expand to match beyond
  // the colon boundaries." https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_resource.html
  it("lets a '*' that ends one of the first five segments run past colons", () => {
    expect(matches("arn:aws:sqs:*:q", "arn:aws:sqs:us-east-1:111111111111:q")).toBe(true);
    expect(matches("arn:aws:sqs:us-*:q", "arn:aws:sqs:us-east-1:111111111111:q")).toBe(true);
    expect(matches("arn:aws:sqs:*:*:q", "arn:aws:sqs:us-east-1:111111111111:q")).toBe(true);
    expect(matches("arn:aws:sqs:eu-*:q", "arn:aws:sqs:us-east-1:111111111111:q")).toBe(false);
  });
  it("keeps '?' and a '*' inside a segment within that segment", () => {
    expect(matches("arn:aws:s?s:*:*:q", "arn:aws:sqs:us-east-1:111111111111:q")).toBe(true);
    expect(matches("arn:aws:sqs:us-*-1:111111111111:q", "arn:aws:sqs:us-east-1:111111111111:q")).toBe(true);
    expect(matches("arn:aws:sqs:us-*-1:111111111111:q", "arn:aws:sqs:us-east:x-1:111111111111:q")).toBe(false);
    expect(matches("arn:aws:sqs:us-east-?:111111111111:q", "arn:aws:sqs:us-east-1:111111111111:q")).toBe(true);
    expect(matches("arn:aws:sqs:us-east?1:111111111111:q", "arn:aws:sqs:us-east:1:111111111111:q")).toBe(false);
    expect(matches("arn:aws:sqs:*:11111111111?:q", "arn:aws:sqs:us-east-1:111111111112:q")).toBe(true);
  });
  it("lets '?' in the resource segment match a colon", () => {
    expect(matches("arn:aws:sqs:us-east-?:111111111111:a?b", "arn:aws:sqs:us-east-1:111111111111:a:b")).toBe(true);
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
    expect(matches("arn:aws:s?:::b", "arn:aws:s3")).toBe(false);
  });
});

/** The documented rule as a regex: in the first five segments a '*' followed by ':' (or ending the
 *  pattern) matches anything, any other wildcard stays off ':'; after the fifth colon all match anything. */
function resourceOracle(pattern: string, value: string): boolean {
  let colons = 0;
  let src = "";
  for (let i = 0; i < pattern.length; i++) {
    const ch = pattern[i];
    const free = colons >= 5;
    if (ch === "*") {
      let j = i;
      while (pattern[j + 1] === "*") j++;
      const ends = j + 1 === pattern.length || pattern[j + 1] === ":";
      src += free || ends ? "[\\s\\S]*" : "[^:]*";
    } else if (ch === "?") src += free ? "[\\s\\S]" : "[^:]";
    else {
      if (ch === ":") colons++;
      src += ch.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
    }
  }
  return new RegExp(`^${src}$`).test(value);
}

describe("resource matching agrees with the documented wildcard rule (property)", () => {
  it("for patterns and values over a small alphabet", () => {
    const unit = fc.constantFrom("a", "b", ":", "/");
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom("a", "b", ":", "/", "*", "?"), maxLength: 14 }),
        fc.string({ unit, maxLength: 14 }),
        (pattern, value) => {
          expect(matches(pattern, value)).toBe(resourceOracle(pattern, value));
        },
      ),
      { numRuns: 5000 },
    );
  });
});

