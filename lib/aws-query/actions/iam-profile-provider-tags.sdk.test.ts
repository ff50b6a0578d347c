// Instance profile listing and tags, OIDC/SAML provider tags, UpdateSAMLProvider and
// UpdateOpenIDConnectProviderThumbprint through the real @aws-sdk/client-iam against the real endpoint
// (SigV4, Query form, XML): happy paths, paging, AWS's errors, and authorization before any lookup.
// Run on PostgreSQL too with TEST_DATABASE_URL set.
import {
  CreateInstanceProfileCommand,
  CreateOpenIDConnectProviderCommand,
  CreateSAMLProviderCommand,
  DeleteOpenIDConnectProviderCommand,
  DeleteSAMLProviderCommand,
  DeleteUserPolicyCommand,
  GetOpenIDConnectProviderCommand,
  GetSAMLProviderCommand,
  IAMClient,
  ListInstanceProfilesCommand,
  ListInstanceProfileTagsCommand,
  ListOpenIDConnectProviderTagsCommand,
  ListSAMLProviderTagsCommand,
  PutUserPolicyCommand,
  TagInstanceProfileCommand,
  TagOpenIDConnectProviderCommand,
  TagSAMLProviderCommand,
  UntagInstanceProfileCommand,
  UntagOpenIDConnectProviderCommand,
  UntagSAMLProviderCommand,
  UpdateOpenIDConnectProviderThumbprintCommand,
  UpdateSAMLProviderCommand,
} from "@aws-sdk/client-iam";
import { describe, expect, it } from "vitest";
import { deniedWithoutPolicy, sdkFailure as failure, type Harness } from "@/lib/wire/testing";
import { iamSdkSuite } from "@/lib/testing/iam-sdk-suite";

const ACCT = "111111111111";
const ALICE = `arn:aws:iam::${ACCT}:user/alice`;
let h: Harness;
let admin: IAMClient;
let alice: IAMClient;
const denied = (action: string, resource: string) => deniedWithoutPolicy(ALICE, action, resource);
const profileArn = (name: string, path = "/") => `arn:aws:iam::${ACCT}:instance-profile${path}${name}`;
const samlArn = (name: string) => `arn:aws:iam::${ACCT}:saml-provider/${name}`;
const oidcArn = (hostPath: string) => `arn:aws:iam::${ACCT}:oidc-provider/${hostPath}`;
const metadata = (entityId: string) =>
  `<md:EntityDescriptor xmlns:md="urn:oasis:names:tc:SAML:2.0:metadata" entityID="${entityId}">${"<!-- pad -->".repeat(100)}</md:EntityDescriptor>`;
const THUMB_A = "9e99a48a9960b14926bb7f3b02e22da2b0ab7280";
const THUMB_B = "A".repeat(40);

iamSdkSuite(async (suite) => {
  ({ h, admin, alice } = suite);
  for (const [name, path] of [["web-a", "/app/"], ["web-b", "/app/"], ["batch", "/"], ["api", "/app/inner/"]]) {
    await admin.send(new CreateInstanceProfileCommand({ InstanceProfileName: name, Path: path }));
  }
});

// AWS: https://docs.aws.amazon.com/IAM/latest/APIReference/API_ListInstanceProfiles.html
describe("ListInstanceProfiles", () => {
  it("lists by name, filters by PathPrefix and pages with Marker/MaxItems", async () => {
    const all = await admin.send(new ListInstanceProfilesCommand({}));
    expect(all.InstanceProfiles?.map((p) => p.InstanceProfileName)).toEqual(["api", "batch", "web-a", "web-b"]);
    expect(all.IsTruncated).toBe(false);
    expect(all.InstanceProfiles?.[0]).toMatchObject({ Path: "/app/inner/", Arn: profileArn("api", "/app/inner/"), Roles: [] });
    expect(all.InstanceProfiles?.[0].InstanceProfileId).toMatch(/^AIPA/);

    const app = await admin.send(new ListInstanceProfilesCommand({ PathPrefix: "/app/" }));
    expect(app.InstanceProfiles?.map((p) => p.InstanceProfileName)).toEqual(["api", "web-a", "web-b"]);

    const first = await admin.send(new ListInstanceProfilesCommand({ MaxItems: 2 }));
    expect(first.InstanceProfiles?.map((p) => p.InstanceProfileName)).toEqual(["api", "batch"]);
    expect(first.IsTruncated).toBe(true);
    const second = await admin.send(new ListInstanceProfilesCommand({ MaxItems: 2, Marker: first.Marker }));
    expect(second.InstanceProfiles?.map((p) => p.InstanceProfileName)).toEqual(["web-a", "web-b"]);
    expect(second.IsTruncated).toBe(false);
    expect(second.Marker).toBeUndefined();
  });

  it("rejects a bad MaxItems and PathPrefix with the model's texts", async () => {
    expect(await failure(admin.send(new ListInstanceProfilesCommand({ MaxItems: 0 })))).toMatchObject({ name: "ValidationError", status: 400 });
    expect(await failure(admin.send(new ListInstanceProfilesCommand({ PathPrefix: "app" })))).toMatchObject({ name: "ValidationError", status: 400 });
  });

  it("is authorized on the path prefix's ARN", async () => {
    expect(await failure(alice.send(new ListInstanceProfilesCommand({ PathPrefix: "/app/" })))).toEqual(
      denied("ListInstanceProfiles", `arn:aws:iam::${ACCT}:instance-profile/app/`),
    );
  });
});

// AWS: https://docs.aws.amazon.com/IAM/latest/APIReference/API_TagInstanceProfile.html
describe("instance profile tags", () => {
  it("tags, upserts case-insensitively, pages, and untags", async () => {
    await admin.send(new TagInstanceProfileCommand({ InstanceProfileName: "batch", Tags: [{ Key: "team", Value: "blue" }, { Key: "env", Value: "prod" }] }));
    await admin.send(new TagInstanceProfileCommand({ InstanceProfileName: "BATCH", Tags: [{ Key: "Team", Value: "red" }] }));
    const tags = await admin.send(new ListInstanceProfileTagsCommand({ InstanceProfileName: "batch" }));
    expect(tags).toMatchObject({ Tags: [{ Key: "env", Value: "prod" }, { Key: "Team", Value: "red" }], IsTruncated: false });

    const p1 = await admin.send(new ListInstanceProfileTagsCommand({ InstanceProfileName: "batch", MaxItems: 1 }));
    expect(p1).toMatchObject({ Tags: [{ Key: "env", Value: "prod" }], IsTruncated: true });
    const p2 = await admin.send(new ListInstanceProfileTagsCommand({ InstanceProfileName: "batch", MaxItems: 1, Marker: p1.Marker }));
    expect(p2).toMatchObject({ Tags: [{ Key: "Team", Value: "red" }], IsTruncated: false });

    await admin.send(new UntagInstanceProfileCommand({ InstanceProfileName: "batch", TagKeys: ["TEAM", "absent"] }));
    expect((await admin.send(new ListInstanceProfileTagsCommand({ InstanceProfileName: "batch" }))).Tags).toEqual([{ Key: "env", Value: "prod" }]);
  });

  it("answers AWS's errors", async () => {
    expect(await failure(admin.send(new TagInstanceProfileCommand({ InstanceProfileName: "nope", Tags: [{ Key: "a", Value: "b" }] })))).toEqual({
      name: "NoSuchEntityException",
      status: 404,
      message: "Instance Profile nope cannot be found.",
    });
    expect(await failure(admin.send(new TagInstanceProfileCommand({ InstanceProfileName: "batch", Tags: [{ Key: "aws:x", Value: "b" }] })))).toMatchObject({ name: "InvalidInputException", status: 400 });
    const many = Array.from({ length: 50 }, (_, i) => ({ Key: `k${i}`, Value: "v" }));
    await admin.send(new TagInstanceProfileCommand({ InstanceProfileName: "web-a", Tags: many }));
    expect(await failure(admin.send(new TagInstanceProfileCommand({ InstanceProfileName: "web-a", Tags: [{ Key: "one-more", Value: "v" }] })))).toEqual({
      name: "LimitExceededException",
      status: 409,
      message: "Cannot exceed quota for TagsPerInstanceProfile: 50",
    });
  });

  it("authorizes before looking the profile up, with the tag keys in the context", async () => {
    expect(await failure(alice.send(new TagInstanceProfileCommand({ InstanceProfileName: "api", Tags: [{ Key: "a", Value: "b" }] })))).toEqual(
      denied("TagInstanceProfile", profileArn("api", "/app/inner/")),
    );
    expect(await failure(alice.send(new UntagInstanceProfileCommand({ InstanceProfileName: "missing", TagKeys: ["a"] })))).toEqual(
      denied("UntagInstanceProfile", profileArn("missing")),
    );
    expect(await failure(alice.send(new ListInstanceProfileTagsCommand({ InstanceProfileName: "missing" })))).toEqual(denied("ListInstanceProfileTags", profileArn("missing")));
  });
});

// AWS: https://docs.aws.amazon.com/IAM/latest/APIReference/API_TagOpenIDConnectProvider.html
// AWS: https://docs.aws.amazon.com/IAM/latest/APIReference/API_UpdateOpenIDConnectProviderThumbprint.html
describe("OpenID Connect providers", () => {
  it("tags, lists, untags, shows Tags in Get, updates thumbprints, and drops tags with the provider", async () => {
    const { OpenIDConnectProviderArn: arn = "" } = await admin.send(new CreateOpenIDConnectProviderCommand({ Url: "https://token.example.com", ThumbprintList: [THUMB_A] }));
    expect(arn).toBe(oidcArn("token.example.com"));
    await admin.send(new TagOpenIDConnectProviderCommand({ OpenIDConnectProviderArn: arn, Tags: [{ Key: "owner", Value: "ops" }, { Key: "cost", Value: "7" }] }));
    expect((await admin.send(new ListOpenIDConnectProviderTagsCommand({ OpenIDConnectProviderArn: arn }))).Tags).toEqual([
      { Key: "cost", Value: "7" },
      { Key: "owner", Value: "ops" },
    ]);
    await admin.send(new UntagOpenIDConnectProviderCommand({ OpenIDConnectProviderArn: arn, TagKeys: ["cost"] }));
    await admin.send(new UpdateOpenIDConnectProviderThumbprintCommand({ OpenIDConnectProviderArn: arn, ThumbprintList: [THUMB_B, THUMB_A] }));
    const got = await admin.send(new GetOpenIDConnectProviderCommand({ OpenIDConnectProviderArn: arn }));
    expect(got).toMatchObject({ ThumbprintList: [THUMB_B.toLowerCase(), THUMB_A], Tags: [{ Key: "owner", Value: "ops" }] });

    await admin.send(new DeleteOpenIDConnectProviderCommand({ OpenIDConnectProviderArn: arn }));
    expect(await h.db.tag.count({ where: { ownerType: "provider", ownerId: arn } })).toBe(0);
    const events = await h.db.activityEvent.findMany({ where: { accountId: ACCT, action: "iam:UpdateOpenIDConnectProviderThumbprint" } });
    expect(events.map((e) => e.result)).toEqual(["Success"]);
  });

  it("answers AWS's errors", async () => {
    const missing = oidcArn("nowhere.example.com");
    expect(await failure(admin.send(new ListOpenIDConnectProviderTagsCommand({ OpenIDConnectProviderArn: missing })))).toEqual({
      name: "NoSuchEntityException",
      status: 404,
      message: `OpenIDConnect Provider not found for arn ${missing}`,
    });
    expect(await failure(admin.send(new UpdateOpenIDConnectProviderThumbprintCommand({ OpenIDConnectProviderArn: missing, ThumbprintList: [THUMB_A] })))).toMatchObject({
      name: "NoSuchEntityException",
    });
    expect(await failure(admin.send(new UpdateOpenIDConnectProviderThumbprintCommand({ OpenIDConnectProviderArn: missing, ThumbprintList: [] })))).toEqual({
      name: "ValidationError",
      status: 400,
      message: "1 validation error detected: Value null at 'thumbprintList' failed to satisfy constraint: Member must not be null",
    });
    const six = Array.from({ length: 6 }, (_, i) => String(i).repeat(40));
    expect(await failure(admin.send(new UpdateOpenIDConnectProviderThumbprintCommand({ OpenIDConnectProviderArn: missing, ThumbprintList: six })))).toEqual({
      name: "LimitExceededException",
      status: 409,
      message: "Cannot exceed quota for ThumbprintsPerOpenIdConnectProvider: 5",
    });
  });

  it("authorizes on the provider ARN before looking it up", async () => {
    const missing = oidcArn("nowhere.example.com");
    expect(await failure(alice.send(new TagOpenIDConnectProviderCommand({ OpenIDConnectProviderArn: missing, Tags: [{ Key: "a", Value: "b" }] })))).toEqual(
      denied("TagOpenIDConnectProvider", missing),
    );
    expect(await failure(alice.send(new UntagOpenIDConnectProviderCommand({ OpenIDConnectProviderArn: missing, TagKeys: ["a"] })))).toEqual(
      denied("UntagOpenIDConnectProvider", missing),
    );
    expect(await failure(alice.send(new ListOpenIDConnectProviderTagsCommand({ OpenIDConnectProviderArn: missing })))).toEqual(denied("ListOpenIDConnectProviderTags", missing));
    expect(await failure(alice.send(new UpdateOpenIDConnectProviderThumbprintCommand({ OpenIDConnectProviderArn: missing, ThumbprintList: [THUMB_A] })))).toEqual(
      denied("UpdateOpenIDConnectProviderThumbprint", missing),
    );
  });
});

// AWS: https://docs.aws.amazon.com/IAM/latest/APIReference/API_UpdateSAMLProvider.html
// AWS: https://docs.aws.amazon.com/IAM/latest/APIReference/API_TagSAMLProvider.html
describe("SAML providers", () => {
  it("updates the metadata, answering the ARN; tags, lists and untags; deletes tags with the provider", async () => {
    const { SAMLProviderArn: arn = "" } = await admin.send(new CreateSAMLProviderCommand({ Name: "Okta", SAMLMetadataDocument: metadata("https://old.example.com") }));
    const doc = metadata("https://new.example.com");
    expect((await admin.send(new UpdateSAMLProviderCommand({ SAMLProviderArn: arn, SAMLMetadataDocument: doc }))).SAMLProviderArn).toBe(arn);
    expect((await admin.send(new GetSAMLProviderCommand({ SAMLProviderArn: arn }))).SAMLMetadataDocument).toBe(doc);

    await admin.send(new TagSAMLProviderCommand({ SAMLProviderArn: arn, Tags: [{ Key: "a", Value: "1" }, { Key: "b", Value: "2" }, { Key: "c", Value: "3" }] }));
    const p1 = await admin.send(new ListSAMLProviderTagsCommand({ SAMLProviderArn: arn, MaxItems: 2 }));
    expect(p1).toMatchObject({ Tags: [{ Key: "a" }, { Key: "b" }], IsTruncated: true });
    const p2 = await admin.send(new ListSAMLProviderTagsCommand({ SAMLProviderArn: arn, Marker: p1.Marker }));
    expect(p2).toMatchObject({ Tags: [{ Key: "c", Value: "3" }], IsTruncated: false });
    await admin.send(new UntagSAMLProviderCommand({ SAMLProviderArn: arn, TagKeys: ["a", "b"] }));
    expect((await admin.send(new GetSAMLProviderCommand({ SAMLProviderArn: arn }))).Tags).toEqual([{ Key: "c", Value: "3" }]);

    await admin.send(new DeleteSAMLProviderCommand({ SAMLProviderArn: arn }));
    expect(await h.db.tag.count({ where: { ownerType: "provider", ownerId: arn } })).toBe(0);
  });

  it("answers AWS's errors", async () => {
    const missing = samlArn("Nobody");
    expect(await failure(admin.send(new UpdateSAMLProviderCommand({ SAMLProviderArn: missing, SAMLMetadataDocument: metadata("https://x.example.com") })))).toEqual({
      name: "NoSuchEntityException",
      status: 404,
      message: `SAMLProvider ${missing} not found.`,
    });
    expect(await failure(admin.send(new TagSAMLProviderCommand({ SAMLProviderArn: missing, Tags: [{ Key: "a", Value: "b" }] })))).toMatchObject({ name: "NoSuchEntityException" });
    expect(await failure(admin.send(new UpdateSAMLProviderCommand({ SAMLProviderArn: missing, SAMLMetadataDocument: "short" })))).toMatchObject({
      name: "ValidationError",
      status: 400,
    });
    // An OIDC provider's ARN is not a SAML provider's.
    expect(await failure(admin.send(new TagSAMLProviderCommand({ SAMLProviderArn: oidcArn("x.example.com"), Tags: [{ Key: "a", Value: "b" }] })))).toEqual({
      name: "InvalidInputException",
      status: 400,
      message: `ARN ${oidcArn("x.example.com")} is not valid.`,
    });
  });

  // AWS: https://docs.aws.amazon.com/IAM/latest/APIReference/API_CreateSAMLProvider.html
  it("creates SAML and OIDC providers with tags, and authorizes the tagging as well", async () => {
    const saml = await admin.send(new CreateSAMLProviderCommand({ Name: "Tagged", SAMLMetadataDocument: metadata("https://t.example.com"), Tags: [{ Key: "k", Value: "v" }] }));
    expect(saml).toMatchObject({ SAMLProviderArn: samlArn("Tagged"), Tags: [{ Key: "k", Value: "v" }] });
    expect((await admin.send(new ListSAMLProviderTagsCommand({ SAMLProviderArn: samlArn("Tagged") }))).Tags).toEqual([{ Key: "k", Value: "v" }]);
    const oidc = await admin.send(new CreateOpenIDConnectProviderCommand({ Url: "https://tagged.example.com", ThumbprintList: [THUMB_A], Tags: [{ Key: "k", Value: "w" }] }));
    expect(oidc).toMatchObject({ OpenIDConnectProviderArn: oidcArn("tagged.example.com"), Tags: [{ Key: "k", Value: "w" }] });
    expect((await admin.send(new GetOpenIDConnectProviderCommand({ OpenIDConnectProviderArn: oidcArn("tagged.example.com") }))).Tags).toEqual([{ Key: "k", Value: "w" }]);
    expect(await failure(admin.send(new CreateSAMLProviderCommand({ Name: "BadTag", SAMLMetadataDocument: metadata("https://b.example.com"), Tags: [{ Key: "aws:k", Value: "v" }] })))).toMatchObject({
      name: "InvalidInputException",
    });

    const createOnly = { Version: "2012-10-17", Statement: [{ Effect: "Allow", Action: "iam:CreateSAMLProvider", Resource: "*" }] };
    await admin.send(new PutUserPolicyCommand({ UserName: "alice", PolicyName: "create-only", PolicyDocument: JSON.stringify(createOnly) }));
    const denial = await failure(alice.send(new CreateSAMLProviderCommand({ Name: "AliceTagged", SAMLMetadataDocument: metadata("https://a.example.com"), Tags: [{ Key: "k", Value: "v" }] })));
    expect(denial).toEqual(denied("TagSAMLProvider", samlArn("AliceTagged")));
    expect(await h.db.identityProvider.count({ where: { arn: samlArn("AliceTagged") } })).toBe(0);
    await admin.send(new DeleteUserPolicyCommand({ UserName: "alice", PolicyName: "create-only" }));
  });

  it("authorizes on the provider ARN before looking it up", async () => {
    const missing = samlArn("Nobody");
    expect(await failure(alice.send(new UpdateSAMLProviderCommand({ SAMLProviderArn: missing, SAMLMetadataDocument: metadata("https://x.example.com") })))).toEqual(
      denied("UpdateSAMLProvider", missing),
    );
    expect(await failure(alice.send(new TagSAMLProviderCommand({ SAMLProviderArn: missing, Tags: [{ Key: "a", Value: "b" }] })))).toEqual(denied("TagSAMLProvider", missing));
    expect(await failure(alice.send(new UntagSAMLProviderCommand({ SAMLProviderArn: missing, TagKeys: ["a"] })))).toEqual(denied("UntagSAMLProvider", missing));
    expect(await failure(alice.send(new ListSAMLProviderTagsCommand({ SAMLProviderArn: missing })))).toEqual(denied("ListSAMLProviderTags", missing));
  });
});
