// The policy tag actions with real Query parameters: Tags.member.N / TagKeys.member.N read as the
// SDK sends them, Coral-style validation of the ARN, and the ListPolicyTags XML.
import { beforeAll, describe, expect, it } from "vitest";
import { parseForm, successXml, type CallMeta } from "@/lib/aws-query";
import { failure, openSandbox, type Sandbox } from "@/lib/testing/sandbox";

let sb: Sandbox;
let actions: typeof import("./iam-policies").iamPolicyActions;

beforeAll(async () => {
  sb = await openSandbox();
  ({ iamPolicyActions: actions } = await import("./iam-policies"));
}, 90_000);

const meta = {} as CallMeta;
const form = (fields: Record<string, string>) => parseForm(new URLSearchParams(fields).toString());
const NS = "https://iam.amazonaws.com/doc/2010-05-08/";
const DOC = JSON.stringify({ Version: "2012-10-17", Statement: [{ Effect: "Allow", Action: "s3:Get*", Resource: "*" }] });

describe("TagPolicy / UntagPolicy / ListPolicyTags", () => {
  it("tags, lists as XML and untags a customer managed policy", async () => {
    const { Policy } = (await actions.CreatePolicy(form({ PolicyName: "WireTags", PolicyDocument: DOC }), sb.admin, meta)) as { Policy: { Arn: string } };
    const tagged = await actions.TagPolicy(
      form({ PolicyArn: Policy.Arn, "Tags.member.1.Key": "team", "Tags.member.1.Value": "blue", "Tags.member.2.Key": "env", "Tags.member.2.Value": "" }),
      sb.admin,
      meta,
    );
    expect(tagged).toBeNull();
    const listed = await actions.ListPolicyTags(form({ PolicyArn: Policy.Arn }), sb.admin, meta);
    expect(listed).toEqual({
      Tags: [
        { Key: "env", Value: "" },
        { Key: "team", Value: "blue" },
      ],
      IsTruncated: false,
    });
    const xml = successXml("ListPolicyTags", NS, listed, "rid");
    expect(xml).toContain("<Tags><member><Key>env</Key><Value></Value></member><member><Key>team</Key><Value>blue</Value></member></Tags>");
    expect(xml).toContain("<IsTruncated>false</IsTruncated>");

    await actions.UntagPolicy(form({ PolicyArn: Policy.Arn, "TagKeys.member.1": "TEAM" }), sb.admin, meta);
    const page = (await actions.ListPolicyTags(form({ PolicyArn: Policy.Arn, MaxItems: "1" }), sb.admin, meta)) as { Tags: unknown[] };
    expect(page.Tags).toEqual([{ Key: "env", Value: "" }]);
  });

  it("validates parameters before reaching IAM", async () => {
    expect(await failure(actions.TagPolicy(form({ "Tags.member.1.Key": "k", "Tags.member.1.Value": "v" }), sb.admin, meta))).toEqual({
      code: "ValidationError",
      message: "1 validation error detected: Value null at 'policyArn' failed to satisfy constraint: Member must not be null",
    });
    const arn = "arn:aws:iam::aws:policy/ReadOnlyAccess";
    expect((await failure(actions.TagPolicy(form({ PolicyArn: arn, "Tags.member.1.Key": "k" }), sb.admin, meta))).message).toMatch(/at 'tags.1.member.value'.*must not be null/);
    expect((await failure(actions.ListPolicyTags(form({ PolicyArn: arn, MaxItems: "0" }), sb.admin, meta))).code).toBe("ValidationError");
    expect((await failure(actions.TagPolicy(form({ PolicyArn: arn, "Tags.member.1.Key": "k", "Tags.member.1.Value": "v" }), sb.admin, meta))).code).toBe("AccessDenied");
  });
});
