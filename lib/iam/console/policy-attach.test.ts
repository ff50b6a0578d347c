// Attach / Detach a policy across entity types, against a real seeded sandbox.
import { beforeAll, describe, expect, it } from "vitest";
import { openSandbox, type Sandbox } from "@/lib/testing/sandbox";
import type { Caller } from "@/lib/authz/caller";

let attach: typeof import("./policy-attach");
let detail: typeof import("./policy-detail");
const ACCT = "111111111111";
const RDS_RO = "arn:aws:iam::aws:policy/AmazonRDSReadOnlyAccess";

let sandbox: Sandbox;

beforeAll(async () => {
  sandbox = await openSandbox();
  attach = await import("./policy-attach");
  detail = await import("./policy-detail");
}, 60_000);

const caller = (name: string): Promise<Caller> => sandbox.userCaller(ACCT, name);

describe("changePolicyAttachments", () => {
  it("attaches to a user and a role, then detaches, as the entities tab shows", async () => {
    const admin = await caller("admin");
    const { createRole } = await import("@/lib/iam/roles/create");
    const trust = JSON.stringify({ Version: "2012-10-17", Statement: [{ Effect: "Allow", Principal: { Service: "ec2.amazonaws.com" }, Action: "sts:AssumeRole" }] });
    const { Role: role } = await createRole(admin, { roleName: "AttachTestRole", assumeRolePolicyDocument: trust });
    const both = [
      { Name: "alice", Type: "User" as const },
      { Name: role.RoleName, Type: "Role" as const },
    ];
    expect(await attach.changePolicyAttachments(admin, RDS_RO, { attach: both })).toEqual({ Attached: both, Detached: [] });
    expect((await detail.listPolicyEntitiesForConsole(admin, RDS_RO)).PermissionsPolicy).toEqual(expect.arrayContaining(both));
    expect(await attach.changePolicyAttachments(admin, RDS_RO, { detach: both })).toEqual({ Attached: [], Detached: both });
    expect((await detail.listPolicyEntitiesForConsole(admin, RDS_RO)).PermissionsPolicy).toEqual([]);
  });

  it("stops at the first refusal, keeping IAM's error and what was already done", async () => {
    const admin = await caller("admin");
    const err = await attach
      .changePolicyAttachments(admin, RDS_RO, { attach: [{ Name: "alice", Type: "User" }, { Name: "NoSuchRoleHere", Type: "Role" }] })
      .catch((e) => e);
    expect(err.code).toBe("NoSuchEntity");
    expect(err.details.completed).toEqual({ Attached: [{ Name: "alice", Type: "User" }], Detached: [] });
    // A first-step failure is IAM's error as is.
    const first = await attach.changePolicyAttachments(admin, RDS_RO, { detach: [{ Name: "admin", Type: "User" }] }).catch((e) => e);
    expect([first.code, first.details?.completed]).toEqual(["NoSuchEntity", undefined]);
    expect(await attach.changePolicyAttachments(await caller("alice"), RDS_RO, { detach: [{ Name: "alice", Type: "User" }] }).catch((e) => e.code)).toBe("AccessDenied");
  });
});

// CloudTrail records each call by its API name (spec §1.1), never the request's umbrella label:
// https://docs.aws.amazon.com/IAM/latest/APIReference/API_AttachRolePolicy.html (RoleName, PolicyArn).
describe("attachmentTrail", () => {
  const changes = {
    attach: [{ Name: "alice", Type: "User" as const }, { Name: "NoSuchRoleHere", Type: "Role" as const }],
    detach: [{ Name: "devs", Type: "Group" as const }],
  };

  it("names one Attach/Detach{User,Group,Role}Policy per change, in the order they run", () => {
    expect(attach.attachmentTrail(RDS_RO, changes)).toEqual([
      { eventName: "AttachUserPolicy", request: { UserName: "alice", PolicyArn: RDS_RO } },
      { eventName: "AttachRolePolicy", request: { RoleName: "NoSuchRoleHere", PolicyArn: RDS_RO } },
      { eventName: "DetachGroupPolicy", request: { GroupName: "devs", PolicyArn: RDS_RO } },
    ]);
  });

  it("a refused request records the call that was refused", async () => {
    const err = await attach.changePolicyAttachments(await caller("admin"), RDS_RO, changes).catch((e) => e);
    expect(attach.attachmentTrail(RDS_RO, changes, err)).toEqual([{ eventName: "AttachRolePolicy", request: { RoleName: "NoSuchRoleHere", PolicyArn: RDS_RO } }]);
    const first = await attach.changePolicyAttachments(await caller("alice"), RDS_RO, { detach: changes.detach }).catch((e) => e);
    expect(attach.attachmentTrail(RDS_RO, { detach: changes.detach }, first)).toEqual([{ eventName: "DetachGroupPolicy", request: { GroupName: "devs", PolicyArn: RDS_RO } }]);
  });
});
