// The AWS CLI and IAM groups: seed 004's hub-and-spoke step 2 ("attach-group-policy --group-name
// Developers" with the AssumeDevRole policy) grants the group's members sts:AssumeRole into the
// workload account, and the group lifecycle a tutorial reader walks through (create-group, get-group,
// list-groups, update-group, delete-group with its DeleteConflict) answers as AWS does.
import { expect, test } from "@playwright/test";
import { awsCli, cliOk, type CliKeys as Keys } from "./support/cli";

const IDENTITY = "111111111111";
const WORKLOAD = "222222222222";
const ROLE = `arn:aws:iam::${WORKLOAD}:role/GroupDeveloperRole`;
const POLICY = `arn:aws:iam::${IDENTITY}:policy/AssumeDevRole`;
const DEV = "group-dev";

const aws = awsCli();
const ok = cliOk;

const identityAdmin: Keys = { id: "AKIAIDENTITYADMIN001", secret: "identityAdminSecretKey000000000000000001" };
const workloadAdmin: Keys = { id: "AKIAWORKLOADADMIN001", secret: "workloadAdminSecretKey000000000000000001" };

// Each CLI call starts a Python process: a journey of twenty of them outlasts the default minute.
test.describe.configure({ timeout: 180_000 });

test("seed 004: a Developers group policy lets its members assume the workload role", async ({ baseURL }) => {
  const url = baseURL as string;
  const trust = { Version: "2012-10-17", Statement: [{ Effect: "Allow", Principal: { AWS: `arn:aws:iam::${IDENTITY}:root` }, Action: "sts:AssumeRole" }] };
  await ok(aws(url, workloadAdmin, ["iam", "create-role", "--role-name", "GroupDeveloperRole", "--assume-role-policy-document", JSON.stringify(trust)]));
  const assume = { Version: "2012-10-17", Statement: [{ Effect: "Allow", Action: "sts:AssumeRole", Resource: ROLE }] };
  await ok(aws(url, identityAdmin, ["iam", "create-policy", "--policy-name", "AssumeDevRole", "--policy-document", JSON.stringify(assume)]));
  await ok(aws(url, identityAdmin, ["iam", "attach-group-policy", "--group-name", "Developers", "--policy-arn", POLICY]));
  // A user of its own: the seed's alice may carry policies other journeys gave her.
  await ok(aws(url, identityAdmin, ["iam", "create-user", "--user-name", DEV]));
  const key = (await ok(aws(url, identityAdmin, ["iam", "create-access-key", "--user-name", DEV]))).AccessKey as { AccessKeyId: string; SecretAccessKey: string };
  const dev: Keys = { id: key.AccessKeyId, secret: key.SecretAccessKey };
  const assumeRole = () => aws(url, dev, ["sts", "assume-role", "--role-arn", ROLE, "--role-session-name", "dev-session"]);
  let joined = false;
  try {
    expect((await assumeRole()).stderr).toContain("(AccessDenied) when calling the AssumeRole operation");
    await ok(aws(url, identityAdmin, ["iam", "add-user-to-group", "--group-name", "Developers", "--user-name", DEV]));
    joined = true;
    const assumed = await ok(assumeRole());
    const c = assumed.Credentials as { AccessKeyId: string; SecretAccessKey: string; SessionToken: string };
    const me = await ok(aws(url, { id: c.AccessKeyId, secret: c.SecretAccessKey, token: c.SessionToken }, ["sts", "get-caller-identity"]));
    expect(me).toMatchObject({ Account: WORKLOAD, Arn: `arn:aws:sts::${WORKLOAD}:assumed-role/GroupDeveloperRole/dev-session` });

    const group = await ok(aws(url, identityAdmin, ["iam", "get-group", "--group-name", "Developers"]));
    expect((group.Users as { UserName: string }[]).map((u) => u.UserName)).toEqual([DEV]);
    const attached = await ok(aws(url, identityAdmin, ["iam", "list-attached-group-policies", "--group-name", "Developers"]));
    expect(attached.AttachedPolicies).toEqual([{ PolicyName: "AssumeDevRole", PolicyArn: POLICY }]);
  } finally {
    // Later journeys expect the seed's Developers group as it was.
    if (joined) await ok(aws(url, identityAdmin, ["iam", "remove-user-from-group", "--group-name", "Developers", "--user-name", DEV]));
    await ok(aws(url, identityAdmin, ["iam", "detach-group-policy", "--group-name", "Developers", "--policy-arn", POLICY]));
    await ok(aws(url, identityAdmin, ["iam", "delete-policy", "--policy-arn", POLICY]));
    await ok(aws(url, identityAdmin, ["iam", "delete-access-key", "--user-name", DEV, "--access-key-id", dev.id]));
    await ok(aws(url, identityAdmin, ["iam", "delete-user", "--user-name", DEV]));
    await ok(aws(url, workloadAdmin, ["iam", "delete-role", "--role-name", "GroupDeveloperRole"]));
  }
});

test("a group lives and dies as in AWS: create, rename, list, DeleteConflict while it has members, delete", async ({ baseURL }) => {
  const url = baseURL as string;
  const created = await ok(aws(url, identityAdmin, ["iam", "create-group", "--group-name", "Reviewers", "--path", "/team/"]));
  expect(created.Group).toMatchObject({ GroupName: "Reviewers", Path: "/team/", Arn: `arn:aws:iam::${IDENTITY}:group/team/Reviewers` });
  await ok(aws(url, identityAdmin, ["iam", "update-group", "--group-name", "Reviewers", "--new-group-name", "CodeReviewers"]));
  const listed = await ok(aws(url, identityAdmin, ["iam", "list-groups", "--path-prefix", "/team/"]));
  expect((listed.Groups as { GroupName: string }[]).map((g) => g.GroupName)).toEqual(["CodeReviewers"]);
  await ok(aws(url, identityAdmin, ["iam", "add-user-to-group", "--group-name", "CodeReviewers", "--user-name", "alice"]));
  const conflict = await aws(url, identityAdmin, ["iam", "delete-group", "--group-name", "CodeReviewers"]);
  expect(conflict.stderr.trim()).toBe(
    "An error occurred (DeleteConflict) when calling the DeleteGroup operation: Cannot delete entity, must remove users from group first.",
  );
  await ok(aws(url, identityAdmin, ["iam", "remove-user-from-group", "--group-name", "CodeReviewers", "--user-name", "alice"]));
  await ok(aws(url, identityAdmin, ["iam", "delete-group", "--group-name", "CodeReviewers"]));
  const gone = await aws(url, identityAdmin, ["iam", "get-group", "--group-name", "CodeReviewers"]);
  expect(gone.stderr.trim()).toBe("An error occurred (NoSuchEntity) when calling the GetGroup operation: The group with name CodeReviewers cannot be found.");
});
