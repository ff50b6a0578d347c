// Seed 002 (an IAM role guide: custom role, CLI profile, Terraform, "Creating an IAM role (AWS API)",
// FAQ) replayed with Debian's AWS CLI v2 (`--endpoint-url`). Covered elsewhere: AWSIAMRoleForRDS
// (cli-assume-role.spec.ts), `[profile rdsadmin]` (cli-profiles.spec.ts), the MFA-conditioned trust
// policy (seed-004-hub-and-spoke.spec.ts, cli-cross-account.spec.ts).
import { expect, test } from "@playwright/test";
import { awsCli, cliOk as ok } from "./support/cli";
import { IDENTITY, cliError, deleteRole, deleteUser, doc, identityAdmin, sessionKeys, trust, userWithKey } from "./support/seed-cli";

const aws = awsCli();
test.describe.configure({ timeout: 600_000 });

test("the API steps: CreateRole, a managed and an inline policy, TagRole, a permissions boundary, and a user allowed to switch", async ({ baseURL }) => {
  const url = baseURL as string;
  const ROLE_NAME = "ApiMadeRole-002";
  const ROLE = `arn:aws:iam::${IDENTITY}:role/${ROLE_NAME}`;
  const USER = "switcher-002";
  try {
    const user = await userWithKey(aws, url, USER);
    await ok(aws(url, identityAdmin, ["iam", "create-role", "--role-name", ROLE_NAME, "--assume-role-policy-document", trust({ AWS: `arn:aws:iam::${IDENTITY}:root` })]));
    await ok(aws(url, identityAdmin, ["iam", "attach-role-policy", "--role-name", ROLE_NAME, "--policy-arn", "arn:aws:iam::aws:policy/IAMReadOnlyAccess"]));
    await ok(aws(url, identityAdmin, ["iam", "put-role-policy", "--role-name", ROLE_NAME, "--policy-name", "CreateUsers", "--policy-document", doc({ Effect: "Allow", Action: "iam:CreateUser", Resource: "*" })]));
    await ok(aws(url, identityAdmin, ["iam", "tag-role", "--role-name", ROLE_NAME, "--tags", "Key=team,Value=platform"]));
    // The boundary caps the role at reads: the inline iam:CreateUser no longer takes effect.
    // https://docs.aws.amazon.com/IAM/latest/UserGuide/access_policies_boundaries.html
    await ok(aws(url, identityAdmin, ["iam", "put-role-permissions-boundary", "--role-name", ROLE_NAME, "--permissions-boundary", "arn:aws:iam::aws:policy/IAMReadOnlyAccess"]));
    const role = (await ok(aws(url, identityAdmin, ["iam", "get-role", "--role-name", ROLE_NAME]))).Role as { Tags: object[]; PermissionsBoundary: { PermissionsBoundaryArn: string } };
    expect(role.Tags).toEqual([{ Key: "team", Value: "platform" }]);
    expect(role.PermissionsBoundary.PermissionsBoundaryArn).toBe("arn:aws:iam::aws:policy/IAMReadOnlyAccess");

    // "Grant individual users in the trusted account permissions to switch roles."
    const assume = () => aws(url, user, ["sts", "assume-role", "--role-arn", ROLE, "--role-session-name", "switch"]);
    expect(await cliError(assume())).toContain("(AccessDenied) when calling the AssumeRole operation");
    await ok(aws(url, identityAdmin, ["iam", "put-user-policy", "--user-name", USER, "--policy-name", "SwitchToRole", "--policy-document", doc({ Effect: "Allow", Action: "sts:AssumeRole", Resource: ROLE })]));
    const session = sessionKeys(await ok(assume()));
    await ok(aws(url, session, ["iam", "get-role", "--role-name", ROLE_NAME]));
    expect(await cliError(aws(url, session, ["iam", "create-user", "--user-name", "blocked-by-boundary-002"]))).toBe(
      `An error occurred (AccessDenied) when calling the CreateUser operation: User: arn:aws:sts::${IDENTITY}:assumed-role/${ROLE_NAME}/switch is not authorized to perform: iam:CreateUser on resource: arn:aws:iam::${IDENTITY}:user/blocked-by-boundary-002 because no permissions boundary allows the iam:CreateUser action`,
    );
  } finally {
    await deleteUser(aws, url, USER).catch(() => undefined);
    await aws(url, identityAdmin, ["iam", "delete-role-permissions-boundary", "--role-name", ROLE_NAME]);
    await deleteRole(aws, url, identityAdmin, ROLE_NAME).catch(() => undefined);
  }
});

test("Terraform's lambda_exec_role with AWSLambdaBasicExecutionRole, made with the CLI", async ({ baseURL }) => {
  const url = baseURL as string;
  try {
    await ok(aws(url, identityAdmin, ["iam", "create-role", "--role-name", "lambda_exec_role", "--assume-role-policy-document", trust({ Service: "lambda.amazonaws.com" })]));
    const arn = "arn:aws:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole";
    await ok(aws(url, identityAdmin, ["iam", "attach-role-policy", "--role-name", "lambda_exec_role", "--policy-arn", arn]));
    const attached = await ok(aws(url, identityAdmin, ["iam", "list-attached-role-policies", "--role-name", "lambda_exec_role"]));
    expect(attached.AttachedPolicies).toEqual([{ PolicyName: "AWSLambdaBasicExecutionRole", PolicyArn: arn }]);
  } finally {
    await deleteRole(aws, url, identityAdmin, "lambda_exec_role").catch(() => undefined);
  }
});

test("FAQ: several trusted principals in one trust policy, and several attach-role-policy calls", async ({ baseURL }) => {
  const url = baseURL as string;
  const ROLE_NAME = "SharedRole-002";
  const ROLE = `arn:aws:iam::${IDENTITY}:role/${ROLE_NAME}`;
  const names = ["ann-002", "bob-002", "eve-002"];
  try {
    const keys = [];
    for (const name of names) {
      keys.push(await userWithKey(aws, url, name));
      await ok(aws(url, identityAdmin, ["iam", "put-user-policy", "--user-name", name, "--policy-name", "Assume", "--policy-document", doc({ Effect: "Allow", Action: "sts:AssumeRole", Resource: ROLE })]));
    }
    const principals = names.slice(0, 2).map((n) => `arn:aws:iam::${IDENTITY}:user/${n}`);
    await ok(aws(url, identityAdmin, ["iam", "create-role", "--role-name", ROLE_NAME, "--assume-role-policy-document", trust({ AWS: principals })]));
    for (const p of ["AmazonRDSFullAccess", "AmazonS3ReadOnlyAccess"]) {
      await ok(aws(url, identityAdmin, ["iam", "attach-role-policy", "--role-name", ROLE_NAME, "--policy-arn", `arn:aws:iam::aws:policy/${p}`]));
    }
    const attached = await ok(aws(url, identityAdmin, ["iam", "list-attached-role-policies", "--role-name", ROLE_NAME]));
    expect((attached.AttachedPolicies as { PolicyName: string }[]).map((p) => p.PolicyName).sort()).toEqual(["AmazonRDSFullAccess", "AmazonS3ReadOnlyAccess"]);
    for (const k of keys.slice(0, 2)) await ok(aws(url, k, ["sts", "assume-role", "--role-arn", ROLE, "--role-session-name", "shared"]));
    expect(await cliError(aws(url, keys[2], ["sts", "assume-role", "--role-arn", ROLE, "--role-session-name", "shared"]))).toContain("(AccessDenied) when calling the AssumeRole operation");
  } finally {
    for (const name of names) await deleteUser(aws, url, name).catch(() => undefined);
    await deleteRole(aws, url, identityAdmin, ROLE_NAME).catch(() => undefined);
  }
});
