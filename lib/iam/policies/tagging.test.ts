// Policy tags and a policy's Last Accessed report against a real seeded sandbox: AWS's tag quotas
// and texts, case-insensitive keys, AWS managed policies refusing tags, the console's whole-set
// save, authorization through authorize(), and last access by whichever attached entity called.
import { beforeAll, describe, expect, it } from "vitest";
import { ACCT, failure, openSandbox, trustDoc, type Sandbox } from "@/lib/testing/sandbox";

let sb: Sandbox;
let policies: typeof import("./index");
let lastAccessed: typeof import("./last-accessed");
let roles: typeof import("../roles");
let groups: typeof import("../groups");

beforeAll(async () => {
  sb = await openSandbox();
  policies = await import("./index");
  lastAccessed = await import("./last-accessed");
  roles = await import("../roles");
  groups = await import("../groups");
}, 90_000);

const doc = (...actions: string[]) => JSON.stringify({ Version: "2012-10-17", Statement: [{ Effect: "Allow", Action: actions, Resource: "*" }] });
const create = async (name: string, document = doc("s3:Get*")) => (await policies.createPolicy(sb.admin, { policyName: name, policyDocument: document })).Policy.Arn;

describe("TagPolicy / UntagPolicy / ListPolicyTags", () => {
  it("adds, re-cases and removes tags, keys matching case-insensitively", async () => {
    const arn = await create("Tagged");
    await policies.tagPolicy(sb.admin, arn, [
      { Key: "team", Value: "blue" },
      { Key: "cost", Value: "" },
    ]);
    await policies.tagPolicy(sb.admin, arn, [{ Key: "Team", Value: "red" }]);
    expect(await policies.listPolicyTags(sb.admin, arn)).toEqual({
      Tags: [
        { Key: "cost", Value: "" },
        { Key: "Team", Value: "red" },
      ],
      IsTruncated: false,
    });
    expect((await policies.getPolicy(sb.admin, arn)).Policy.Tags).toHaveLength(2);
    await policies.untagPolicy(sb.admin, arn, ["TEAM", "absent"]);
    expect((await policies.listPolicyTags(sb.admin, arn)).Tags).toEqual([{ Key: "cost", Value: "" }]);
  });

  it("pages with Marker/MaxItems", async () => {
    const arn = await create("Paged");
    await policies.tagPolicy(sb.admin, arn, ["a", "b", "c"].map((k) => ({ Key: k, Value: k })));
    const first = await policies.listPolicyTags(sb.admin, arn, { maxItems: 2 });
    expect(first).toMatchObject({ Tags: [{ Key: "a" }, { Key: "b" }], IsTruncated: true });
    expect(await policies.listPolicyTags(sb.admin, arn, { maxItems: 2, marker: first.Marker })).toEqual({ Tags: [{ Key: "c", Value: "c" }], IsTruncated: false });
  });

  it("enforces 50 tags, key 128 / value 256 characters and the reserved aws: prefix", async () => {
    const arn = await create("Quota");
    await policies.tagPolicy(sb.admin, arn, Array.from({ length: 50 }, (_, i) => ({ Key: `k${i}`, Value: "v" })));
    expect(await failure(policies.tagPolicy(sb.admin, arn, [{ Key: "one-more", Value: "v" }]))).toEqual({ code: "LimitExceeded", message: "Cannot exceed quota for TagsPerPolicy: 50" });
    // Re-tagging an existing key is an update, so it still fits.
    await policies.tagPolicy(sb.admin, arn, [{ Key: "K0", Value: "w" }]);
    const tooMany = Array.from({ length: 51 }, (_, i) => ({ Key: `x${i}`, Value: "" }));
    expect((await failure(policies.tagPolicy(sb.admin, arn, tooMany))).message).toMatch(/at 'tags' failed to satisfy constraint: Member must have length less than or equal to 50$/);
    expect((await failure(policies.tagPolicy(sb.admin, arn, [{ Key: "k".repeat(129), Value: "" }]))).message).toMatch(/at 'tags.1.member.key' .*less than or equal to 128$/);
    expect((await failure(policies.tagPolicy(sb.admin, arn, [{ Key: "k", Value: "v".repeat(257) }]))).message).toMatch(/at 'tags.1.member.value' .*less than or equal to 256$/);
    expect(await failure(policies.tagPolicy(sb.admin, arn, [{ Key: "AWS:owner", Value: "x" }]))).toEqual({
      code: "InvalidInput",
      message: "User is not authorized to create tag with the 'aws:' prefix.",
    });
    expect((await failure(policies.untagPolicy(sb.admin, arn, ["k".repeat(129)]))).code).toBe("ValidationError");
  });

  it("refuses to tag AWS managed policies and unknown ARNs, but lists their (empty) tags", async () => {
    const aws = "arn:aws:iam::aws:policy/ReadOnlyAccess";
    expect(await failure(policies.tagPolicy(sb.admin, aws, [{ Key: "k", Value: "v" }]))).toEqual({
      code: "AccessDenied",
      message: `User: ${sb.admin.arn} is not authorized to perform: iam:TagPolicy on resource: policy ${aws}`,
    });
    expect((await failure(policies.untagPolicy(sb.admin, aws, ["k"]))).code).toBe("AccessDenied");
    expect((await policies.listPolicyTags(sb.admin, aws)).Tags).toEqual([]);
    const missing = `arn:aws:iam::${ACCT}:policy/Nope`;
    expect(await failure(policies.listPolicyTags(sb.admin, missing))).toEqual({ code: "NoSuchEntity", message: `Policy ${missing} was not found.` });
  });

  it("authorizes every verb: alice may not tag, untag or list", async () => {
    const arn = await create("Guarded");
    // Thunks, called one at a time: promises made up front reject before they are awaited.
    for (const [action, call] of [
      ["iam:TagPolicy", () => policies.tagPolicy(sb.alice, arn, [{ Key: "k", Value: "v" }])],
      ["iam:UntagPolicy", () => policies.untagPolicy(sb.alice, arn, ["k"])],
      ["iam:ListPolicyTags", () => policies.listPolicyTags(sb.alice, arn)],
    ] as const) {
      expect(await failure(call())).toEqual({
        code: "AccessDenied",
        message: `User: ${sb.alice.arn} is not authorized to perform: ${action} on resource: ${arn} because no identity-based policy allows the ${action} action`,
      });
    }
  });

  it("replacePolicyTags saves the editor's rows as the whole set", async () => {
    const arn = await create("Replaced");
    await policies.tagPolicy(sb.admin, arn, [
      { Key: "keep", Value: "1" },
      { Key: "drop", Value: "2" },
    ]);
    expect(
      await policies.replacePolicyTags(sb.admin, arn, [
        { Key: "Keep", Value: "1" },
        { Key: "new", Value: "3" },
      ]),
    ).toEqual({
      Tags: [
        { Key: "Keep", Value: "1" },
        { Key: "new", Value: "3" },
      ],
    });
    // The set is validated before anything is written.
    expect((await failure(policies.replacePolicyTags(sb.admin, arn, [{ Key: "aws:x", Value: "" }]))).code).toBe("InvalidInput");
    expect((await policies.listPolicyTags(sb.admin, arn)).Tags.map((t) => t.Key)).toEqual(["Keep", "new"]);
  });

  it("deleting the policy deletes its tags", async () => {
    const arn = await create("Doomed");
    await policies.tagPolicy(sb.admin, arn, [{ Key: "k", Value: "v" }]);
    const { id } = await sb.db.managedPolicy.findUniqueOrThrow({ where: { arn } });
    await policies.deletePolicy(sb.admin, arn);
    expect(await sb.db.tag.count({ where: { ownerType: "policy", ownerId: id } })).toBe(0);
  });
});

describe("policyLastAccessed", () => {
  it("reports the services the policy allows and the last call by an attached user, group member or role session", async () => {
    const arn = await create("Advised", doc("s3:Get*", "iam:List*", "lambda:ListFunctions"));
    const trust = trustDoc({ AWS: `arn:aws:iam::${ACCT}:root` });
    await roles.createRole(sb.admin, { roleName: "AdvisedRole", assumeRolePolicyDocument: trust });
    await roles.createRole(sb.admin, { roleName: "NotAttached", assumeRolePolicyDocument: trust });
    await roles.attachRolePolicy(sb.admin, "AdvisedRole", arn);
    await groups.createGroup(sb.admin, { groupName: "Advised" });
    await groups.addUserToGroup(sb.admin, "Advised", "alice");
    await groups.attachGroupPolicy(sb.admin, "Advised", arn);

    const now = new Date();
    const event = (principalArn: string, action: string, daysAgo: number) =>
      sb.db.activityEvent.create({
        data: { accountId: ACCT, principalArn, action, result: "Success", requestId: `r-${Math.random()}`, source: "api", time: new Date(now.getTime() - daysAgo * 86_400_000) },
      });
    await event(`arn:aws:sts::${ACCT}:assumed-role/AdvisedRole/s1`, "s3:GetObject", 5);
    await event(sb.alice.arn, "s3:GetObject", 2);
    await event(sb.alice.arn, "iam:ListRoles", 1);
    await event(`arn:aws:sts::${ACCT}:assumed-role/AdvisedRole/s2`, "iam:ListUsers", 3);
    // Neither an unattached role nor an unattached user counts, nor a call older than 400 days.
    await event(`arn:aws:sts::${ACCT}:assumed-role/NotAttached/s`, "lambda:ListFunctions", 0);
    await event(sb.admin.arn, "lambda:ListFunctions", 0);
    await event(sb.alice.arn, "lambda:ListFunctions", 401);

    const { Services, TrackingPeriodDays } = await lastAccessed.policyLastAccessed(sb.admin, arn, now);
    expect(TrackingPeriodDays).toBe(400);
    const by = (ns: string) => Services.find((s) => s.ServiceNamespace === ns);
    const ago = (d: number) => new Date(now.getTime() - d * 86_400_000).toISOString();
    expect(Services.map((s) => s.ServiceNamespace)).toEqual(["iam", "s3", "lambda"]);
    expect(by("iam")).toMatchObject({ Policies: ["Advised"], LastAccessed: ago(1), LastAuthenticatedEntity: sb.alice.arn });
    expect(by("iam")?.TrackedActions).toEqual([
      { ActionName: "ListRoles", LastAccessed: ago(1), Region: "us-east-1" },
      { ActionName: "ListUsers", LastAccessed: ago(3), Region: "us-east-1" },
    ]);
    expect(by("s3")).toMatchObject({ LastAccessed: ago(2), LastAuthenticatedEntity: sb.alice.arn, TrackedActions: [{ ActionName: "GetObject", Region: null }] });
    expect(by("lambda")).toMatchObject({ LastAccessed: null, LastAuthenticatedEntity: null, TrackedActions: [] });

    // With alice out of the group, the role's session is the last caller, reported as the role.
    await groups.removeUserFromGroup(sb.admin, "Advised", "alice");
    const after = await lastAccessed.policyLastAccessed(sb.admin, arn, now);
    const roleArn = `arn:aws:iam::${ACCT}:role/AdvisedRole`;
    expect(after.Services.find((s) => s.ServiceNamespace === "s3")).toMatchObject({ LastAccessed: ago(5), LastAuthenticatedEntity: roleArn });
    expect(after.Services.find((s) => s.ServiceNamespace === "iam")).toMatchObject({ LastAccessed: ago(3), LastAuthenticatedEntity: roleArn });
  });

  it("is authorized as iam:GenerateServiceLastAccessedDetails on the policy", async () => {
    const arn = "arn:aws:iam::aws:policy/ReadOnlyAccess";
    expect((await failure(lastAccessed.policyLastAccessed(sb.alice, arn))).message).toBe(
      `User: ${sb.alice.arn} is not authorized to perform: iam:GenerateServiceLastAccessedDetails on resource: ${arn} because no identity-based policy allows the iam:GenerateServiceLastAccessedDetails action`,
    );
  });
});
