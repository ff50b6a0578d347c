// `~/.aws/config` profiles with role_arn + source_profile (+ mfa_serial + external_id): the CLI
// calls AssumeRole itself, then the command with the session. The CLI's credential provider sends
// that AssumeRole to the endpoint configured for STS — Debian's CLI 2.9 has no such setting (it
// ignores AWS_ENDPOINT_URL*) and would call AWS itself, so these journeys need a CLI that honours
// AWS_ENDPOINT_URL (v1 ≥ 1.29 / v2 ≥ 2.13): AWS_CLI_PROFILES=<path>, or the first such `aws` on PATH.
import { execFileSync } from "node:child_process";
import { existsSync, writeFileSync } from "node:fs";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { privateCli, type CliKeys } from "./support/cli";
import { totp } from "../lib/iam/mfa-devices/totp";
import { assignMfaInConsole } from "./support/mfa";
import { SANDBOX, signInAsIamUser } from "./support/sign-in";

const IDENTITY = "111111111111";
const WORKLOAD = "222222222222";

function supportsEndpointEnv(bin: string): boolean {
  try {
    const v = /aws-cli\/(\d+)\.(\d+)/.exec(execFileSync(bin, ["--version"], { encoding: "utf8", timeout: 20_000 }));
    if (!v) return false;
    const [major, minor] = [Number(v[1]), Number(v[2])];
    return major === 1 ? minor >= 29 : major === 2 ? minor >= 13 : major > 2;
  } catch {
    return false;
  }
}

function findCli(): string | undefined {
  if (process.env.AWS_CLI_PROFILES) return process.env.AWS_CLI_PROFILES;
  const candidates = (process.env.PATH ?? "").split(":").map((d) => path.join(d, "aws"));
  return candidates.find((c) => existsSync(c) && supportsEndpointEnv(c));
}

const CLI = findCli();
const cli = privateCli({ bin: CLI, endpoint: "env" });
const { configFile, credentialsFile } = cli;
const aws = cli.run;

type Keys = CliKeys;

async function ok(run: ReturnType<typeof aws>): Promise<Record<string, unknown>> {
  const r = await run;
  expect(r.code, r.stderr).toBe(0);
  return r.stdout.trim() ? JSON.parse(r.stdout) : {};
}

const identityAdmin: Keys = { id: "AKIAIDENTITYADMIN001", secret: "identityAdminSecretKey000000000000000001" };
const workloadAdmin: Keys = { id: "AKIAWORKLOADADMIN001", secret: "workloadAdminSecretKey000000000000000001" };

test.skip(!CLI, "no AWS CLI that honours AWS_ENDPOINT_URL (Debian's 2.9 would send the profile's AssumeRole to AWS)");

test("role_arn + source_profile, then mfa_serial + external_id across accounts, via --profile", async ({ page, baseURL }) => {
  test.setTimeout(120_000);
  const url = baseURL as string;
  await ok(aws(url, identityAdmin, ["iam", "create-user", "--user-name", "carol"]));
  const key = (await ok(aws(url, identityAdmin, ["iam", "create-access-key", "--user-name", "carol"]))).AccessKey as { AccessKeyId: string; SecretAccessKey: string };
  await ok(
    aws(url, identityAdmin, [
      "iam", "put-user-policy", "--user-name", "carol", "--policy-name", "AssumeAnything",
      "--policy-document", JSON.stringify({ Version: "2012-10-17", Statement: [{ Effect: "Allow", Action: "sts:AssumeRole", Resource: "*" }] }),
    ]),
  );
  const trustCarol = { Version: "2012-10-17", Statement: [{ Effect: "Allow", Principal: { AWS: `arn:aws:iam::${IDENTITY}:user/carol` }, Action: "sts:AssumeRole" }] };
  await ok(aws(url, identityAdmin, ["iam", "create-role", "--role-name", "ProfileRDSRole", "--assume-role-policy-document", JSON.stringify(trustCarol)]));
  await ok(aws(url, identityAdmin, ["iam", "attach-role-policy", "--role-name", "ProfileRDSRole", "--policy-arn", "arn:aws:iam::aws:policy/AmazonRDSFullAccess"]));

  writeFileSync(credentialsFile, `[carol]\naws_access_key_id = ${key.AccessKeyId}\naws_secret_access_key = ${key.SecretAccessKey}\n`);
  writeFileSync(configFile, `[profile rds]\nrole_arn = arn:aws:iam::${IDENTITY}:role/ProfileRDSRole\nsource_profile = carol\nregion = us-east-1\n`);
  const viaProfile = await ok(aws(url, null, ["sts", "get-caller-identity", "--profile", "rds"]));
  expect(viaProfile.Arn).toMatch(new RegExp(`^arn:aws:sts::${IDENTITY}:assumed-role/ProfileRDSRole/botocore-session-\\d+$`));

  const role = `arn:aws:iam::${WORKLOAD}:role/ProfileCrossAccountRole`;
  const trust = {
    Version: "2012-10-17",
    Statement: [
      {
        Effect: "Allow",
        Principal: { AWS: IDENTITY },
        Action: "sts:AssumeRole",
        Condition: { Bool: { "aws:MultiFactorAuthPresent": "true" }, StringEquals: { "sts:ExternalId": "Profile-Ext-1" } },
      },
    ],
  };
  await ok(aws(url, workloadAdmin, ["iam", "create-role", "--role-name", "ProfileCrossAccountRole", "--assume-role-policy-document", JSON.stringify(trust)]));
  await signInAsIamUser(page, SANDBOX.identity, "admin", SANDBOX.adminPassword);
  const secret = await assignMfaInConsole(page, IDENTITY, "carol", "carol-cli");
  writeFileSync(
    configFile,
    `[profile workload-dev]\nrole_arn = ${role}\nsource_profile = carol\nmfa_serial = arn:aws:iam::${IDENTITY}:mfa/carol-cli\nexternal_id = Profile-Ext-1\nregion = us-east-1\n`,
  );
  // The console's enrolment used the current step; the next one is still inside the window.
  const cross = await ok(aws(url, null, ["sts", "get-caller-identity", "--profile", "workload-dev"], `${totp(secret, Date.now() + 30_000)}\n`));
  expect(cross.Arn).toMatch(new RegExp(`^arn:aws:sts::${WORKLOAD}:assumed-role/ProfileCrossAccountRole/botocore-session-\\d+$`));
});
