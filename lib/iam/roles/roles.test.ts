// Role verbs against a real seeded SQLite sandbox and the real policy engine: every AWS error the
// brief names, with its exact code and message.
import { beforeAll, describe, expect, it } from "vitest";
import { ACCT, ALLOW_ALL, failure, openSandbox, trustDoc, type Sandbox } from "@/lib/testing/sandbox";

let sb: Sandbox;
let roles: typeof import("./index");
let users: typeof import("@/lib/iam/users/crud");
let profiles: typeof import("@/lib/iam/instance-profiles/profiles");

beforeAll(async () => {
  sb = await openSandbox();
  roles = await import("./index");
  users = await import("@/lib/iam/users/crud");
  profiles = await import("@/lib/iam/instance-profiles/profiles");
}, 90_000);

const EC2 = trustDoc({ Service: "ec2.amazonaws.com" });
const arnOf = (name: string, path = "/") => `arn:aws:iam::${ACCT}:role${path}${name}`;
const bigDoc = (n: number) =>
  JSON.stringify({ Version: "2012-10-17", Statement: [{ Effect: "Allow", Action: "s3:GetObject", Resource: Array.from({ length: n }, (_, i) => `arn:aws:s3:::bucket-${i}/*`) }] });

describe("createRole", () => {
  it("creates a role and echoes only what was supplied", async () => {
    const { Role } = await roles.createRole(sb.admin, { roleName: "Web", assumeRolePolicyDocument: EC2, path: "/app/" });
    expect(Role).toMatchObject({ RoleName: "Web", Path: "/app/", Arn: arnOf("Web", "/app/"), AssumeRolePolicyDocument: EC2 });
    expect(Role.RoleId).toMatch(/^AROA[A-Z2-7]{17}$/);
    expect(Role).not.toHaveProperty("MaxSessionDuration");
    const withMax = await roles.createRole(sb.admin, { roleName: "Web2", assumeRolePolicyDocument: EC2, maxSessionDuration: 7200, description: "d" });
    expect(withMax.Role).toMatchObject({ MaxSessionDuration: 7200, Description: "d" });
  });

  it("refuses a duplicate name in any letter case", async () => {
    expect(await failure(roles.createRole(sb.admin, { roleName: "WEB", assumeRolePolicyDocument: EC2 }))).toEqual({
      code: "EntityAlreadyExists",
      message: "Role with name WEB already exists.",
    });
  });

  it("lets one of two racing creates of the same name win; the other gets EntityAlreadyExists", async () => {
    const results = await Promise.allSettled([0, 1].map(() => roles.createRole(sb.admin, { roleName: "Racer", assumeRolePolicyDocument: EC2 })));
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const lost = results.find((r) => r.status === "rejected") as PromiseRejectedResult;
    expect(lost.reason).toMatchObject({ code: "EntityAlreadyExists", message: "Role with name Racer already exists." });
  });

  it("validates the fields with IAM's messages", async () => {
    const bad = (input: Partial<Parameters<typeof roles.createRole>[1]>) =>
      failure(roles.createRole(sb.admin, { roleName: "Valid", assumeRolePolicyDocument: EC2, ...input }));
    expect(await bad({ roleName: "bad name" })).toEqual({
      code: "ValidationError",
      message: "1 validation error detected: Value 'bad name' at 'roleName' failed to satisfy constraint: Member must satisfy regular expression pattern: [\\w+=,.@-]+",
    });
    expect((await bad({ description: "x".repeat(1001) })).message).toContain("at 'description' failed to satisfy constraint: Member must have length less than or equal to 1000");
    expect((await bad({ maxSessionDuration: 3599 })).message).toContain("Member must have value greater than or equal to 3600");
    expect((await bad({ maxSessionDuration: 43201 })).message).toContain("Member must have value less than or equal to 43200");
    expect(await bad({ assumeRolePolicyDocument: trustDoc({ Service: "ec2.amazonaws.com" }, { Resource: "*" }) })).toEqual({
      code: "MalformedPolicyDocument",
      message: "Has prohibited field Resource",
    });
    expect(await bad({ permissionsBoundary: "arn:aws:iam::aws:policy/NoSuchPolicy" })).toEqual({
      code: "NoSuchEntity",
      message: "Scope ARN: arn:aws:iam::aws:policy/NoSuchPolicy does not exist or is not attachable.",
    });
    expect(await bad({ tags: [{ Key: "aws:team", Value: "x" }] })).toMatchObject({ code: "InvalidInput" });
    expect(await bad({ tags: [{ Key: "Team", Value: "a" }, { Key: "team", Value: "b" }] })).toEqual({
      code: "InvalidInput",
      message: "Duplicate tag keys found. Please note that Tag keys are case insensitive.",
    });
    expect((await bad({ tags: Array.from({ length: 51 }, (_, i) => ({ Key: `k${i}`, Value: "v" })) })).message).toContain(
      "Member must have length less than or equal to 50",
    );
    // Nothing was written by any of the failures.
    expect(await sb.db.role.count({ where: { accountId: ACCT, nameLower: "valid" } })).toBe(0);
  });

  it("limits the trust policy to 2,048 non-whitespace characters", async () => {
    const big = trustDoc({ Service: "ec2.amazonaws.com" }, { Condition: { StringEquals: { "sts:ExternalId": "x".repeat(2000) } } });
    expect(await failure(roles.createRole(sb.admin, { roleName: "Big", assumeRolePolicyDocument: big }))).toEqual({
      code: "LimitExceeded",
      message: "Cannot exceed quota for ACLSizePerRole: 2048",
    });
    // Whitespace is free: the same small document padded with 3,000 spaces is accepted.
    const padded = EC2.replace("{", `{${" ".repeat(3000)}`);
    await expect(roles.createRole(sb.admin, { roleName: "Padded", assumeRolePolicyDocument: padded })).resolves.toBeDefined();
  });

  it("requires named principals in sandbox accounts to exist, keeps other accounts verbatim", async () => {
    const ghost = "arn:aws:iam::111111111111:user/nobody";
    expect(await failure(roles.createRole(sb.admin, { roleName: "Ghost", assumeRolePolicyDocument: trustDoc({ AWS: ghost }) }))).toEqual({
      code: "MalformedPolicyDocument",
      message: `Invalid principal in policy: "AWS":"${ghost}"`,
    });
    const foreign = trustDoc({ AWS: "arn:aws:iam::123456789012:role/Elsewhere" });
    const { Role } = await roles.createRole(sb.admin, { roleName: "Foreign", assumeRolePolicyDocument: foreign });
    expect(Role.AssumeRolePolicyDocument).toBe(foreign);
  });

  it("enforces RolesPerAccount (configurable)", async () => {
    const count = await sb.db.role.count({ where: { accountId: ACCT } });
    process.env.IAM_ROLES_PER_ACCOUNT = String(count);
    try {
      expect(await failure(roles.createRole(sb.admin, { roleName: "OneTooMany", assumeRolePolicyDocument: EC2 }))).toEqual({
        code: "LimitExceeded",
        message: `Cannot exceed quota for RolesPerAccount: ${count}`,
      });
    } finally {
      delete process.env.IAM_ROLES_PER_ACCOUNT;
    }
  });

  it("denies a caller without permission with AWS's message", async () => {
    expect(await failure(roles.createRole(sb.alice, { roleName: "AliceRole", assumeRolePolicyDocument: EC2 }))).toEqual({
      code: "AccessDenied",
      message: `User: arn:aws:iam::${ACCT}:user/alice is not authorized to perform: iam:CreateRole on resource: ${arnOf("AliceRole")} because no identity-based policy allows the iam:CreateRole action`,
    });
  });
});

describe("condition keys of role creation", () => {
  it("supplies iam:PermissionsBoundary and aws:RequestTag/aws:TagKeys to the policy engine", async () => {
    const dev = (await users.createUser(sb.admin, { userName: "dev" })).User;
    await sb.db.inlinePolicy.create({
      data: {
        ownerType: "user",
        ownerId: dev.UserId,
        name: "create-bounded-tagged",
        document: JSON.stringify({
          Version: "2012-10-17",
          Statement: [
            {
              Effect: "Allow",
              Action: ["iam:CreateRole", "iam:TagRole"],
              Resource: "*",
              Condition: {
                StringEquals: { "iam:PermissionsBoundary": "arn:aws:iam::aws:policy/PowerUserAccess", "aws:RequestTag/team": "blue" },
                "ForAllValues:StringEquals": { "aws:TagKeys": ["team"] },
              },
            },
          ],
        }),
      },
    });
    const caller = await sb.userCaller(ACCT, "dev");
    const base = { assumeRolePolicyDocument: EC2, permissionsBoundary: "arn:aws:iam::aws:policy/PowerUserAccess", tags: [{ Key: "team", Value: "blue" }] };
    await roles.createRole(caller, { roleName: "DevOk", ...base });
    expect((await failure(roles.createRole(caller, { roleName: "DevNoBoundary", ...base, permissionsBoundary: undefined }))).code).toBe("AccessDenied");
    expect((await failure(roles.createRole(caller, { roleName: "DevRed", ...base, tags: [{ Key: "team", Value: "red" }] }))).code).toBe("AccessDenied");
    expect((await failure(roles.createRole(caller, { roleName: "DevExtraTag", ...base, tags: [{ Key: "team", Value: "blue" }, { Key: "cost", Value: "1" }] }))).code).toBe(
      "AccessDenied",
    );
  });
});

describe("getRole and trust principals stored as unique ids", () => {
  it("returns the full object and NoSuchEntity for an unknown role", async () => {
    const { Role } = await roles.getRole(sb.admin, "web"); // lookups are case-insensitive
    expect(Role).toMatchObject({ RoleName: "Web", MaxSessionDuration: 3600, RoleLastUsed: {} });
    expect(await failure(roles.getRole(sb.admin, "Nope"))).toEqual({ code: "NoSuchEntity", message: "The role with name Nope cannot be found." });
  });

  it("shows a deleted principal's stale id, and a re-created namesake is not trusted until re-saved", async () => {
    const bob = (await users.createUser(sb.admin, { userName: "bob" })).User;
    const doc = trustDoc({ AWS: bob.Arn }, { Condition: { ArnEquals: { "aws:PrincipalArn": bob.Arn } } });
    await roles.createRole(sb.admin, { roleName: "TrustsBob", assumeRolePolicyDocument: doc });
    expect((await roles.getRole(sb.admin, "TrustsBob")).Role.AssumeRolePolicyDocument).toBe(doc);

    await users.deleteUserApi(sb.admin, "bob");
    const stale = JSON.parse((await roles.getRole(sb.admin, "TrustsBob")).Role.AssumeRolePolicyDocument);
    expect(stale.Statement[0].Principal.AWS).toBe(bob.UserId);
    expect(stale.Statement[0].Condition.ArnEquals["aws:PrincipalArn"]).toBe(bob.Arn); // conditions are plain strings

    const bob2 = (await users.createUser(sb.admin, { userName: "bob" })).User;
    expect(bob2.UserId).not.toBe(bob.UserId);
    expect(JSON.parse((await roles.getRole(sb.admin, "TrustsBob")).Role.AssumeRolePolicyDocument).Statement[0].Principal.AWS).toBe(bob.UserId);
    const stored = await sb.db.role.findFirstOrThrow({ where: { name: "TrustsBob" } });
    expect(JSON.parse(stored.trustPrincipalIds)).toEqual({ [bob.Arn]: bob.UserId });

    await roles.updateAssumeRolePolicy(sb.admin, "TrustsBob", doc);
    expect((await roles.getRole(sb.admin, "TrustsBob")).Role.AssumeRolePolicyDocument).toBe(doc);
    const resaved = await sb.db.role.findFirstOrThrow({ where: { name: "TrustsBob" } });
    expect(JSON.parse(resaved.trustPrincipalIds)).toEqual({ [bob.Arn]: bob2.UserId });
  });
});

describe("listRoles", () => {
  it("pages by name with Marker and MaxItems and filters by PathPrefix", async () => {
    const all = (await roles.listRoles(sb.admin, { maxItems: 1000 })).Roles.map((r) => r.RoleName);
    expect(all).toEqual([...all].sort((a, b) => a.toLowerCase().localeCompare(b.toLowerCase())));
    const seen: string[] = [];
    let marker: string | undefined;
    do {
      const page = await roles.listRoles(sb.admin, { maxItems: 2, marker });
      expect(page.Roles.length).toBeLessThanOrEqual(2);
      seen.push(...page.Roles.map((r) => r.RoleName));
      marker = page.IsTruncated ? page.Marker : undefined;
      if (page.IsTruncated) expect(page.Marker).toBeTruthy();
    } while (marker);
    expect(seen).toEqual(all);
    const app = await roles.listRoles(sb.admin, { pathPrefix: "/app/" });
    expect(app.Roles.map((r) => r.RoleName)).toEqual(["Web"]);
    expect(app.Roles[0]).not.toHaveProperty("RoleLastUsed");
    expect(app.Roles[0]).toHaveProperty("MaxSessionDuration", 3600);
    expect((await failure(roles.listRoles(sb.admin, { maxItems: 1001 }))).code).toBe("ValidationError");
  });
});

describe("update", () => {
  it("updates description and duration; protects service-linked roles except their description", async () => {
    await roles.updateRole(sb.admin, { roleName: "Web", description: "web tier", maxSessionDuration: 14400 });
    expect((await roles.getRole(sb.admin, "Web")).Role).toMatchObject({ Description: "web tier", MaxSessionDuration: 14400 });
    const msg = "Cannot perform the operation on the protected role 'AWSServiceRoleForSupport' - this role is only modifiable by AWS";
    expect(await failure(roles.updateRole(sb.admin, { roleName: "AWSServiceRoleForSupport", maxSessionDuration: 7200 }))).toEqual({ code: "UnmodifiableEntity", message: msg });
    expect(await failure(roles.updateAssumeRolePolicy(sb.admin, "AWSServiceRoleForSupport", EC2))).toEqual({ code: "UnmodifiableEntity", message: msg });
    expect(await failure(roles.putRolePolicy(sb.admin, "AWSServiceRoleForSupport", "p", ALLOW_ALL))).toEqual({ code: "UnmodifiableEntity", message: msg });
    expect(await failure(roles.deleteRole(sb.admin, "AWSServiceRoleForSupport"))).toEqual({ code: "UnmodifiableEntity", message: msg });
    const { Role } = await roles.updateRoleDescription(sb.admin, "AWSServiceRoleForSupport", "new text");
    expect(Role.Description).toBe("new text");
  });
});

describe("managed policies on roles", () => {
  it("attaches idempotently up to PoliciesPerRole: 10, with AWS's errors", async () => {
    await roles.createRole(sb.admin, { roleName: "Many", assumeRolePolicyDocument: EC2 });
    const names = (await sb.db.managedPolicy.findMany({ where: { accountId: null, path: "/" }, take: 11, orderBy: { nameLower: "asc" } })).map((p) => p.arn);
    for (const arn of names.slice(0, 10)) await roles.attachRolePolicy(sb.admin, "Many", arn);
    await roles.attachRolePolicy(sb.admin, "Many", names[0]); // already attached: no-op, no quota error
    expect(await failure(roles.attachRolePolicy(sb.admin, "Many", names[10]))).toEqual({ code: "LimitExceeded", message: "Cannot exceed quota for PoliciesPerRole: 10" });
    const missing = `arn:aws:iam::${ACCT}:policy/Missing`;
    expect(await failure(roles.attachRolePolicy(sb.admin, "Web", missing))).toEqual({ code: "NoSuchEntity", message: `Policy ${missing} does not exist or is not attachable.` });
    expect(await failure(roles.attachRolePolicy(sb.admin, "Web", "arn:aws:iam::aws:policy/aws-service-role/AWSSupportServiceRolePolicy"))).toEqual({
      code: "PolicyNotAttachable",
      message: "Cannot attach a Service Role Policy to a Customer Role.",
    });
    const listed = await roles.listAttachedRolePolicies(sb.admin, "Many", { maxItems: 4 });
    expect(listed.AttachedPolicies).toHaveLength(4);
    expect(listed.IsTruncated).toBe(true);
    const rest = await roles.listAttachedRolePolicies(sb.admin, "Many", { marker: listed.Marker });
    expect(new Set([...listed.AttachedPolicies, ...rest.AttachedPolicies].map((p) => p.PolicyArn))).toEqual(new Set(names.slice(0, 10)));
    await roles.detachRolePolicy(sb.admin, "Many", names[0]);
    expect(await failure(roles.detachRolePolicy(sb.admin, "Many", names[0]))).toEqual({ code: "NoSuchEntity", message: `Policy ${names[0]} was not found.` });
  });

  it("authorizes attach with iam:PolicyARN in the request context", async () => {
    const alice = await sb.db.user.findFirstOrThrow({ where: { accountId: ACCT, name: "alice" } });
    const readOnly = "arn:aws:iam::aws:policy/ReadOnlyAccess";
    await sb.db.inlinePolicy.create({
      data: {
        ownerType: "user",
        ownerId: alice.id,
        name: "attach-readonly-only",
        document: JSON.stringify({ Version: "2012-10-17", Statement: [{ Effect: "Allow", Action: "iam:AttachRolePolicy", Resource: "*", Condition: { ArnEquals: { "iam:PolicyARN": readOnly } } }] }),
      },
    });
    await roles.attachRolePolicy(sb.alice, "Web", readOnly);
    expect((await failure(roles.attachRolePolicy(sb.alice, "Web", "arn:aws:iam::aws:policy/AdministratorAccess"))).code).toBe("AccessDenied");
  });
});

describe("inline policies", () => {
  it("puts, gets, lists and deletes, with the aggregate 10,240 limit", async () => {
    await roles.putRolePolicy(sb.admin, "Web", "s3", ALLOW_ALL);
    expect(await roles.getRolePolicy(sb.admin, "Web", "s3")).toEqual({ RoleName: "Web", PolicyName: "s3", PolicyDocument: ALLOW_ALL });
    const doc = bigDoc(200); // ~5,600 characters: one fits, two do not
    await roles.putRolePolicy(sb.admin, "Web", "big1", doc);
    await roles.putRolePolicy(sb.admin, "Web", "big1", doc); // replacing itself does not double-count
    expect(await failure(roles.putRolePolicy(sb.admin, "Web", "big2", doc))).toEqual({ code: "LimitExceeded", message: "Maximum policy size of 10240 bytes exceeded for role Web" });
    expect(await failure(roles.putRolePolicy(sb.admin, "Web", "p", trustDoc({ AWS: "*" }, { Resource: "*" })))).toEqual({
      code: "MalformedPolicyDocument",
      message: "Policy document should not specify a principal.",
    });
    expect((await roles.listRolePolicies(sb.admin, "Web")).PolicyNames).toEqual(["big1", "s3"]);
    await roles.deleteRolePolicy(sb.admin, "Web", "big1");
    expect(await failure(roles.getRolePolicy(sb.admin, "Web", "big1"))).toEqual({ code: "NoSuchEntity", message: "The role policy with name big1 cannot be found." });
    expect(await failure(roles.deleteRolePolicy(sb.admin, "Web", "big1"))).toEqual({ code: "NoSuchEntity", message: "The role policy with name big1 cannot be found." });
  });
});

describe("tags and permissions boundary", () => {
  it("tags case-insensitively up to 50, untags, and allows tagging service-linked roles", async () => {
    await roles.tagRole(sb.admin, "Web", [{ Key: "Team", Value: "a" }]);
    await roles.tagRole(sb.admin, "Web", [{ Key: "team", Value: "b" }]);
    expect((await roles.listRoleTags(sb.admin, "Web")).Tags).toEqual([{ Key: "team", Value: "b" }]);
    const many = Array.from({ length: 50 }, (_, i) => ({ Key: `k${i}`, Value: "v" }));
    expect(await failure(roles.tagRole(sb.admin, "Web", many))).toEqual({ code: "LimitExceeded", message: "Cannot exceed quota for TagsPerRole: 50" });
    await roles.untagRole(sb.admin, "Web", ["TEAM", "absent"]);
    expect((await roles.listRoleTags(sb.admin, "Web")).Tags).toEqual([]);
    await roles.tagRole(sb.admin, "AWSServiceRoleForSupport", [{ Key: "owner", Value: "aws" }]);
    expect((await roles.getRole(sb.admin, "AWSServiceRoleForSupport")).Role.Tags).toEqual([{ Key: "owner", Value: "aws" }]);
  });

  it("puts and deletes a boundary", async () => {
    const boundary = "arn:aws:iam::aws:policy/PowerUserAccess";
    await roles.putRolePermissionsBoundary(sb.admin, "Web", boundary);
    expect((await roles.getRole(sb.admin, "Web")).Role.PermissionsBoundary).toEqual({ PermissionsBoundaryType: "PermissionsBoundaryPolicy", PermissionsBoundaryArn: boundary });
    expect((await failure(roles.putRolePermissionsBoundary(sb.admin, "Web", "arn:aws:iam::aws:policy/Nope"))).code).toBe("NoSuchEntity");
    await roles.deleteRolePermissionsBoundary(sb.admin, "Web");
    expect((await roles.getRole(sb.admin, "Web")).Role).not.toHaveProperty("PermissionsBoundary");
  });
});

describe("deleteRole (API) vs deleteRoleForConsole", () => {
  it("refuses while dependents remain, in AWS's words", async () => {
    await roles.createRole(sb.admin, { roleName: "Busy", assumeRolePolicyDocument: EC2, permissionsBoundary: "arn:aws:iam::aws:policy/PowerUserAccess" });
    await roles.attachRolePolicy(sb.admin, "Busy", "arn:aws:iam::aws:policy/ReadOnlyAccess");
    await roles.putRolePolicy(sb.admin, "Busy", "inline", ALLOW_ALL);
    await profiles.createInstanceProfile(sb.admin, { instanceProfileName: "Busy" });
    await profiles.addRoleToInstanceProfile(sb.admin, "Busy", "Busy");
    const conflict = (message: string) => ({ code: "DeleteConflict", message: `Cannot delete entity, must ${message}` });
    expect(await failure(roles.deleteRole(sb.admin, "Busy"))).toEqual(conflict("detach all policies first."));
    await roles.detachRolePolicy(sb.admin, "Busy", "arn:aws:iam::aws:policy/ReadOnlyAccess");
    expect(await failure(roles.deleteRole(sb.admin, "Busy"))).toEqual(conflict("delete policies first."));
    await roles.deleteRolePolicy(sb.admin, "Busy", "inline");
    expect(await failure(roles.deleteRole(sb.admin, "Busy"))).toEqual(conflict("remove roles from instance profile first."));
    await profiles.removeRoleFromInstanceProfile(sb.admin, "Busy", "Busy");
    await roles.deleteRole(sb.admin, "Busy"); // the boundary does not block
    expect((await failure(roles.getRole(sb.admin, "Busy"))).code).toBe("NoSuchEntity");
  });

  it("cascades from the console: managed, inline and the same-name instance profile", async () => {
    await roles.createRole(sb.admin, { roleName: "Cascade", assumeRolePolicyDocument: EC2 });
    await roles.attachRolePolicy(sb.admin, "Cascade", "arn:aws:iam::aws:policy/ReadOnlyAccess");
    await roles.putRolePolicy(sb.admin, "Cascade", "inline", ALLOW_ALL);
    await roles.tagRole(sb.admin, "Cascade", [{ Key: "a", Value: "b" }]);
    await profiles.createInstanceProfile(sb.admin, { instanceProfileName: "Cascade" });
    await profiles.addRoleToInstanceProfile(sb.admin, "Cascade", "Cascade");
    const role = await sb.db.role.findFirstOrThrow({ where: { name: "Cascade" } });
    expect(await roles.deleteRoleForConsole(sb.admin, "Cascade")).toEqual({
      detachedPolicyArns: ["arn:aws:iam::aws:policy/ReadOnlyAccess"],
      deletedInlinePolicies: ["inline"],
      deletedInstanceProfile: "Cascade",
    });
    expect(await sb.db.policyAttachment.count({ where: { principalId: role.id } })).toBe(0);
    expect(await sb.db.inlinePolicy.count({ where: { ownerId: role.id } })).toBe(0);
    expect(await sb.db.tag.count({ where: { ownerId: role.id } })).toBe(0);
    expect(await sb.db.instanceProfile.count({ where: { name: "Cascade" } })).toBe(0);
  });

  it("refuses from the console when the role sits in a differently named instance profile", async () => {
    await roles.createRole(sb.admin, { roleName: "Shared", assumeRolePolicyDocument: EC2 });
    await roles.putRolePolicy(sb.admin, "Shared", "inline", ALLOW_ALL);
    await profiles.createInstanceProfile(sb.admin, { instanceProfileName: "OtherProfile" });
    await profiles.addRoleToInstanceProfile(sb.admin, "OtherProfile", "Shared");
    expect(await failure(roles.deleteRoleForConsole(sb.admin, "Shared"))).toEqual({
      code: "DeleteConflict",
      message: "Cannot delete entity, must remove roles from instance profile first.",
    });
    expect((await roles.listRolePolicies(sb.admin, "Shared")).PolicyNames).toEqual(["inline"]); // nothing removed
  });
});
