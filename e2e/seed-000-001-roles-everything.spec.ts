// Seeds 000 and 001 (the same Spacelift article, "AWS IAM Roles – Everything You Need to Know &
// Examples", in two captures) replayed with Debian's AWS CLI v2 (`--endpoint-url`): the steps that
// the other journeys do not already walk. Covered elsewhere: AWSIAMRoleForRDS, `sts assume-role
// --role-session-name AWSCLI-Session`, the iam:ListRoles denial and role chaining
// (cli-assume-role.spec.ts); `[profile rdsadmin]` (cli-profiles.spec.ts); the console switch
// (switch-role.spec.ts); cross-account with MFA (cli-cross-account.spec.ts); boto3 (boto3.spec.ts).
import { expect, test } from "@playwright/test";
import { awsCli, cliOk as ok } from "./support/cli";
import { IDENTITY, cliError, deleteRole, deleteUser, doc, identityAdmin, trust, userWithKey } from "./support/seed-cli";

const aws = awsCli();
test.describe.configure({ timeout: 600_000 });

interface Trust {
  Statement: { Principal: Record<string, string> }[];
}

test("the trust policy keeps the user's unique id: a recreated user of the same name is not trusted", async ({ baseURL }) => {
  const url = baseURL as string;
  const USER = "omkar-000";
  const ROLE_NAME = "TrustsOmkar-000";
  const ROLE = `arn:aws:iam::${IDENTITY}:role/${ROLE_NAME}`;
  const userArn = `arn:aws:iam::${IDENTITY}:user/${USER}`;
  const allowAssume = doc({ Effect: "Allow", Action: "sts:AssumeRole", Resource: ROLE });
  try {
    const first = await userWithKey(aws, url, USER);
    await ok(aws(url, identityAdmin, ["iam", "put-user-policy", "--user-name", USER, "--policy-name", "AssumeIt", "--policy-document", allowAssume]));
    await ok(aws(url, identityAdmin, ["iam", "create-role", "--role-name", ROLE_NAME, "--assume-role-policy-document", trust({ AWS: userArn })]));
    await ok(aws(url, first, ["sts", "assume-role", "--role-arn", ROLE, "--role-session-name", "first"]));

    const uniqueId = ((await ok(aws(url, identityAdmin, ["iam", "get-user", "--user-name", USER]))).User as { UserId: string }).UserId;
    await deleteUser(aws, url, USER);
    // https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_principal.html#principal-roles
    // ("If you delete the user, ... the role's trust policy shows the principal ID instead of the ARN")
    const role = await ok(aws(url, identityAdmin, ["iam", "get-role", "--role-name", ROLE_NAME]));
    expect((role.Role as { AssumeRolePolicyDocument: Trust }).AssumeRolePolicyDocument.Statement[0].Principal).toEqual({ AWS: uniqueId });

    const second = await userWithKey(aws, url, USER);
    await ok(aws(url, identityAdmin, ["iam", "put-user-policy", "--user-name", USER, "--policy-name", "AssumeIt", "--policy-document", allowAssume]));
    expect(await cliError(aws(url, second, ["sts", "assume-role", "--role-arn", ROLE, "--role-session-name", "second"]))).toBe(
      `An error occurred (AccessDenied) when calling the AssumeRole operation: User: ${userArn} is not authorized to perform: sts:AssumeRole on resource: ${ROLE}`,
    );
  } finally {
    await deleteUser(aws, url, USER).catch(() => undefined);
    await deleteRole(aws, url, identityAdmin, ROLE_NAME).catch(() => undefined);
  }
});

test("the CloudFormation service role: no permissions at first, then IAMFullAccess and AWSLambda_FullAccess; the template's lambda-role", async ({ baseURL }) => {
  const url = baseURL as string;
  try {
    const created = await ok(
      aws(url, identityAdmin, ["iam", "create-role", "--role-name", "AWSCloudformationRole", "--assume-role-policy-document", trust({ Service: "cloudformation.amazonaws.com" })]),
    );
    expect((created.Role as { AssumeRolePolicyDocument: Trust }).AssumeRolePolicyDocument.Statement[0].Principal).toEqual({ Service: "cloudformation.amazonaws.com" });
    expect((await ok(aws(url, identityAdmin, ["iam", "list-attached-role-policies", "--role-name", "AWSCloudformationRole"]))).AttachedPolicies).toEqual([]);
    for (const name of ["IAMFullAccess", "AWSLambda_FullAccess"]) {
      await ok(aws(url, identityAdmin, ["iam", "attach-role-policy", "--role-name", "AWSCloudformationRole", "--policy-arn", `arn:aws:iam::aws:policy/${name}`]));
    }
    const attached = await ok(aws(url, identityAdmin, ["iam", "list-attached-role-policies", "--role-name", "AWSCloudformationRole"]));
    expect((attached.AttachedPolicies as { PolicyName: string }[]).map((p) => p.PolicyName).sort()).toEqual(["AWSLambda_FullAccess", "IAMFullAccess"]);

    // The template's AWS::IAM::Role, as the CLI would make it.
    await ok(aws(url, identityAdmin, ["iam", "create-role", "--role-name", "lambda-role", "--path", "/", "--assume-role-policy-document", trust({ Service: ["lambda.amazonaws.com"] })]));
    await ok(aws(url, identityAdmin, ["iam", "attach-role-policy", "--role-name", "lambda-role", "--policy-arn", "arn:aws:iam::aws:policy/AWSLambdaExecute"]));
  } finally {
    await deleteRole(aws, url, identityAdmin, "AWSCloudformationRole").catch(() => undefined);
    await deleteRole(aws, url, identityAdmin, "lambda-role").catch(() => undefined);
  }
});

test("AWSServiceRoleForECS: its policy's statements, and AWS alone may change it", async ({ baseURL }) => {
  const url = baseURL as string;
  const role = (await ok(aws(url, identityAdmin, ["iam", "get-role", "--role-name", "AWSServiceRoleForECS"]))).Role as { Path: string };
  expect(role.Path).toBe("/aws-service-role/ecs.amazonaws.com/");
  const attached = (await ok(aws(url, identityAdmin, ["iam", "list-attached-role-policies", "--role-name", "AWSServiceRoleForECS"]))).AttachedPolicies as { PolicyArn: string }[];
  expect(attached.map((p) => p.PolicyArn)).toEqual(["arn:aws:iam::aws:policy/aws-service-role/AmazonECSServiceRolePolicy"]);
  const policy = (await ok(aws(url, identityAdmin, ["iam", "get-policy", "--policy-arn", attached[0].PolicyArn]))).Policy as { DefaultVersionId: string };
  const version = await ok(aws(url, identityAdmin, ["iam", "get-policy-version", "--policy-arn", attached[0].PolicyArn, "--version-id", policy.DefaultVersionId]));
  const sids = (version.PolicyVersion as { Document: { Statement: { Sid?: string }[] } }).Document.Statement.map((s) => s.Sid);
  expect(sids).toEqual(expect.arrayContaining(["ECSTaskManagement", "AutoScaling", "AutoScalingManagement", "AutoScalingPlanManagement"]));
  // https://docs.aws.amazon.com/IAM/latest/UserGuide/using-service-linked-roles.html
  expect(await cliError(aws(url, identityAdmin, ["iam", "update-assume-role-policy", "--role-name", "AWSServiceRoleForECS", "--policy-document", trust({ Service: "ec2.amazonaws.com" })]))).toBe(
    "An error occurred (UnmodifiableEntity) when calling the UpdateAssumeRolePolicy operation: Cannot perform the operation on the protected role 'AWSServiceRoleForECS' - this role is only modifiable by AWS",
  );
});

test("web identity (Cognito), SAML 2.0 and Roles Anywhere trust policies are accepted as the article writes them", async ({ baseURL }) => {
  const url = baseURL as string;
  const roles = {
    "RoleForCognito-000": JSON.stringify({
      Version: "2012-10-17",
      Statement: {
        Sid: "RoleForCognito",
        Effect: "Allow",
        Principal: { Federated: "cognito-identity.amazonaws.com" },
        Action: "sts:AssumeRoleWithWebIdentity",
        Condition: { StringEquals: { "cognito-identity.amazonaws.com:aud": "us-east:12345678-ffff-ffff-ffff-123456" } },
      },
    }),
    "RolesAnywhere-000": trust({ Service: "rolesanywhere.amazonaws.com" }, undefined, ["sts:AssumeRole", "sts:SetSourceIdentity", "sts:TagSession"]),
    "SamlFederation-000": trust(
      { Federated: `arn:aws:iam::${IDENTITY}:saml-provider/PROVIDER-NAME` },
      { StringEquals: { "SAML:aud": "https://signin.aws.amazon.com/saml" } },
      "sts:AssumeRoleWithSAML",
    ),
  };
  try {
    for (const [name, policy] of Object.entries(roles)) {
      const created = await ok(aws(url, identityAdmin, ["iam", "create-role", "--role-name", name, "--assume-role-policy-document", policy]));
      expect((created.Role as { AssumeRolePolicyDocument: object }).AssumeRolePolicyDocument).toEqual(JSON.parse(policy));
    }
  } finally {
    for (const name of Object.keys(roles)) await aws(url, identityAdmin, ["iam", "delete-role", "--role-name", name]);
  }
});

test("session duration: 900 seconds up to the role's maximum, which defaults to one hour", async ({ baseURL }) => {
  const url = baseURL as string;
  const ROLE_NAME = "SessionLength-000";
  const ROLE = `arn:aws:iam::${IDENTITY}:role/${ROLE_NAME}`;
  const assume = (seconds: string) => aws(url, identityAdmin, ["sts", "assume-role", "--role-arn", ROLE, "--role-session-name", "len", "--duration-seconds", seconds]);
  try {
    await ok(aws(url, identityAdmin, ["iam", "create-role", "--role-name", ROLE_NAME, "--assume-role-policy-document", trust({ AWS: `arn:aws:iam::${IDENTITY}:root` })]));
    // CreateRole's answer leaves MaxSessionDuration out; GetRole shows it.
    expect(((await ok(aws(url, identityAdmin, ["iam", "get-role", "--role-name", ROLE_NAME]))).Role as { MaxSessionDuration: number }).MaxSessionDuration).toBe(3600);
    // https://docs.aws.amazon.com/STS/latest/APIReference/API_AssumeRole.html (DurationSeconds: 900 to the role's maximum)
    // (Below 900 the CLI refuses by itself: botocore checks the model's minimums before sending.)
    await ok(assume("900"));
    expect(await cliError(assume("3601"))).toBe(
      "An error occurred (ValidationError) when calling the AssumeRole operation: The requested DurationSeconds exceeds the MaxSessionDuration set for this role.",
    );
    // https://docs.aws.amazon.com/IAM/latest/APIReference/API_CreateRole.html (MaxSessionDuration 3600 to 43200)
    expect(await cliError(aws(url, identityAdmin, ["iam", "update-role", "--role-name", ROLE_NAME, "--max-session-duration", "43201"]))).toContain(
      "(ValidationError) when calling the UpdateRole operation",
    );
  } finally {
    await deleteRole(aws, url, identityAdmin, ROLE_NAME).catch(() => undefined);
  }
});
