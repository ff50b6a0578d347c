// Managed-policy verbs against a real seeded sandbox: versions, defaults, deletion rules, usage
// counts and AWS managed policies being read-only for customers.
import { beforeAll, describe, expect, it } from "vitest";
import { ACCT, ALLOW_ALL, failure, openSandbox, trustDoc, type Sandbox } from "@/lib/testing/sandbox";

let sb: Sandbox;
let policies: typeof import("./index");
let roles: typeof import("../roles");

beforeAll(async () => {
  sb = await openSandbox();
  policies = await import("./index");
  roles = await import("../roles");
}, 90_000);

const doc = (action: string) => JSON.stringify({ Version: "2012-10-17", Statement: [{ Effect: "Allow", Action: action, Resource: "*" }] });
const arnOf = (name: string, path = "/") => `arn:aws:iam::${ACCT}:policy${path}${name}`;

describe("createPolicy / getPolicy", () => {
  it("creates v1 as the default with an ANPA id", async () => {
    const { Policy } = await policies.createPolicy(sb.admin, { policyName: "S3Read", policyDocument: doc("s3:Get*"), path: "/team/", description: "reads" });
    expect(Policy).toMatchObject({ PolicyName: "S3Read", Arn: arnOf("S3Read", "/team/"), DefaultVersionId: "v1", AttachmentCount: 0, IsAttachable: true });
    expect(Policy.PolicyId).toMatch(/^ANPA[A-Z2-7]{17}$/);
    const v1 = await policies.getPolicyVersion(sb.admin, Policy.Arn, "v1");
    expect(v1.PolicyVersion).toMatchObject({ Document: doc("s3:Get*"), IsDefaultVersion: true, VersionId: "v1" });
  });

  it("refuses duplicates, oversize and malformed documents", async () => {
    expect(await failure(policies.createPolicy(sb.admin, { policyName: "s3read", policyDocument: doc("s3:*") }))).toEqual({
      code: "EntityAlreadyExists",
      message: "A policy called s3read already exists. Duplicate names are not allowed.",
    });
    const big = JSON.stringify({ Version: "2012-10-17", Statement: [{ Effect: "Allow", Action: "s3:GetObject", Resource: Array.from({ length: 250 }, (_, i) => `arn:aws:s3:::bucket-${i}/*`) }] });
    expect(await failure(policies.createPolicy(sb.admin, { policyName: "Big", policyDocument: big }))).toEqual({ code: "LimitExceeded", message: "Cannot exceed quota for PolicySize: 6144" });
    expect((await failure(policies.createPolicy(sb.admin, { policyName: "Bad", policyDocument: "{not json" }))).code).toBe("MalformedPolicyDocument");
    expect((await failure(policies.createPolicy(sb.admin, { policyName: "bad name!", policyDocument: doc("s3:*") }))).code).toBe("ValidationError");
  });

  it("enforces PoliciesPerAccount (configurable)", async () => {
    const count = await sb.db.managedPolicy.count({ where: { accountId: ACCT } });
    process.env.IAM_POLICIES_PER_ACCOUNT = String(count);
    try {
      expect(await failure(policies.createPolicy(sb.admin, { policyName: "Extra", policyDocument: doc("s3:*") }))).toEqual({
        code: "LimitExceeded",
        message: `Cannot exceed quota for PoliciesPerAccount: ${count}`,
      });
    } finally {
      delete process.env.IAM_POLICIES_PER_ACCOUNT;
    }
  });

  it("reads AWS managed policies and counts only this account's attachments", async () => {
    const admin = await policies.getPolicy(sb.admin, "arn:aws:iam::aws:policy/AdministratorAccess");
    expect(admin.Policy).toMatchObject({ PolicyName: "AdministratorAccess", AttachmentCount: 1, PermissionsBoundaryUsageCount: 0 });
    const missing = "arn:aws:iam::aws:policy/NoSuchThing";
    expect(await failure(policies.getPolicy(sb.admin, missing))).toEqual({ code: "NoSuchEntity", message: `Policy ${missing} was not found.` });
    // Another account's customer managed policy is never read: IAM has no resource-based policies, so a
    // cross-account call is denied whatever the caller's own policies allow, before any look-up.
    // https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_evaluation-logic-cross-account.html
    const other = await sb.userCaller("222222222222", "admin");
    expect((await failure(policies.getPolicy(other, arnOf("S3Read", "/team/")))).code).toBe("AccessDenied");
    expect((await failure(policies.getPolicy(other, arnOf("NoSuchPolicy", "/team/")))).code).toBe("AccessDenied");
  });

  it("does not let customers change AWS managed policies", async () => {
    const arn = "arn:aws:iam::aws:policy/ReadOnlyAccess";
    expect(await failure(policies.createPolicyVersion(sb.admin, { policyArn: arn, policyDocument: doc("s3:*") }))).toEqual({
      code: "AccessDenied",
      message: `User: ${sb.admin.arn} is not authorized to perform: iam:CreatePolicyVersion on resource: policy ${arn}`,
    });
    expect((await failure(policies.deletePolicy(sb.admin, arn))).code).toBe("AccessDenied");
  });
});

describe("versions", () => {
  it("keeps at most five versions and one default", async () => {
    const arn = arnOf("S3Read", "/team/");
    for (let i = 2; i <= 5; i++) {
      const { PolicyVersion } = await policies.createPolicyVersion(sb.admin, { policyArn: arn, policyDocument: doc(`s3:Get${i}*`), setAsDefault: i === 3 });
      expect(PolicyVersion).toMatchObject({ VersionId: `v${i}`, IsDefaultVersion: i === 3 });
    }
    expect((await policies.getPolicy(sb.admin, arn)).Policy.DefaultVersionId).toBe("v3");
    expect(await failure(policies.createPolicyVersion(sb.admin, { policyArn: arn, policyDocument: doc("s3:*") }))).toEqual({
      code: "LimitExceeded",
      message: "A managed policy can have up to 5 versions. Before you create a new version, you must delete an existing version.",
    });
    expect(await failure(policies.deletePolicyVersion(sb.admin, arn, "v3"))).toEqual({ code: "DeleteConflict", message: "Cannot delete the default version of a policy." });
    await policies.setDefaultPolicyVersion(sb.admin, arn, "v5");
    const listed = await policies.listPolicyVersions(sb.admin, arn);
    expect(listed.Versions.filter((v) => v.IsDefaultVersion).map((v) => v.VersionId)).toEqual(["v5"]);
    await policies.deletePolicyVersion(sb.admin, arn, "v2");
    expect(await failure(policies.getPolicyVersion(sb.admin, arn, "v2"))).toEqual({ code: "NoSuchEntity", message: `Policy ${arn} version v2 does not exist.` });
    expect((await policies.createPolicyVersion(sb.admin, { policyArn: arn, policyDocument: doc("s3:List*") })).PolicyVersion.VersionId).toBe("v6");
    expect((await failure(policies.setDefaultPolicyVersion(sb.admin, arn, "v9"))).code).toBe("NoSuchEntity");
    expect((await failure(policies.getPolicyVersion(sb.admin, arn, "version1"))).code).toBe("ValidationError");
  });
});

describe("deletePolicy and listEntitiesForPolicy", () => {
  it("lists attached entities and boundary uses, and refuses to delete while attached", async () => {
    const { Policy } = await policies.createPolicy(sb.admin, { policyName: "Shared", policyDocument: ALLOW_ALL });
    await roles.createRole(sb.admin, { roleName: "UsesShared", assumeRolePolicyDocument: trustDoc({ Service: "ec2.amazonaws.com" }) });
    await roles.createRole(sb.admin, { roleName: "BoundedByShared", assumeRolePolicyDocument: trustDoc({ Service: "ec2.amazonaws.com" }), permissionsBoundary: Policy.Arn });
    await roles.attachRolePolicy(sb.admin, "UsesShared", Policy.Arn);
    expect((await policies.getPolicy(sb.admin, Policy.Arn)).Policy).toMatchObject({ AttachmentCount: 1, PermissionsBoundaryUsageCount: 1 });
    const all = await policies.listEntitiesForPolicy(sb.admin, Policy.Arn);
    expect(all.PolicyRoles.map((r) => r.RoleName)).toEqual(["BoundedByShared", "UsesShared"]);
    const attachedOnly = await policies.listEntitiesForPolicy(sb.admin, Policy.Arn, { policyUsageFilter: "PermissionsPolicy" });
    expect(attachedOnly.PolicyRoles.map((r) => r.RoleName)).toEqual(["UsesShared"]);
    expect((await policies.listEntitiesForPolicy(sb.admin, Policy.Arn, { entityFilter: "User" })).PolicyRoles).toEqual([]);

    const conflict = { code: "DeleteConflict", message: "Cannot delete a policy attached to entities." };
    expect(await failure(policies.deletePolicy(sb.admin, Policy.Arn))).toEqual(conflict);
    await roles.detachRolePolicy(sb.admin, "UsesShared", Policy.Arn);
    expect(await failure(policies.deletePolicy(sb.admin, Policy.Arn))).toEqual(conflict); // still a boundary
    await roles.deleteRolePermissionsBoundary(sb.admin, "BoundedByShared");
    await policies.createPolicyVersion(sb.admin, { policyArn: Policy.Arn, policyDocument: doc("s3:*") });
    expect((await failure(policies.deletePolicy(sb.admin, Policy.Arn))).message).toMatch(/^This policy has more than one version\./);
    await policies.deletePolicyVersion(sb.admin, Policy.Arn, "v2");
    await policies.deletePolicy(sb.admin, Policy.Arn);
    expect((await failure(policies.getPolicy(sb.admin, Policy.Arn))).code).toBe("NoSuchEntity");
  });

  it("denies a caller without permission", async () => {
    expect((await failure(policies.createPolicy(sb.alice, { policyName: "AlicePolicy", policyDocument: ALLOW_ALL }))).message).toBe(
      `User: ${sb.alice.arn} is not authorized to perform: iam:CreatePolicy on resource: ${arnOf("AlicePolicy")} because no identity-based policy allows the iam:CreatePolicy action`,
    );
  });
});
