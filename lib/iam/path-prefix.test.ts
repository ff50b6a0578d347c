// PathPrefix matches paths exactly as written, on both stores: case-sensitively (SQLite's LIKE
// ignores ASCII case, PostgreSQL's does not) and with "_" and "%" as plain characters.
// https://docs.aws.amazon.com/IAM/latest/APIReference/API_ListRoles.html (PathPrefix)
import { beforeAll, describe, expect, it } from "vitest";
import { openSandbox, trustDoc, type Sandbox } from "@/lib/testing/sandbox";

let sb: Sandbox;
let roles: typeof import("./roles");

beforeAll(async () => {
  sb = await openSandbox();
  roles = await import("./roles");
  for (const [name, path] of [["upper", "/Team/"], ["lower", "/team/"], ["other", "/tXam/"], ["under", "/t_am/"]]) {
    await roles.createRole(sb.admin, { roleName: name, path, assumeRolePolicyDocument: trustDoc({ Service: "ec2.amazonaws.com" }) });
  }
}, 60_000);

describe("PathPrefix", () => {
  it("is case-sensitive and literal", async () => {
    const names = async (pathPrefix: string) => (await roles.listRoles(sb.admin, { pathPrefix })).Roles.map((r) => r.RoleName).sort();
    expect(await names("/team/")).toEqual(["lower"]);
    expect(await names("/Team/")).toEqual(["upper"]);
    expect(await names("/t_am/")).toEqual(["under"]);
  });
});
