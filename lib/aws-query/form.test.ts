import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formDecode, hasParam, mapEntries, memberList, parseForm, percentDecode, stringList, uriEncode } from "./form";

describe("parseForm", () => {
  it("decodes a CLI AssumeRole body", () => {
    const p = parseForm(
      "Action=AssumeRole&Version=2011-06-15&RoleArn=arn%3Aaws%3Aiam%3A%3A123456789012%3Arole%2Fdemo&RoleSessionName=s1&Policy=%7B%22Version%22%3A%222012-10-17%22%7D&DurationSeconds=900&Tags.member.1.Key=team&Tags.member.1.Value=blue&ExternalId=ext-1",
    );
    expect(p.get("Action")).toBe("AssumeRole");
    expect(p.get("RoleArn")).toBe("arn:aws:iam::123456789012:role/demo");
    expect(p.get("Policy")).toBe('{"Version":"2012-10-17"}');
    expect(p.get("Tags.member.1.Value")).toBe("blue");
    expect(p.get("ExternalId")).toBe("ext-1");
  });

  it("keeps the first value of a repeated name, across and within sources", () => {
    const p = parseForm("?Action=GetCallerIdentity&X=1", "Action=AssumeRole&X=2&Y=3&Y=4");
    expect(p.get("Action")).toBe("GetCallerIdentity");
    expect(p.get("X")).toBe("1");
    expect(p.get("Y")).toBe("3");
  });

  it("treats + as a space, a bare name as empty, and skips empty pairs", () => {
    const p = parseForm("A=hello+world&&Tags=&B");
    expect(p.get("A")).toBe("hello world");
    expect(p.get("Tags")).toBe("");
    expect(p.get("B")).toBe("");
    expect([...p.keys()]).toEqual(["A", "Tags", "B"]);
  });

  it("never throws on malformed escapes and decodes multi-byte UTF-8", () => {
    expect(percentDecode("100%")).toBe("100%");
    expect(percentDecode("%zz%41")).toBe("%zzA");
    expect(formDecode("caf%C3%A9+%E2%9C%93")).toBe("café ✓");
    expect(percentDecode("%C3")).toBe("\uFFFD");
    expect(percentDecode("😀%20x")).toBe("😀 x");
  });

  it("always yields well-formed text: an encoded surrogate (%ED%A0%80) or invalid UTF-8 becomes U+FFFD, never an unpaired surrogate", () => {
    expect(percentDecode("x%ED%A0%80y")).toBe("x\uFFFD\uFFFD\uFFFDy");
    const escape = fc.oneof(
      fc.uint8Array({ minLength: 1, maxLength: 4 }).map((b) => [...b].map((x) => `%${x.toString(16).padStart(2, "0")}`).join("")),
      fc.constantFrom("%", "%Z", "%ZZ", "+", "=", "&"),
      fc.string({ maxLength: 4 }),
    );
    fc.assert(
      fc.property(fc.array(escape, { maxLength: 12 }), (parts) => {
        for (const [k, v] of parseForm(parts.join(""))) expect(`${k}=${v}`).toSatisfy((t: string) => !/\p{Cs}/u.test(t));
      }),
      { seed: 10, numRuns: 500 },
    );
  });

  it("holds prototype-looking names as plain keys", () => {
    const p = parseForm("__proto__=x&constructor=y");
    expect(p.get("__proto__")).toBe("x");
    expect(p.get("constructor")).toBe("y");
  });
});

describe("lists and maps", () => {
  const p = parseForm(
    [
      "Tags.member.2.Key=b",
      "Tags.member.2.Value=2",
      "Tags.member.10.Key=j",
      "Tags.member.1.Key=a",
      "Tags.member.1.Value=1",
      "TagKeys.member.2=y",
      "TagKeys.member.1=x",
      "TagKeys.member.0=ignored",
      "PolicyArns.member.1.arn=arn%3Aaws%3Aiam%3A%3Aaws%3Apolicy%2FReadOnlyAccess",
      "Attrs.entry.1.key=k1",
      "Attrs.entry.1.value=v1",
      "Attrs.entry.2.key=k2",
      "Empty=",
    ].join("&"),
  );

  it("reads structure lists in numeric index order, leaving unsent fields absent", () => {
    expect(memberList(p, "Tags", ["Key", "Value"])).toEqual([
      { Key: "a", Value: "1" },
      { Key: "b", Value: "2" },
      { Key: "j" },
    ]);
    expect(memberList(p, "PolicyArns", ["arn"])).toEqual([{ arn: "arn:aws:iam::aws:policy/ReadOnlyAccess" }]);
  });

  it("reads scalar lists and ignores index 0", () => {
    expect(stringList(p, "TagKeys")).toEqual(["x", "y"]);
  });

  it("gives [] for absent and empty lists, and hasParam tells them apart", () => {
    expect(memberList(p, "Empty", ["Key"])).toEqual([]);
    expect(stringList(p, "Missing")).toEqual([]);
    expect(hasParam(p, "Empty")).toBe(true);
    expect(hasParam(p, "Tags")).toBe(true);
    expect(hasParam(p, "Missing")).toBe(false);
    expect(hasParam(p, "Tag")).toBe(false);
  });

  it("reads maps, with a missing value as empty", () => {
    expect([...mapEntries(p, "Attrs")]).toEqual([
      ["k1", "v1"],
      ["k2", ""],
    ]);
  });
});

describe("uriEncode", () => {
  it("keeps only RFC 3986 unreserved characters", () => {
    expect(uriEncode("a-_.~Z9 !'()*/:%")).toBe("a-_.~Z9%20%21%27%28%29%2A%2F%3A%25");
  });
});
