// Seed 003 (Educative, "IAM Roles": trust and permissions policies, principal types, temporary
// credentials) replayed with Debian's AWS CLI v2 (`--endpoint-url`). The principal types' trust
// policies (service, account, web identity, SAML) are walked in seed-000-001 and seed-004.
import { expect, test } from "@playwright/test";
import { awsCli, cliOk as ok } from "./support/cli";
import { IDENTITY, cliError, deleteRole, identityAdmin, sessionKeys, trust } from "./support/seed-cli";

const aws = awsCli();
test.describe.configure({ timeout: 600_000 });

test("a role needs a trust policy but no permissions; its one trust policy is replaced; sessions last an hour by default, 12 at most", async ({ baseURL }) => {
  const url = baseURL as string;
  const ROLE_NAME = "TrustOnly-003";
  const ROLE = `arn:aws:iam::${IDENTITY}:role/${ROLE_NAME}`;
  try {
    // https://docs.aws.amazon.com/IAM/latest/APIReference/API_CreateRole.html (MaxSessionDuration up to 43200)
    expect(
      await cliError(aws(url, identityAdmin, ["iam", "create-role", "--role-name", ROLE_NAME, "--max-session-duration", "43201", "--assume-role-policy-document", trust({ AWS: `arn:aws:iam::${IDENTITY}:root` })])),
    ).toContain("(ValidationError) when calling the CreateRole operation");
    await ok(aws(url, identityAdmin, ["iam", "create-role", "--role-name", ROLE_NAME, "--assume-role-policy-document", trust({ Service: "ec2.amazonaws.com" })]));
    expect((await ok(aws(url, identityAdmin, ["iam", "list-attached-role-policies", "--role-name", ROLE_NAME]))).AttachedPolicies).toEqual([]);
    expect((await ok(aws(url, identityAdmin, ["iam", "list-role-policies", "--role-name", ROLE_NAME]))).PolicyNames).toEqual([]);

    // One trust policy per role: updating it replaces the EC2 trust with the account's.
    await ok(aws(url, identityAdmin, ["iam", "update-assume-role-policy", "--role-name", ROLE_NAME, "--policy-document", trust({ AWS: `arn:aws:iam::${IDENTITY}:root` })]));
    const role = (await ok(aws(url, identityAdmin, ["iam", "get-role", "--role-name", ROLE_NAME]))).Role as { AssumeRolePolicyDocument: { Statement: { Principal: object }[] } };
    expect(role.AssumeRolePolicyDocument.Statement.map((s) => s.Principal)).toEqual([{ AWS: `arn:aws:iam::${IDENTITY}:root` }]);

    // Temporary credentials: an access key id, a secret and a session token, valid one hour by default.
    const before = Date.now();
    const assumed = await ok(aws(url, identityAdmin, ["sts", "assume-role", "--role-arn", ROLE, "--role-session-name", "basics"]));
    const c = assumed.Credentials as { AccessKeyId: string; Expiration: string; SessionToken: string };
    expect(c.AccessKeyId).toMatch(/^ASIA/);
    expect(c.SessionToken.length).toBeGreaterThan(0);
    expect(Math.abs(Date.parse(c.Expiration) - before - 3_600_000)).toBeLessThan(120_000);
    const session = sessionKeys(assumed);
    expect((await ok(aws(url, session, ["sts", "get-caller-identity"]))).Arn).toBe(`arn:aws:sts::${IDENTITY}:assumed-role/${ROLE_NAME}/basics`);
    // Without a permissions policy the session may do nothing.
    expect(await cliError(aws(url, session, ["iam", "get-role", "--role-name", ROLE_NAME]))).toContain("(AccessDenied) when calling the GetRole operation");
  } finally {
    await deleteRole(aws, url, identityAdmin, ROLE_NAME).catch(() => undefined);
  }
});
