import { describe, expect, it } from "vitest";
import { AwsError } from "@/lib/errors";
import { parseForm } from "./form";
import { ParamReader, memberPath, optionalBool, optionalInt, optionalString, requireString } from "./params";

function thrown(fn: () => unknown): AwsError {
  try {
    fn();
  } catch (e) {
    if (e instanceof AwsError) return e;
    throw e;
  }
  throw new Error("expected an AwsError");
}

describe("memberPath", () => {
  it("lower-camels names and puts list indexes before 'member'", () => {
    expect(memberPath("RoleArn")).toBe("roleArn");
    expect(memberPath("Tags.member.1.Key")).toBe("tags.1.member.key");
    expect(memberPath("PolicyArns.member.3.arn")).toBe("policyArns.3.member.arn");
  });
});

describe("typed getters", () => {
  it("reports an absent required member as AWS's null violation", () => {
    const e = thrown(() => requireString(parseForm("Action=AssumeRole"), "RoleArn"));
    expect(e.code).toBe("ValidationError");
    expect(e.message).toBe(
      "1 validation error detected: Value null at 'roleArn' failed to satisfy constraint: Member must not be null",
    );
  });

  it("can report MissingParameter instead", () => {
    const r = new ParamReader(parseForm(""), { missing: "MissingParameter" });
    r.string("RoleName", { required: true });
    const e = thrown(() => r.finish());
    expect(e.code).toBe("MissingParameter");
    expect(e.message).toBe("The request must contain the parameter RoleName");
  });

  it("checks integer bounds with Coral's wording", () => {
    const e = thrown(() => optionalInt(parseForm("DurationSeconds=600"), "DurationSeconds", { min: 900, max: 43200 }));
    expect(e.message).toBe(
      "1 validation error detected: Value '600' at 'durationSeconds' failed to satisfy constraint: Member must have value greater than or equal to 900",
    );
    expect(optionalInt(parseForm("DurationSeconds=3600"), "DurationSeconds", { min: 900 })).toBe(3600);
    expect(optionalInt(parseForm(""), "DurationSeconds")).toBeUndefined();
    expect(thrown(() => optionalInt(parseForm("D=12abc"), "D")).code).toBe("ValidationError");
  });

  it("checks length then pattern, quoting the pattern verbatim", () => {
    const rule = { min: 2, max: 64, pattern: "[\\w+=,.@-]*" };
    expect(thrown(() => optionalString(parseForm("RoleSessionName=a"), "RoleSessionName", rule)).message).toBe(
      "1 validation error detected: Value 'a' at 'roleSessionName' failed to satisfy constraint: Member must have length greater than or equal to 2",
    );
    expect(thrown(() => optionalString(parseForm("RoleSessionName=bad%20name"), "RoleSessionName", rule)).message).toBe(
      "1 validation error detected: Value 'bad name' at 'roleSessionName' failed to satisfy constraint: Member must satisfy regular expression pattern: [\\w+=,.@-]*",
    );
    expect(optionalString(parseForm("RoleSessionName=ok%40x"), "RoleSessionName", rule)).toBe("ok@x");
  });

  it("matches the pattern against the whole value", () => {
    expect(() => optionalString(parseForm("X=abc1"), "X", { pattern: "[a-z]+" })).toThrow(AwsError);
  });

  it("joins several violations in call order", () => {
    const r = new ParamReader(parseForm("RoleSessionName=x&DurationSeconds=99999"));
    r.string("RoleArn", { required: true });
    r.string("RoleSessionName", { required: true, min: 2 });
    r.int("DurationSeconds", { max: 43200 });
    r.checkString(memberPath("Tags.member.1.Key"), "", { min: 1 });
    const e = thrown(() => r.finish());
    expect(e.message).toBe(
      "4 validation errors detected: " +
        "Value null at 'roleArn' failed to satisfy constraint: Member must not be null; " +
        "Value 'x' at 'roleSessionName' failed to satisfy constraint: Member must have length greater than or equal to 2; " +
        "Value '99999' at 'durationSeconds' failed to satisfy constraint: Member must have value less than or equal to 43200; " +
        "Value '' at 'tags.1.member.key' failed to satisfy constraint: Member must have length greater than or equal to 1",
    );
  });

  it("does not throw when nothing is wrong", () => {
    const r = new ParamReader(parseForm("A=1"));
    expect(r.string("A", { required: true })).toBe("1");
    expect(() => r.finish()).not.toThrow();
  });

  it("reads booleans case-insensitively and rejects other text", () => {
    expect(optionalBool(parseForm("B=TRUE"), "B")).toBe(true);
    expect(optionalBool(parseForm("B=false"), "B")).toBe(false);
    expect(thrown(() => optionalBool(parseForm("B=yes"), "B")).code).toBe("ValidationError");
  });
});
