import { describe, expect, it } from "vitest";
import { parseForm } from "./form";
import { ParamReader } from "./params";
import { queryInput } from "./request-input";

// The Query protocol's flattening (https://docs.aws.amazon.com/IAM/latest/APIReference/iam-api.pdf
// "Query requests"; botocore's query serializer): lists as `.member.N`, maps as `.entry.N.key/value`.
describe("queryInput", () => {
  it("nests lists of structures, scalar lists and maps; drops the protocol's members", () => {
    const params = parseForm(
      "Action=AssumeRole&Version=2011-06-15&RoleArn=arn%3Aaws%3Aiam%3A%3A111122223333%3Arole%2FAdmin&RoleSessionName=s" +
        "&Tags.member.2.Key=b&Tags.member.2.Value=2&Tags.member.1.Key=a&Tags.member.1.Value=1" +
        "&TransitiveTagKeys.member.1=a&PolicyArns.member.1.arn=arn%3Aaws%3Aiam%3A%3Aaws%3Apolicy%2FX" +
        "&Attributes.entry.1.key=k1&Attributes.entry.1.value=v1&X-Amz-Signature=abc",
    );
    expect(queryInput(params)).toEqual({
      RoleArn: "arn:aws:iam::111122223333:role/Admin",
      RoleSessionName: "s",
      Tags: [{ Key: "a", Value: "1" }, { Key: "b", Value: "2" }],
      TransitiveTagKeys: ["a"],
      PolicyArns: [{ arn: "arn:aws:iam::aws:policy/X" }],
      Attributes: new Map([["k1", "v1"]]),
    });
  });

  it("types what the action read as integers and booleans; the rest stays as sent", () => {
    const params = parseForm("DurationSeconds=3600&OnlyAttached=true&ExternalId=123456&MaxItems=oops");
    const r = new ParamReader(params);
    r.int("DurationSeconds");
    r.bool("OnlyAttached");
    r.int("MaxItems");
    r.string("ExternalId");
    expect(queryInput(params)).toEqual({ DurationSeconds: 3600, OnlyAttached: true, ExternalId: "123456", MaxItems: "oops" });
  });

  it("nested members (Structure.Member) and lists of lists; hostile names stay plain data", () => {
    const params = parseForm("ContextEntries.member.1.ContextKeyValues.member.1=v&ContextEntries.member.1.ContextKeyName=aws%3AX&__proto__.polluted=1&constructor=c");
    const input = queryInput(params);
    expect(Object.keys(input)).toEqual(["ContextEntries", "__proto__", "constructor"]);
    expect(input.ContextEntries).toEqual([{ ContextKeyValues: ["v"], ContextKeyName: "aws:X" }]);
    expect(JSON.stringify(input.__proto__)).toBe('{"polluted":"1"}');
    expect(input.constructor).toBe("c");
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it("a member sent both as a value and as a list keeps the first shape", () => {
    expect(queryInput(parseForm("Tags=&Tags.member.1.Key=a"))).toEqual({ Tags: "" });
  });
});
