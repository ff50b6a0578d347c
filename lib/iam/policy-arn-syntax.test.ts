// The console's doors (lib/iam verbs) check a policy ARN's syntax with the one parser (lib/aws/arn.ts)
// before they authorize or look anything up, as the wire does: InvalidInput "ARN … is not valid."
// (https://github.com/hashicorp/vault/issues/2302), whoever asks and whether or not the user/role exists.
import { beforeAll, describe, expect, it } from "vitest";
import { ACCT, failure, openSandbox, trustDoc, type Sandbox } from "@/lib/testing/sandbox";

let sb: Sandbox;
let roles: typeof import("./roles");
let userPolicies: typeof import("./user-policies");

const BAD = [`arn:aws:iam::${ACCT}:role/NotAPolicy`, "not-an-arn-of-any-kind"];
const invalid = (arn: string) => ({ code: "InvalidInput", message: `ARN ${arn} is not valid.` });

beforeAll(async () => {
  sb = await openSandbox();
  roles = await import("./roles");
  userPolicies = await import("./user-policies");
}, 60_000);

describe("policy ARN syntax before authorization and lookup", () => {
  it("role verbs", async () => {
    for (const caller of [sb.admin, sb.alice]) {
      for (const arn of BAD) {
        expect(await failure(roles.attachRolePolicy(caller, "NoSuchRole", arn))).toMatchObject(invalid(arn));
        expect(await failure(roles.detachRolePolicy(caller, "NoSuchRole", arn))).toMatchObject(invalid(arn));
        expect(await failure(roles.putRolePermissionsBoundary(caller, "NoSuchRole", arn))).toMatchObject(invalid(arn));
        expect(await failure(roles.createRole(caller, { roleName: "Bounded", assumeRolePolicyDocument: trustDoc({ AWS: `arn:aws:iam::${ACCT}:root` }), permissionsBoundary: arn }))).toMatchObject(invalid(arn));
      }
    }
  });

  it("user verbs", async () => {
    for (const caller of [sb.admin, sb.alice]) {
      for (const arn of BAD) {
        expect(await failure(userPolicies.attachUserPolicy(caller, "nobody", arn))).toMatchObject(invalid(arn));
        expect(await failure(userPolicies.detachUserPolicy(caller, "nobody", arn))).toMatchObject(invalid(arn));
        expect(await failure(userPolicies.attachUserPolicies(caller, "nobody", ["arn:aws:iam::aws:policy/ReadOnlyAccess", arn]))).toMatchObject(invalid(arn));
      }
    }
  });
});
