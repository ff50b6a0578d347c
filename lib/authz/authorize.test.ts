// authorize() against a real seeded SQLite sandbox and the real policy engine: the sandbox admin is
// allowed through AdministratorAccess, alice (no policies) gets AWS's exact AccessDenied text.
import { beforeAll, describe, expect, it } from "vitest";
import { pointAtFreshSandbox } from "@/lib/testing/sandbox-db";
import type { Caller } from "./caller";

let authorize: typeof import("./authorize").authorize;
let db: typeof import("@/lib/db").db;

beforeAll(async () => {
  pointAtFreshSandbox();
  ({ authorize } = await import("./authorize"));
  ({ db } = await import("@/lib/db"));
}, 60_000);

async function userCaller(accountId: string, name: string): Promise<Caller> {
  const u = await db.user.findFirstOrThrow({ where: { accountId, name } });
  return { kind: "user", accountId, arn: u.arn, userId: u.id, userName: u.name, mfa: false, via: "api" };
}

describe("authorize", () => {
  it("allows the sandbox admin through AdministratorAccess, in both accounts", async () => {
    await expect(authorize(await userCaller("111111111111", "admin"), "iam:ListRoles", "arn:aws:iam::111111111111:role/")).resolves.toBeUndefined();
    // 222222222222 is a member account: the FullAWSAccess SCP on the org root applies and allows.
    await expect(authorize(await userCaller("222222222222", "admin"), "iam:CreateRole", "arn:aws:iam::222222222222:role/X")).resolves.toBeUndefined();
  });

  it("denies alice with AWS's message and the details the console alert shows", async () => {
    const alice = await userCaller("111111111111", "alice");
    const err = await authorize(alice, "iam:ListRoles", "arn:aws:iam::111111111111:role/").catch((e) => e);
    expect(err.code).toBe("AccessDenied");
    expect(err.message).toBe(
      "User: arn:aws:iam::111111111111:user/alice is not authorized to perform: iam:ListRoles on resource: arn:aws:iam::111111111111:role/ because no identity-based policy allows the iam:ListRoles action",
    );
    expect(err.details.context).toBe("no identity-based policy allows the action");
  });

  it("allows root in its own account without identity policies", async () => {
    const root: Caller = { kind: "root", accountId: "111111111111", arn: "arn:aws:iam::111111111111:root", mfa: false, via: "api" };
    await expect(authorize(root, "iam:DeleteRole", "arn:aws:iam::111111111111:role/Anything")).resolves.toBeUndefined();
  });

  it("lets an SCP deny in a member account even for its admin", async () => {
    const policy = await db.orgPolicy.create({
      data: {
        id: "p-denyiamtest",
        organizationId: "o-sandbox0001",
        kind: "SERVICE_CONTROL_POLICY",
        name: "DenyDeleteRole",
        document: JSON.stringify({ Version: "2012-10-17", Statement: [{ Effect: "Deny", Action: "iam:DeleteRole", Resource: "*" }] }),
        attachments: { create: { targetId: "222222222222" } },
      },
    });
    const err = await authorize(await userCaller("222222222222", "admin"), "iam:DeleteRole", "arn:aws:iam::222222222222:role/X").catch((e) => e);
    expect(err.code).toBe("AccessDenied");
    // The denying SCP's ARN ends the message (https://docs.aws.amazon.com/IAM/latest/UserGuide/troubleshoot_access-denied.html).
    expect(err.message).toBe(
      "User: arn:aws:iam::222222222222:user/admin is not authorized to perform: iam:DeleteRole on resource: arn:aws:iam::222222222222:role/X with an explicit deny in a service control policy: arn:aws:organizations::111111111111:policy/o-sandbox0001/service_control_policy/p-denyiamtest",
    );
    await db.orgPolicy.delete({ where: { id: policy.id } });
  });

  it("puts the principal's tags and organization in the context (ABAC), and sees tag changes at once", async () => {
    const alice = await userCaller("111111111111", "alice");
    await db.inlinePolicy.create({
      data: {
        ownerType: "user",
        ownerId: alice.userId!,
        name: "TeamBlueMayListRoles",
        document: JSON.stringify({
          Version: "2012-10-17",
          Statement: [
            {
              Effect: "Allow",
              Action: "iam:ListRoles",
              Resource: "*",
              Condition: { StringEquals: { "aws:PrincipalTag/team": "blue", "aws:PrincipalOrgID": "o-sandbox0001" } },
            },
          ],
        }),
      },
    });
    const listRoles = () => authorize(alice, "iam:ListRoles", "arn:aws:iam::111111111111:role/");
    await expect(listRoles()).rejects.toMatchObject({ code: "AccessDenied" });
    await db.tag.create({ data: { ownerType: "user", ownerId: alice.userId!, key: "team", keyLower: "team", value: "blue" } });
    await expect(listRoles()).resolves.toBeUndefined();
    await db.tag.update({ where: { ownerType_ownerId_keyLower: { ownerType: "user", ownerId: alice.userId!, keyLower: "team" } }, data: { value: "red" } });
    await expect(listRoles()).rejects.toMatchObject({ code: "AccessDenied" });
    await db.tag.deleteMany({ where: { ownerId: alice.userId! } });
    await db.inlinePolicy.deleteMany({ where: { ownerId: alice.userId! } });
  });
});
