// Seed 004 (Tarek Cheikh, "IAM roles": hub-and-spoke, service roles, external IDs, federation,
// session duration) replayed with Debian's AWS CLI v2 (`--endpoint-url`), step by step. Covered
// elsewhere: the GitHub OIDC trust (cli-web-identity.spec.ts), the `[profile dev-account]` with
// mfa_serial (cli-profiles.spec.ts, which needs a CLI honouring AWS_ENDPOINT_URL), and the group
// step without MFA (cli-groups.spec.ts).
import { expect, test } from "@playwright/test";
import { awsCli, cliOk as ok } from "./support/cli";
import { totp } from "../lib/iam/mfa-devices/totp";
import { freshSamlIdpPem, mintSamlAssertion, parseSamlIdpPem, samlIdpMetadata } from "../lib/sts/saml-idp";
import {
  IDENTITY, WORKLOAD, cliError, deleteRole, deleteUser, doc, enableVirtualMfa, identityAdmin, sessionKeys, trust, userWithKey, workloadAdmin,
} from "./support/seed-cli";

const aws = awsCli();
// Each CLI call starts a Python process (seconds each on a loaded machine): journeys of thirty calls need minutes.
test.describe.configure({ timeout: 600_000 });

test("steps 1-3: CrossAccountDeveloperRole trusts the hub on MFA, AssumeDevRole via Developers, assume-role with MFA, exported credentials", async ({ baseURL }) => {
  const url = baseURL as string;
  const ROLE_NAME = "CrossAccountDeveloperRole-004";
  const ROLE = `arn:aws:iam::${WORKLOAD}:role/${ROLE_NAME}`;
  const POLICY = `arn:aws:iam::${IDENTITY}:policy/AssumeDevRole-004`;
  const DEV = "hub-dev-004";
  try {
    // Step 1, in the target account: the role trusts the identity account, on condition of MFA.
    const trustMfa = trust({ AWS: `arn:aws:iam::${IDENTITY}:root` }, { Bool: { "aws:MultiFactorAuthPresent": "true" } });
    await ok(aws(url, workloadAdmin, ["iam", "create-role", "--role-name", ROLE_NAME, "--assume-role-policy-document", trustMfa]));
    await ok(aws(url, workloadAdmin, ["iam", "attach-role-policy", "--role-name", ROLE_NAME, "--policy-arn", "arn:aws:iam::aws:policy/PowerUserAccess"]));

    // Step 2, in the identity account: AssumeDevRole for the Developers group.
    await ok(aws(url, identityAdmin, ["iam", "create-policy", "--policy-name", "AssumeDevRole-004", "--policy-document", doc({ Effect: "Allow", Action: "sts:AssumeRole", Resource: ROLE })]));
    await ok(aws(url, identityAdmin, ["iam", "attach-group-policy", "--group-name", "Developers", "--policy-arn", POLICY]));
    const dev = await userWithKey(aws, url, DEV);
    await ok(aws(url, identityAdmin, ["iam", "add-user-to-group", "--group-name", "Developers", "--user-name", DEV]));
    const { serial, secret } = await enableVirtualMfa(aws, url, DEV, DEV);

    // Step 3: without MFA the trust policy's condition fails; with it the session is issued.
    // https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_mfa_configure-api-require.html
    expect(await cliError(aws(url, dev, ["sts", "assume-role", "--role-arn", ROLE, "--role-session-name", "dev-session"]))).toBe(
      `An error occurred (AccessDenied) when calling the AssumeRole operation: User: arn:aws:iam::${IDENTITY}:user/${DEV} is not authorized to perform: sts:AssumeRole on resource: ${ROLE}`,
    );
    const assumed = await ok(
      aws(url, dev, ["sts", "assume-role", "--role-arn", ROLE, "--role-session-name", "dev-session", "--serial-number", serial, "--token-code", totp(secret, Date.now() + 30_000)]),
    );
    // export AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY/AWS_SESSION_TOKEN, then `aws sts get-caller-identity`.
    const session = sessionKeys(assumed);
    expect(await ok(aws(url, session, ["sts", "get-caller-identity"]))).toMatchObject({
      Account: WORKLOAD,
      Arn: `arn:aws:sts::${WORKLOAD}:assumed-role/${ROLE_NAME}/dev-session`,
    });
    // PowerUserAccess: everything but IAM (except a few reads such as iam:ListRoles) and Organizations.
    await ok(aws(url, session, ["iam", "list-roles", "--max-items", "1"]));
    expect(await cliError(aws(url, session, ["iam", "create-user", "--user-name", "not-allowed"]))).toContain("(AccessDenied) when calling the CreateUser operation");
  } finally {
    await deleteUser(aws, url, DEV).catch(() => undefined);
    await aws(url, identityAdmin, ["iam", "detach-group-policy", "--group-name", "Developers", "--policy-arn", POLICY]);
    await aws(url, identityAdmin, ["iam", "delete-policy", "--policy-arn", POLICY]);
    await deleteRole(aws, url, workloadAdmin, ROLE_NAME).catch(() => undefined);
  }
});

test("a tag condition: only principals tagged Department=Engineering may assume the role", async ({ baseURL }) => {
  const url = baseURL as string;
  const ROLE_NAME = "EngineeringOnly-004";
  const ROLE = `arn:aws:iam::${WORKLOAD}:role/${ROLE_NAME}`;
  const condition = { StringEquals: { "aws:PrincipalTag/Department": "Engineering" } };
  try {
    await ok(aws(url, workloadAdmin, ["iam", "create-role", "--role-name", ROLE_NAME, "--assume-role-policy-document", trust({ AWS: `arn:aws:iam::${IDENTITY}:root` }, condition)]));
    const engineer = await userWithKey(aws, url, "engineer-004", ["Key=Department,Value=Engineering"]);
    const marketer = await userWithKey(aws, url, "marketer-004", ["Key=Department,Value=Marketing"]);
    for (const name of ["engineer-004", "marketer-004"]) {
      await ok(aws(url, identityAdmin, ["iam", "put-user-policy", "--user-name", name, "--policy-name", "AssumeAny", "--policy-document", doc({ Effect: "Allow", Action: "sts:AssumeRole", Resource: ROLE })]));
    }
    // https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_condition-keys.html#condition-keys-principaltag
    const assumed = await ok(aws(url, engineer, ["sts", "assume-role", "--role-arn", ROLE, "--role-session-name", "eng"]));
    expect((assumed.AssumedRoleUser as { Arn: string }).Arn).toBe(`arn:aws:sts::${WORKLOAD}:assumed-role/${ROLE_NAME}/eng`);
    expect(await cliError(aws(url, marketer, ["sts", "assume-role", "--role-arn", ROLE, "--role-session-name", "mkt"]))).toBe(
      `An error occurred (AccessDenied) when calling the AssumeRole operation: User: arn:aws:iam::${IDENTITY}:user/marketer-004 is not authorized to perform: sts:AssumeRole on resource: ${ROLE}`,
    );
  } finally {
    for (const name of ["engineer-004", "marketer-004"]) await deleteUser(aws, url, name).catch(() => undefined);
    await deleteRole(aws, url, workloadAdmin, ROLE_NAME).catch(() => undefined);
  }
});

test("service roles: an EC2 role in an instance profile; a person cannot assume a role that trusts a service", async ({ baseURL }) => {
  const url = baseURL as string;
  const ROLE_NAME = "Ec2AppRole-004";
  try {
    await ok(aws(url, identityAdmin, ["iam", "create-role", "--role-name", ROLE_NAME, "--assume-role-policy-document", trust({ Service: "ec2.amazonaws.com" })]));
    await ok(aws(url, identityAdmin, ["iam", "create-instance-profile", "--instance-profile-name", ROLE_NAME]));
    await ok(aws(url, identityAdmin, ["iam", "add-role-to-instance-profile", "--instance-profile-name", ROLE_NAME, "--role-name", ROLE_NAME]));
    const profile = await ok(aws(url, identityAdmin, ["iam", "get-instance-profile", "--instance-profile-name", ROLE_NAME]));
    expect((profile.InstanceProfile as { Roles: { RoleName: string }[] }).Roles.map((r) => r.RoleName)).toEqual([ROLE_NAME]);
    for (const service of ["lambda.amazonaws.com", "ecs-tasks.amazonaws.com", "states.amazonaws.com"]) {
      const name = `${service.split(".")[0]}-role-004`;
      const created = await ok(aws(url, identityAdmin, ["iam", "create-role", "--role-name", name, "--assume-role-policy-document", trust({ Service: service })]));
      expect((created.Role as { AssumeRolePolicyDocument: { Statement: { Principal: unknown }[] } }).AssumeRolePolicyDocument.Statement[0].Principal).toEqual({ Service: service });
      await ok(aws(url, identityAdmin, ["iam", "delete-role", "--role-name", name]));
    }
    // The admin may call sts:AssumeRole on anything, but the role trusts only EC2.
    expect(await cliError(aws(url, identityAdmin, ["sts", "assume-role", "--role-arn", `arn:aws:iam::${IDENTITY}:role/${ROLE_NAME}`, "--role-session-name", "me"]))).toBe(
      `An error occurred (AccessDenied) when calling the AssumeRole operation: User: arn:aws:iam::${IDENTITY}:user/admin is not authorized to perform: sts:AssumeRole on resource: arn:aws:iam::${IDENTITY}:role/${ROLE_NAME}`,
    );
  } finally {
    await deleteRole(aws, url, identityAdmin, ROLE_NAME).catch(() => undefined);
    await aws(url, identityAdmin, ["iam", "delete-instance-profile", "--instance-profile-name", ROLE_NAME]);
  }
});

test("a third party assumes the role only with the external ID (confused deputy)", async ({ baseURL }) => {
  const url = baseURL as string;
  // The workload account plays the third party (Datadog, Splunk, ...); the role is ours.
  const ROLE_NAME = "ThirdPartyMonitoring-004";
  const ROLE = `arn:aws:iam::${IDENTITY}:role/${ROLE_NAME}`;
  try {
    const trustExt = trust({ AWS: `arn:aws:iam::${WORKLOAD}:root` }, { StringEquals: { "sts:ExternalId": "your-unique-external-id" } });
    await ok(aws(url, identityAdmin, ["iam", "create-role", "--role-name", ROLE_NAME, "--assume-role-policy-document", trustExt]));
    // https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_common-scenarios_third-party.html
    const denied = `An error occurred (AccessDenied) when calling the AssumeRole operation: User: arn:aws:iam::${WORKLOAD}:user/admin is not authorized to perform: sts:AssumeRole on resource: ${ROLE}`;
    expect(await cliError(aws(url, workloadAdmin, ["sts", "assume-role", "--role-arn", ROLE, "--role-session-name", "deputy"]))).toBe(denied);
    expect(await cliError(aws(url, workloadAdmin, ["sts", "assume-role", "--role-arn", ROLE, "--role-session-name", "deputy", "--external-id", "guessed-id"]))).toBe(denied);
    const assumed = await ok(aws(url, workloadAdmin, ["sts", "assume-role", "--role-arn", ROLE, "--role-session-name", "deputy", "--external-id", "your-unique-external-id"]));
    expect((assumed.AssumedRoleUser as { Arn: string }).Arn).toBe(`arn:aws:sts::${IDENTITY}:assumed-role/${ROLE_NAME}/deputy`);
  } finally {
    await deleteRole(aws, url, identityAdmin, ROLE_NAME).catch(() => undefined);
  }
});

test("BatchProcessingRole: update-role --max-session-duration 43200 allows a 12-hour session", async ({ baseURL }) => {
  const url = baseURL as string;
  const ROLE_NAME = "BatchProcessingRole";
  const ROLE = `arn:aws:iam::${IDENTITY}:role/${ROLE_NAME}`;
  const assume = (seconds: string) => aws(url, identityAdmin, ["sts", "assume-role", "--role-arn", ROLE, "--role-session-name", "batch", "--duration-seconds", seconds]);
  try {
    await ok(aws(url, identityAdmin, ["iam", "create-role", "--role-name", ROLE_NAME, "--assume-role-policy-document", trust({ AWS: `arn:aws:iam::${IDENTITY}:root` })]));
    // https://docs.aws.amazon.com/STS/latest/APIReference/API_AssumeRole.html (DurationSeconds)
    expect(await cliError(assume("43200"))).toBe(
      "An error occurred (ValidationError) when calling the AssumeRole operation: The requested DurationSeconds exceeds the MaxSessionDuration set for this role.",
    );
    await ok(aws(url, identityAdmin, ["iam", "update-role", "--role-name", ROLE_NAME, "--max-session-duration", "43200"]));
    expect(((await ok(aws(url, identityAdmin, ["iam", "get-role", "--role-name", ROLE_NAME]))).Role as { MaxSessionDuration: number }).MaxSessionDuration).toBe(43200);
    const before = Date.now();
    const expiration = Date.parse(((await ok(assume("43200"))).Credentials as { Expiration: string }).Expiration);
    expect(Math.abs(expiration - before - 43_200_000)).toBeLessThan(120_000);
  } finally {
    await deleteRole(aws, url, identityAdmin, ROLE_NAME).catch(() => undefined);
  }
});

test("SAML federation: CorporateAD's user assumes the role with `sts assume-role-with-saml`, checked against SAML:aud", async ({ baseURL }) => {
  const url = baseURL as string;
  // Our own IdP key: AssumeRoleWithSAML verifies against the certificate in the registered metadata.
  const idp = parseSamlIdpPem(await freshSamlIdpPem());
  const providerArn = `arn:aws:iam::${IDENTITY}:saml-provider/CorporateAD-004`;
  const ROLE_NAME = "CorporateAD-Developers-004";
  const roleArn = `arn:aws:iam::${IDENTITY}:role/${ROLE_NAME}`;
  try {
    await ok(aws(url, identityAdmin, ["iam", "create-saml-provider", "--name", "CorporateAD-004", "--saml-metadata-document", samlIdpMetadata(idp)]));
    const samlTrust = trust({ Federated: providerArn }, { StringEquals: { "SAML:aud": "https://signin.aws.amazon.com/saml" } }, "sts:AssumeRoleWithSAML");
    await ok(aws(url, identityAdmin, ["iam", "create-role", "--role-name", ROLE_NAME, "--assume-role-policy-document", samlTrust]));
    const withSaml = async (audience?: string) =>
      aws(url, null, [
        "sts", "assume-role-with-saml", "--role-arn", roleArn, "--principal-arn", providerArn,
        "--saml-assertion", await mintSamlAssertion({ roleArn, providerArn, sessionName: "jdoe@corp.example", subject: "jdoe", idp, audience }),
      ]);
    // https://docs.aws.amazon.com/STS/latest/APIReference/API_AssumeRoleWithSAML.html
    const assumed = await ok(withSaml());
    expect((assumed.AssumedRoleUser as { Arn: string }).Arn).toBe(`arn:aws:sts::${IDENTITY}:assumed-role/${ROLE_NAME}/jdoe@corp.example`);
    expect(await ok(aws(url, sessionKeys(assumed), ["sts", "get-caller-identity"]))).toMatchObject({ Arn: `arn:aws:sts::${IDENTITY}:assumed-role/${ROLE_NAME}/jdoe@corp.example` });
  } finally {
    await aws(url, identityAdmin, ["iam", "delete-role", "--role-name", ROLE_NAME]);
    await aws(url, identityAdmin, ["iam", "delete-saml-provider", "--saml-provider-arn", providerArn]);
  }
});

// CloudTrail (`AssumeRole` events, errorCode AccessDenied): no CloudTrail API here; the console's
// activity records come from lib/wire/api-activity.ts (e2e/source-ip.spec.ts shows them).
