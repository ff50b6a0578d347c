// The console's doors (lib/iam verbs) check an ARN's syntax (policy, identity provider, entity) with the one parser (lib/aws/arn.ts)
// before they authorize or look anything up, as the wire does: ValidationError "Invalid ARN: Could not be
// parsed" for a value that is not ARN-shaped (issue #12), InvalidInput "ARN … is not valid." for another
// kind (https://github.com/hashicorp/vault/issues/2302), whoever asks and whether or not the user/role exists.
import { beforeAll, describe, expect, it } from "vitest";
import { parseArn } from "@/lib/aws/arn";
import { ACCT, failure, openSandbox, trustDoc, type Sandbox } from "@/lib/testing/sandbox";

let sb: Sandbox;
let roles: typeof import("./roles");
let userPolicies: typeof import("@/lib/iam/users/attached");
let idp: typeof import("@/lib/iam/identity-providers/providers");
let jobs: typeof import("@/lib/iam/last-accessed/jobs");

const BAD = [`arn:aws:iam::${ACCT}:role/NotAPolicy`, "not-an-arn-of-any-kind"];
const invalid = (arn: string) =>
  parseArn(arn) === null ? { code: "ValidationError", message: "Invalid ARN: Could not be parsed" } : { code: "InvalidInput", message: `ARN ${arn} is not valid.` };

beforeAll(async () => {
  sb = await openSandbox();
  roles = await import("./roles");
  userPolicies = await import("@/lib/iam/users/attached");
  idp = await import("@/lib/iam/identity-providers/providers");
  jobs = await import("@/lib/iam/last-accessed/jobs");
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

  it("identity provider verbs: another kind of ARN, or none, is not valid", async () => {
    const oidc = `arn:aws:iam::${ACCT}:oidc-provider/token.actions.githubusercontent.com`;
    const saml = `arn:aws:iam::${ACCT}:saml-provider/Okta`;
    for (const caller of [sb.admin, sb.alice]) {
      for (const arn of [oidc, "not-an-arn-of-any-kind"]) {
        expect(await failure(idp.getSAMLProvider(caller, arn))).toMatchObject(invalid(arn));
        expect(await failure(idp.deleteSAMLProvider(caller, arn))).toMatchObject(invalid(arn));
      }
      for (const arn of [saml, "not-an-arn-of-any-kind"]) {
        expect(await failure(idp.getOpenIDConnectProvider(caller, arn))).toMatchObject(invalid(arn));
        expect(await failure(idp.deleteOpenIDConnectProvider(caller, arn))).toMatchObject(invalid(arn));
        expect(await failure(idp.addClientIDToOpenIDConnectProvider(caller, arn, "c"))).toMatchObject(invalid(arn));
        expect(await failure(idp.removeClientIDFromOpenIDConnectProvider(caller, arn, "c"))).toMatchObject(invalid(arn));
      }
    }
  });

  it("GenerateServiceLastAccessedDetails: a provider ARN is not an entity; another partition is ValidationError", async () => {
    const arn = `arn:aws:iam::${ACCT}:saml-provider/Okta`;
    expect(await failure(jobs.generateServiceLastAccessedDetails(sb.alice, { arn }))).toMatchObject(invalid(arn));
    expect(await failure(jobs.generateServiceLastAccessedDetails(sb.admin, { arn: `arn:aws-us-gov:iam::${ACCT}:role/R` }))).toMatchObject({ code: "ValidationError", message: "Invalid ARN partition" });
  });
});
