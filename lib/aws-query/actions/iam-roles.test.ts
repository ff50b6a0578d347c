// The role and policy action tables with real Query parameters: Coral-style validation, documents
// URL-encoded in results, and the XML the handler would send.
import { beforeAll, describe, expect, it } from "vitest";
import { parseForm, successXml, type CallMeta } from "@/lib/aws-query";
import { failure, openSandbox, trustDoc, type Sandbox } from "@/lib/testing/sandbox";

let sb: Sandbox;
let roleActions: typeof import("./iam-roles").iamRoleActions;
let policyActions: typeof import("./iam-policies").iamPolicyActions;

beforeAll(async () => {
  sb = await openSandbox();
  ({ iamRoleActions: roleActions } = await import("./iam-roles"));
  ({ iamPolicyActions: policyActions } = await import("./iam-policies"));
}, 90_000);

const meta = {} as CallMeta;
const form = (fields: Record<string, string>) => parseForm(new URLSearchParams(fields).toString());
const NS = "https://iam.amazonaws.com/doc/2010-05-08/";

describe("iamRoleActions", () => {
  it("CreateRole reads tags and returns the trust policy URL-encoded", async () => {
    const doc = trustDoc({ Service: "ec2.amazonaws.com" });
    const out = (await roleActions.CreateRole(
      form({ RoleName: "Wire", AssumeRolePolicyDocument: doc, "Tags.member.1.Key": "team", "Tags.member.1.Value": "blue" }),
      sb.admin,
      meta,
    )) as { Role: { AssumeRolePolicyDocument: string; Tags: unknown } };
    expect(out.Role.AssumeRolePolicyDocument).toBe(encodeURIComponent(doc));
    expect(out.Role.Tags).toEqual([{ Key: "team", Value: "blue" }]);
    const xml = successXml("GetRole", NS, await roleActions.GetRole(form({ RoleName: "Wire" }), sb.admin, meta), "rid");
    expect(xml).toContain("<RoleName>Wire</RoleName>");
    expect(xml).toContain("<Tags><member><Key>team</Key><Value>blue</Value></member></Tags>");
    expect(xml).toContain("<MaxSessionDuration>3600</MaxSessionDuration>");
    expect(xml).toContain(`<AssumeRolePolicyDocument>${encodeURIComponent(doc)}</AssumeRolePolicyDocument>`);
  });

  it("reports every model violation at once, Coral style", async () => {
    expect(await failure(roleActions.CreateRole(form({ RoleName: "bad name", MaxSessionDuration: "10" }), sb.admin, meta))).toEqual({
      code: "ValidationError",
      message:
        "3 validation errors detected: Value 'bad name' at 'roleName' failed to satisfy constraint: Member must satisfy regular expression pattern: [\\w+=,.@-]+; " +
        "Value null at 'assumeRolePolicyDocument' failed to satisfy constraint: Member must not be null; " +
        "Value '10' at 'maxSessionDuration' failed to satisfy constraint: Member must have value greater than or equal to 3600",
    });
  });

  it("lists with Marker/MaxItems and encodes inline documents", async () => {
    const page = (await roleActions.ListRoles(form({ MaxItems: "1" }), sb.admin, meta)) as { Roles: unknown[]; IsTruncated: boolean; Marker: string };
    expect(page.Roles).toHaveLength(1);
    expect(page.IsTruncated).toBe(true);
    const next = (await roleActions.ListRoles(form({ MaxItems: "1", Marker: page.Marker }), sb.admin, meta)) as { Roles: { RoleName: string }[] };
    expect(next.Roles[0]).not.toEqual(page.Roles[0]);
    const policy = JSON.stringify({ Version: "2012-10-17", Statement: [{ Effect: "Allow", Action: "s3:*", Resource: "*" }] });
    await roleActions.PutRolePolicy(form({ RoleName: "Wire", PolicyName: "p", PolicyDocument: policy }), sb.admin, meta);
    const inline = (await roleActions.GetRolePolicy(form({ RoleName: "Wire", PolicyName: "p" }), sb.admin, meta)) as { PolicyDocument: string };
    expect(inline).toMatchObject({ RoleName: "Wire", PolicyName: "p" });
    expect(inline.PolicyDocument).toMatch(/^%7B%22Version%22/);
    expect(decodeURIComponent(inline.PolicyDocument)).toBe(policy);
    await roleActions.UntagRole(form({ RoleName: "Wire", "TagKeys.member.1": "team" }), sb.admin, meta);
    expect(await roleActions.ListRoleTags(form({ RoleName: "Wire" }), sb.admin, meta)).toEqual({ Tags: [], IsTruncated: false });
  });
});

describe("iamPolicyActions", () => {
  it("creates a policy, a default version, and returns documents URL-encoded", async () => {
    const v1 = JSON.stringify({ Version: "2012-10-17", Statement: [{ Effect: "Allow", Action: "s3:Get*", Resource: "*" }] });
    const v2 = v1.replace("s3:Get*", "s3:List*");
    const { Policy } = (await policyActions.CreatePolicy(form({ PolicyName: "WirePolicy", PolicyDocument: v1 }), sb.admin, meta)) as { Policy: { Arn: string } };
    await policyActions.CreatePolicyVersion(form({ PolicyArn: Policy.Arn, PolicyDocument: v2, SetAsDefault: "true" }), sb.admin, meta);
    const got = (await policyActions.GetPolicyVersion(form({ PolicyArn: Policy.Arn, VersionId: "v2" }), sb.admin, meta)) as {
      PolicyVersion: { Document: string; IsDefaultVersion: boolean };
    };
    expect(got.PolicyVersion.IsDefaultVersion).toBe(true);
    expect(got.PolicyVersion.Document).not.toContain("{");
    expect(decodeURIComponent(got.PolicyVersion.Document)).toBe(v2);
    const listed = (await policyActions.ListPolicies(form({ Scope: "Local" }), sb.admin, meta)) as { Policies: { PolicyName: string }[] };
    expect(listed.Policies.map((p) => p.PolicyName)).toContain("WirePolicy");
    expect((await failure(policyActions.ListEntitiesForPolicy(form({ PolicyArn: Policy.Arn, EntityFilter: "Nope" }), sb.admin, meta))).code).toBe("ValidationError");
  });
});
