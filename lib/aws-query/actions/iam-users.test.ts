// The user action table with real Query parameters: every List call pages with Marker/MaxItems
// (default 100, 1–1000) like ListRoles, and the console's user list still holds every user.
import { beforeAll, describe, expect, it } from "vitest";
import { parseForm, type CallMeta } from "@/lib/aws-query";
import { OTHER_ACCT, failure, openSandbox, type Sandbox } from "@/lib/testing/sandbox";

let sb: Sandbox;
let actions: typeof import("./iam-users").iamUserActions;
let listAllUsers: typeof import("@/lib/iam/users/crud").listAllUsers;

beforeAll(async () => {
  sb = await openSandbox();
  ({ iamUserActions: actions } = await import("./iam-users"));
  ({ listAllUsers } = await import("@/lib/iam/users/crud"));
  for (const [name, path] of [["pg-c", "/paging/"], ["pg-a", "/paging/"], ["pg-b", "/paging/"], ["elsewhere", "/other/"]]) {
    await actions.CreateUser(form({ UserName: name, Path: path }), sb.admin, meta);
  }
}, 90_000);

const meta = {} as CallMeta;
const form = (fields: Record<string, string>) => parseForm(new URLSearchParams(fields).toString());

interface Page {
  IsTruncated: boolean;
  Marker?: string;
}

/** Follows Marker until IsTruncated is false; returns each page's items. */
async function pages<T>(action: string, fields: Record<string, string>, items: (page: Page) => T[]): Promise<T[][]> {
  const out: T[][] = [];
  let marker: string | undefined;
  do {
    const page = (await actions[action](form({ ...fields, ...(marker ? { Marker: marker } : {}) }), sb.admin, meta)) as Page;
    out.push(items(page));
    expect(page.Marker === undefined).toBe(!page.IsTruncated);
    marker = page.Marker;
  } while (marker);
  return out;
}

const userNames = (p: Page) => (p as Page & { Users: { UserName: string }[] }).Users.map((u) => u.UserName);

describe("iamUserActions paging", () => {
  it("ListUsers pages with MaxItems and PathPrefix, in name order", async () => {
    expect(await pages("ListUsers", { PathPrefix: "/paging/", MaxItems: "2" }, userNames)).toEqual([["pg-a", "pg-b"], ["pg-c"]]);
    const all = (await pages("ListUsers", { MaxItems: "1" }, userNames)).flat();
    const rows = await sb.db.user.findMany({ where: { accountId: sb.admin.accountId }, orderBy: { nameLower: "asc" } });
    expect(all).toEqual(rows.map((u) => u.name));
    expect(all.length).toBeGreaterThan(5);
    // Without MaxItems the first page holds up to 100: all of them here.
    expect(await actions.ListUsers(form({}), sb.admin, meta)).toMatchObject({ IsTruncated: false });
  });

  it("rejects MaxItems outside 1–1000 and markers it did not issue, Coral style", async () => {
    expect(await failure(actions.ListUsers(form({ MaxItems: "0" }), sb.admin, meta))).toEqual({
      code: "ValidationError",
      message: "1 validation error detected: Value '0' at 'maxItems' failed to satisfy constraint: Member must have value greater than or equal to 1",
    });
    for (const action of ["ListAccessKeys", "ListUserPolicies", "ListAttachedUserPolicies"]) {
      expect(await failure(actions[action](form({ UserName: "alice", MaxItems: "1001" }), sb.admin, meta))).toEqual({
        code: "ValidationError",
        message: "1 validation error detected: Value '1001' at 'maxItems' failed to satisfy constraint: Member must have value less than or equal to 1000",
      });
    }
    expect((await failure(actions.ListUsers(form({ Marker: "not a marker!" }), sb.admin, meta))).code).toBe("ValidationError");
  });

  it("ListAttachedUserPolicies pages and filters by the policy's path", async () => {
    const arns = ["arn:aws:iam::aws:policy/IAMReadOnlyAccess", "arn:aws:iam::aws:policy/job-function/ViewOnlyAccess", "arn:aws:iam::aws:policy/AmazonS3ReadOnlyAccess"];
    for (const arn of arns) await actions.AttachUserPolicy(form({ UserName: "pg-a", PolicyArn: arn }), sb.admin, meta);
    const names = (p: Page) => (p as Page & { AttachedPolicies: { PolicyName: string }[] }).AttachedPolicies.map((a) => a.PolicyName);
    expect(await pages("ListAttachedUserPolicies", { UserName: "pg-a", MaxItems: "2" }, names)).toEqual([
      ["AmazonS3ReadOnlyAccess", "IAMReadOnlyAccess"],
      ["ViewOnlyAccess"],
    ]);
    expect(await pages("ListAttachedUserPolicies", { UserName: "pg-a", PathPrefix: "/job-function/" }, names)).toEqual([["ViewOnlyAccess"]]);
    // A name is not part of the path; and the prefix is a whole policy path (the model's policyPathType).
    expect(await pages("ListAttachedUserPolicies", { UserName: "pg-a", PathPrefix: "/IAMReadOnlyAccess/" }, names)).toEqual([[]]);
    expect((await failure(actions.ListAttachedUserPolicies(form({ UserName: "pg-a", PathPrefix: "/IAM" }), sb.admin, meta))).code).toBe("ValidationError");
  });

  it("ListUserPolicies pages the user's inline policy names", async () => {
    const doc = JSON.stringify({ Version: "2012-10-17", Statement: [{ Effect: "Allow", Action: "s3:GetObject", Resource: "*" }] });
    for (const name of ["Zeta", "Alpha", "Mid"]) {
      await actions.PutUserPolicy(form({ UserName: "pg-b", PolicyName: name, PolicyDocument: doc }), sb.admin, meta);
    }
    const names = (p: Page) => (p as Page & { PolicyNames: string[] }).PolicyNames;
    expect(await pages("ListUserPolicies", { UserName: "pg-b", MaxItems: "1" }, names)).toEqual([["Alpha"], ["Mid"], ["Zeta"]]);
  });

  it("ListAccessKeys pages the user's keys, oldest first", async () => {
    const created: string[] = [];
    for (let i = 0; i < 2; i++) {
      const out = (await actions.CreateAccessKey(form({ UserName: "pg-c" }), sb.admin, meta)) as { AccessKey: { AccessKeyId: string } };
      created.push(out.AccessKey.AccessKeyId);
    }
    const ids = (p: Page) => (p as Page & { AccessKeyMetadata: { AccessKeyId: string }[] }).AccessKeyMetadata.map((k) => k.AccessKeyId);
    const paged = await pages("ListAccessKeys", { UserName: "pg-c", MaxItems: "1" }, ids);
    expect(paged).toHaveLength(2);
    const keys = await sb.db.accessKey.findMany({ where: { id: { in: created } } });
    keys.sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime() || (a.id < b.id ? -1 : 1));
    expect(paged.flat()).toEqual(keys.map((k) => k.id));
  });

  it("keeps the console's user list whole beyond one API page", async () => {
    const workload = await sb.userCaller(OTHER_ACCT, "admin");
    const extra = Array.from({ length: 1005 }, (_, i) => `bulk-${String(i).padStart(4, "0")}`);
    await sb.db.user.createMany({
      data: extra.map((name) => ({ id: `AIDABULK${name.slice(5)}`, accountId: OTHER_ACCT, name, nameLower: name, arn: `arn:aws:iam::${OTHER_ACCT}:user/${name}` })),
    });
    const first = (await actions.ListUsers(form({}), workload, meta)) as Page & { Users: unknown[] };
    expect(first.Users).toHaveLength(100);
    expect(first.IsTruncated).toBe(true);
    const { Users } = await listAllUsers(workload);
    expect(Users.length).toBe(await sb.db.user.count({ where: { accountId: OTHER_ACCT } }));
    expect(Users.length).toBeGreaterThan(1005);
  });
});
