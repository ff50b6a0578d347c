// The AWS CLI (Debian's /usr/bin/aws) against the sandbox's wire endpoint, replaying the "AWS IAM
// Roles – Everything You Need to Know" tutorial: AWSIAMRoleForRDS trusting alice, `sts assume-role`,
// the returned credentials, the chaining limit, and the role's AccessDenied on `iam list-roles`.
// (role_arn profiles: cli-profiles.spec.ts.)
import { expect, test } from "@playwright/test";
import { awsCli, cliOk, type CliKeys as Keys } from "./support/cli";

const ACCT = "111111111111";
const ADMIN = { id: "AKIAIDENTITYADMIN001", secret: "identityAdminSecretKey000000000000000001" };
const RDS_ROLE = `arn:aws:iam::${ACCT}:role/AWSIAMRoleForRDS`;

const aws = awsCli();
const ok = cliOk;

const admin: Keys = { id: ADMIN.id, secret: ADMIN.secret };
const trust = (principal: string) =>
  JSON.stringify({ Version: "2012-10-17", Statement: [{ Effect: "Allow", Principal: { AWS: principal }, Action: "sts:AssumeRole" }] });

test("alice assumes AWSIAMRoleForRDS with the CLI, uses its credentials, and is denied iam list-roles", async ({ baseURL }) => {
  const url = baseURL as string;
  await ok(
    aws(url, admin, [
      "iam", "create-role", "--role-name", "AWSIAMRoleForRDS", "--description", "AWS IAM role for RDS",
      "--assume-role-policy-document", trust(`arn:aws:iam::${ACCT}:user/alice`),
    ]),
  );
  await ok(aws(url, admin, ["iam", "attach-role-policy", "--role-name", "AWSIAMRoleForRDS", "--policy-arn", "arn:aws:iam::aws:policy/AmazonRDSFullAccess"]));
  const key = (await ok(aws(url, admin, ["iam", "create-access-key", "--user-name", "alice"]))).AccessKey as { AccessKeyId: string; SecretAccessKey: string };
  expect(key.AccessKeyId).toMatch(/^AKIA[A-Z2-7]{16}$/);
  const alice: Keys = { id: key.AccessKeyId, secret: key.SecretAccessKey };
  await ok(
    aws(url, admin, [
      "iam", "put-user-policy", "--user-name", "alice", "--policy-name", "AssumeRdsRole",
      "--policy-document", JSON.stringify({ Version: "2012-10-17", Statement: [{ Effect: "Allow", Action: "sts:AssumeRole", Resource: "*" }] }),
    ]),
  );

  const me = await ok(aws(url, alice, ["sts", "get-caller-identity"]));
  expect(me.Arn).toBe(`arn:aws:iam::${ACCT}:user/alice`);

  const assumed = await ok(aws(url, alice, ["sts", "assume-role", "--role-arn", RDS_ROLE, "--role-session-name", "AWSCLI-Session"]));
  const c = assumed.Credentials as { AccessKeyId: string; SecretAccessKey: string; SessionToken: string; Expiration: string };
  expect(c.AccessKeyId).toMatch(/^ASIA/);
  expect((assumed.AssumedRoleUser as { Arn: string }).Arn).toBe(`arn:aws:sts::${ACCT}:assumed-role/AWSIAMRoleForRDS/AWSCLI-Session`);
  const session: Keys = { id: c.AccessKeyId, secret: c.SecretAccessKey, token: c.SessionToken };

  const asRole = await ok(aws(url, session, ["sts", "get-caller-identity"]));
  expect(asRole).toMatchObject({ Account: ACCT, Arn: `arn:aws:sts::${ACCT}:assumed-role/AWSIAMRoleForRDS/AWSCLI-Session` });
  expect(asRole.UserId).toMatch(/^AROA[A-Z2-7]{17}:AWSCLI-Session$/);

  const denied = await aws(url, session, ["iam", "list-roles"]);
  expect(denied.code).not.toBe(0);
  expect(denied.stderr.trim()).toBe(
    `An error occurred (AccessDenied) when calling the ListRoles operation: User: arn:aws:sts::${ACCT}:assumed-role/AWSIAMRoleForRDS/AWSCLI-Session is not authorized to perform: iam:ListRoles on resource: arn:aws:iam::${ACCT}:role/ because no identity-based policy allows the iam:ListRoles action`,
  );

  // A chained session is capped at one hour, whatever the target role allows.
  await ok(
    aws(url, admin, ["iam", "create-role", "--role-name", "ChainTarget", "--max-session-duration", "43200", "--assume-role-policy-document", trust(RDS_ROLE)]),
  );
  const chained = await aws(url, session, [
    "sts", "assume-role", "--role-arn", `arn:aws:iam::${ACCT}:role/ChainTarget`, "--role-session-name", "chained", "--duration-seconds", "7200",
  ]);
  expect(chained.stderr.trim()).toBe(
    "An error occurred (ValidationError) when calling the AssumeRole operation: The requested DurationSeconds exceeds the 1 hour session limit for roles assumed by role chaining.",
  );
  const chainedOk = await ok(
    aws(url, session, ["sts", "assume-role", "--role-arn", `arn:aws:iam::${ACCT}:role/ChainTarget`, "--role-session-name", "chained"]),
  );
  expect((chainedOk.AssumedRoleUser as { Arn: string }).Arn).toBe(`arn:aws:sts::${ACCT}:assumed-role/ChainTarget/chained`);
});

test("a role that does not trust the caller, and a missing role, read the same", async ({ baseURL }) => {
  const url = baseURL as string;
  const denied = await aws(url, admin, ["sts", "assume-role", "--role-arn", `arn:aws:iam::${ACCT}:role/NoSuchRole`, "--role-session-name", "probe"]);
  expect(denied.stderr.trim()).toBe(
    `An error occurred (AccessDenied) when calling the AssumeRole operation: User: arn:aws:iam::${ACCT}:user/admin is not authorized to perform: sts:AssumeRole on resource: arn:aws:iam::${ACCT}:role/NoSuchRole`,
  );
  const slr = `arn:aws:iam::${ACCT}:role/aws-service-role/support.amazonaws.com/AWSServiceRoleForSupport`;
  const notTrusted = await aws(url, admin, ["sts", "assume-role", "--role-arn", slr, "--role-session-name", "probe"]);
  expect(notTrusted.stderr.trim()).toBe(
    `An error occurred (AccessDenied) when calling the AssumeRole operation: User: arn:aws:iam::${ACCT}:user/admin is not authorized to perform: sts:AssumeRole on resource: ${slr}`,
  );
});

test("SDK v3 (which posts to /api/aws/ with a trailing slash) is verified against the path it signed", async ({ baseURL }) => {
  const { STSClient, GetCallerIdentityCommand } = await import("@aws-sdk/client-sts");
  const client = new STSClient({
    endpoint: `${baseURL}/api/aws`,
    region: "us-east-1",
    credentials: { accessKeyId: ADMIN.id, secretAccessKey: ADMIN.secret },
    maxAttempts: 1,
  });
  const me = await client.send(new GetCallerIdentityCommand({}));
  expect(me.Arn).toBe(`arn:aws:iam::${ACCT}:user/admin`);
});
