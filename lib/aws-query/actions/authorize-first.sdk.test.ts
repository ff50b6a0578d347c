// On the wire, through the real SDK and SigV4: alice (no policies) gets AccessDenied (403) for GetRole,
// GetUser and GetPolicy whether or not the entity exists, the message naming the ARN the request
// addresses — AWS authorizes before it looks anything up
// (https://docs.aws.amazon.com/IAM/latest/UserGuide/troubleshoot_access-denied.html).
import { GetPolicyCommand, GetRoleCommand, GetUserCommand, IAMClient } from "@aws-sdk/client-iam";
import { describe, expect, it } from "vitest";
import { deniedWithoutPolicy, sdkFailure, createRole } from "@/lib/wire/testing";
import { iamSdkSuite } from "@/lib/testing/iam-sdk-suite";

let alice: IAMClient;
let admin: IAMClient;
const ACCT = "111111111111";
const ALICE = `arn:aws:iam::${ACCT}:user/alice`;

iamSdkSuite(async (suite) => {
  ({ admin, alice } = suite);
  await createRole(suite.h.db, { accountId: ACCT, name: "Pathed", path: "/team/", trust: { Version: "2012-10-17", Statement: [] } });
});

const denied = (action: string, arn: string) => deniedWithoutPolicy(ALICE, action, arn);

describe("existence is never revealed before authorization", () => {
  it("GetRole: the role's real ARN when it exists, the pathless one when it does not", async () => {
    expect(await sdkFailure(alice.send(new GetRoleCommand({ RoleName: "Pathed" })))).toEqual(denied("GetRole", `arn:aws:iam::${ACCT}:role/team/Pathed`));
    expect(await sdkFailure(alice.send(new GetRoleCommand({ RoleName: "Missing" })))).toEqual(denied("GetRole", `arn:aws:iam::${ACCT}:role/Missing`));
    expect((await sdkFailure(admin.send(new GetRoleCommand({ RoleName: "Missing" })))).name).toBe("NoSuchEntityException");
  });

  it("GetUser", async () => {
    expect(await sdkFailure(alice.send(new GetUserCommand({ UserName: "admin" })))).toEqual(denied("GetUser", `arn:aws:iam::${ACCT}:user/admin`));
    expect(await sdkFailure(alice.send(new GetUserCommand({ UserName: "nobody" })))).toEqual(denied("GetUser", `arn:aws:iam::${ACCT}:user/nobody`));
  });

  it("GetPolicy: the ARN given, existing or not", async () => {
    for (const arn of ["arn:aws:iam::aws:policy/ReadOnlyAccess", `arn:aws:iam::${ACCT}:policy/NoSuchPolicy`]) {
      expect(await sdkFailure(alice.send(new GetPolicyCommand({ PolicyArn: arn })))).toEqual(denied("GetPolicy", arn));
    }
  });
});
