// The AWS CLI, cross-account: CrossAccountDeveloperRole in workload-dev (222222222222) trusts the
// identity account (111111111111) on condition of MFA and an ExternalId; alice gets there with
// `sts assume-role --serial-number --token-code --external-id`.
import { expect, test } from "@playwright/test";
import { awsCli, cliOk, type CliKeys as Keys } from "./support/cli";
import { totp } from "../lib/iam/mfa-devices/totp";
import { assignMfaInConsole, removeMfaInConsole } from "./support/mfa";
import { SANDBOX, signInAsIamUser } from "./support/sign-in";

const IDENTITY = "111111111111";
const WORKLOAD = "222222222222";
const ROLE = `arn:aws:iam::${WORKLOAD}:role/CrossAccountDeveloperRole`;

const aws = awsCli();
const ok = cliOk;

const identityAdmin: Keys = { id: "AKIAIDENTITYADMIN001", secret: "identityAdminSecretKey000000000000000001" };
const workloadAdmin: Keys = { id: "AKIAWORKLOADADMIN001", secret: "workloadAdminSecretKey000000000000000001" };

test("alice assumes CrossAccountDeveloperRole only with MFA and the ExternalId", async ({ page, baseURL }) => {
  const url = baseURL as string;
  const trust = {
    Version: "2012-10-17",
    Statement: [
      {
        Effect: "Allow",
        Principal: { AWS: `arn:aws:iam::${IDENTITY}:root` },
        Action: "sts:AssumeRole",
        Condition: { Bool: { "aws:MultiFactorAuthPresent": "true" }, StringEquals: { "sts:ExternalId": "Dev-Ext-2026" } },
      },
    ],
  };
  await ok(aws(url, workloadAdmin, ["iam", "create-role", "--role-name", "CrossAccountDeveloperRole", "--assume-role-policy-document", JSON.stringify(trust)]));
  await ok(
    aws(url, identityAdmin, [
      "iam", "put-user-policy", "--user-name", "alice", "--policy-name", "AssumeWorkloadDeveloper",
      "--policy-document", JSON.stringify({ Version: "2012-10-17", Statement: [{ Effect: "Allow", Action: "sts:AssumeRole", Resource: ROLE }] }),
    ]),
  );
  const key = (await ok(aws(url, identityAdmin, ["iam", "create-access-key", "--user-name", "alice"]))).AccessKey as { AccessKeyId: string; SecretAccessKey: string };
  const alice: Keys = { id: key.AccessKeyId, secret: key.SecretAccessKey };

  await signInAsIamUser(page, SANDBOX.identity, "admin", SANDBOX.adminPassword);
  const secret = await assignMfaInConsole(page, IDENTITY, "alice", "alice-cli");
  try {
    const serial = `arn:aws:iam::${IDENTITY}:mfa/alice-cli`;

    const denied = `An error occurred (AccessDenied) when calling the AssumeRole operation: User: arn:aws:iam::${IDENTITY}:user/alice is not authorized to perform: sts:AssumeRole on resource: ${ROLE}`;
    const noMfa = await aws(url, alice, ["sts", "assume-role", "--role-arn", ROLE, "--role-session-name", "dev", "--external-id", "Dev-Ext-2026"]);
    expect(noMfa.stderr.trim()).toBe(denied);

    // The console's enrolment accepted the current step; the next one is still within the window.
    const assumed = await ok(
      aws(url, alice, [
        "sts", "assume-role", "--role-arn", ROLE, "--role-session-name", "dev", "--external-id", "Dev-Ext-2026",
        "--serial-number", serial, "--token-code", totp(secret, Date.now() + 30_000),
      ]),
    );
    const c = assumed.Credentials as { AccessKeyId: string; SecretAccessKey: string; SessionToken: string };
    const me = await ok(aws(url, { id: c.AccessKeyId, secret: c.SecretAccessKey, token: c.SessionToken }, ["sts", "get-caller-identity"]));
    expect(me).toMatchObject({ Account: WORKLOAD, Arn: `arn:aws:sts::${WORKLOAD}:assumed-role/CrossAccountDeveloperRole/dev` });
  } finally {
    // Later journeys sign alice in with a password alone; leave her as the seed has her.
    await removeMfaInConsole(page, "alice", "alice-cli");
    await ok(aws(url, identityAdmin, ["iam", "delete-access-key", "--user-name", "alice", "--access-key-id", alice.id]));
  }
});
