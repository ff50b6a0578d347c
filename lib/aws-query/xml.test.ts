import { describe, expect, it } from "vitest";
import { AwsError } from "@/lib/errors";
import { elementXml, encodePolicyDocument, errorXml, escapeXml, isoSeconds, requestId, successXml } from "./xml";

const STS = "https://sts.amazonaws.com/doc/2011-06-15/";
const IAM = "https://iam.amazonaws.com/doc/2010-05-08/";

describe("successXml", () => {
  it("renders a result with scalars, dates, booleans and omitted nulls", () => {
    const xml = successXml(
      "AssumeRole",
      STS,
      {
        Credentials: {
          AccessKeyId: "ASIAEXAMPLE",
          Expiration: new Date("2026-11-22T14:00:00.123Z"),
        },
        AssumedRoleUser: { Arn: "arn:aws:sts::123456789012:assumed-role/demo/s1", AssumedRoleId: "AROAX:s1" },
        PackedPolicySize: 6,
        SourceIdentity: undefined,
        Truncated: false,
        Marker: null,
      },
      "rid-1",
    );
    expect(xml).toBe(
      `<AssumeRoleResponse xmlns="${STS}"><AssumeRoleResult>` +
        "<Credentials><AccessKeyId>ASIAEXAMPLE</AccessKeyId><Expiration>2026-11-22T14:00:00Z</Expiration></Credentials>" +
        "<AssumedRoleUser><Arn>arn:aws:sts::123456789012:assumed-role/demo/s1</Arn><AssumedRoleId>AROAX:s1</AssumedRoleId></AssumedRoleUser>" +
        "<PackedPolicySize>6</PackedPolicySize><Truncated>false</Truncated>" +
        "</AssumeRoleResult><ResponseMetadata><RequestId>rid-1</RequestId></ResponseMetadata></AssumeRoleResponse>",
    );
  });

  it("renders lists as <member> and empty lists/structures as empty elements", () => {
    const xml = successXml(
      "ListRoles",
      IAM,
      { Roles: [{ RoleName: "a", Tags: [] }, { RoleName: "b", RoleLastUsed: {} }], IsTruncated: true },
      "r",
    );
    expect(xml).toBe(
      `<ListRolesResponse xmlns="${IAM}"><ListRolesResult>` +
        "<Roles><member><RoleName>a</RoleName><Tags/></member><member><RoleName>b</RoleName><RoleLastUsed/></member></Roles>" +
        "<IsTruncated>true</IsTruncated></ListRolesResult>" +
        "<ResponseMetadata><RequestId>r</RequestId></ResponseMetadata></ListRolesResponse>",
    );
  });

  it("omits the Result for operations without output and keeps an empty one for empty output", () => {
    expect(successXml("DeleteRole", IAM, null, "r")).toBe(
      `<DeleteRoleResponse xmlns="${IAM}"><ResponseMetadata><RequestId>r</RequestId></ResponseMetadata></DeleteRoleResponse>`,
    );
    expect(successXml("UpdateRole", IAM, {}, "r")).toBe(
      `<UpdateRoleResponse xmlns="${IAM}"><UpdateRoleResult/><ResponseMetadata><RequestId>r</RequestId></ResponseMetadata></UpdateRoleResponse>`,
    );
  });

  it("renders maps as entry/key/value and scalar lists as members", () => {
    expect(elementXml("M", new Map([["k", "v"]]))).toBe("<M><entry><key>k</key><value>v</value></entry></M>");
    expect(elementXml("L", ["a", "b"])).toBe("<L><member>a</member><member>b</member></L>");
  });
});

describe("escaping", () => {
  it("escapes the five XML specials and replaces characters XML cannot carry", () => {
    expect(escapeXml(`a&b<c>d"e'f`)).toBe("a&amp;b&lt;c&gt;d&quot;e&apos;f");
    expect(escapeXml("x\u0001y\tz\n")).toBe("x\uFFFDy\tz\n");
    expect(elementXml("Description", "<script>&")).toBe("<Description>&lt;script&gt;&amp;</Description>");
  });
});

describe("errorXml", () => {
  it("puts RequestId beside Error, with Type from the code's table entry", () => {
    const err = new AwsError("AccessDenied", "User: arn:aws:iam::111111111111:user/bob is not authorized to perform: sts:AssumeRole on resource: x & <y>");
    expect(errorXml(err, "rid", STS)).toBe(
      `<ErrorResponse xmlns="${STS}"><Error><Type>Sender</Type><Code>AccessDenied</Code>` +
        "<Message>User: arn:aws:iam::111111111111:user/bob is not authorized to perform: sts:AssumeRole on resource: x &amp; &lt;y&gt;</Message>" +
        "</Error><RequestId>rid</RequestId></ErrorResponse>",
    );
    expect(errorXml(new AwsError("ServiceFailure", "boom"), "r", IAM)).toContain(`xmlns="${IAM}"><Error><Type>Receiver</Type>`);
  });
});

describe("helpers", () => {
  it("formats dates without milliseconds", () => {
    expect(isoSeconds(new Date(Date.UTC(2026, 10, 22, 14, 0, 0, 999)))).toBe("2026-11-22T14:00:00Z");
  });

  it("makes lower-case v4 UUID request ids, unique per call", () => {
    const a = requestId();
    expect(a).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(requestId()).not.toBe(a);
  });

  it("percent-encodes policy documents so one decode restores them, literal % included", () => {
    const doc = '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:*","Resource":"arn:aws:s3:::a%3Ab"}]}';
    const encoded = encodePolicyDocument(doc);
    expect(encoded).toContain("a%253Ab");
    expect(encoded.startsWith("%7B%22Version%22%3A%222012-10-17%22")).toBe(true);
    expect(encoded).toContain("s3%3A%2A");
    expect(decodeURIComponent(encoded)).toBe(doc);
  });
});

describe("remembered formatting", () => {
  it("isoSeconds answers each instant, also when two alternate", () => {
    const a = new Date(Date.UTC(2026, 10, 22, 14, 0, 0));
    const b = new Date(Date.UTC(2026, 10, 22, 15, 0, 1));
    expect([isoSeconds(a), isoSeconds(b), isoSeconds(a)]).toEqual(["2026-11-22T14:00:00Z", "2026-11-22T15:00:01Z", "2026-11-22T14:00:00Z"]);
  });

  it("escapeXml passes plain text through and still escapes after it", () => {
    expect(escapeXml("arn:aws:iam::111111111111:role/x")).toBe("arn:aws:iam::111111111111:role/x");
    expect(escapeXml("a<b&'c'\u0001")).toBe("a&lt;b&amp;&apos;c&apos;\uFFFD");
  });
});
