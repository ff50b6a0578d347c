// SAML federation with the AWS CLI (Debian's /usr/bin/aws) and the sandbox's own IdP: its metadata
// from `npm run sandbox:saml -- --metadata` registered with `aws iam create-saml-provider`, a role
// trusting that provider for the AWS sign-in audience, a signed assertion from
// `npm run sandbox:saml -- --role … --provider … --session-name alice`, `sts assume-role-with-saml`
// without any AWS credentials, and the session's identity; an assertion that does not list the role
// is refused as AWS refuses it (https://docs.aws.amazon.com/IAM/latest/UserGuide/troubleshoot_saml.html).
import { execFile } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { awsCli, cliOk } from "./support/cli";

const ACCT = "111111111111";
const admin = { id: "AKIAIDENTITYADMIN001", secret: "identityAdminSecretKey000000000000000001" };
// The IdP key lives in the server's data directory (playwright.config.ts's), as the README's steps use it.
const DATA_DIR = process.env.E2E_DATA_DIR ?? path.join(process.cwd(), ".e2e-data");
const aws = awsCli();

function sandboxSaml(args: string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile("npm", ["run", "--silent", "sandbox:saml", "--", ...args], { env: { ...process.env, SANDBOX_DATA_DIR: DATA_DIR }, timeout: 60_000 }, (error, stdout, stderr) =>
      error ? reject(new Error(`sandbox:saml failed: ${stderr}`)) : resolve(stdout),
    );
  });
}

test("a SAML assertion from the sandbox IdP assumes a role with the CLI; one for another role is refused", async ({ baseURL }) => {
  test.setTimeout(120_000);
  const url = baseURL as string;
  const stamp = Date.now();
  const providerName = `SandboxIdP-${stamp}`;
  const roleName = `SamlAdmin-${stamp}`;
  const providerArn = `arn:aws:iam::${ACCT}:saml-provider/${providerName}`;
  const roleArn = `arn:aws:iam::${ACCT}:role/${roleName}`;
  const metadataFile = path.join(mkdtempSync(path.join(tmpdir(), "saml-e2e-")), "idp.xml");
  writeFileSync(metadataFile, await sandboxSaml(["--metadata"]));
  const created = await cliOk(aws(url, admin, ["iam", "create-saml-provider", "--name", providerName, "--saml-metadata-document", `file://${metadataFile}`]));
  expect(created.SAMLProviderArn).toBe(providerArn);
  try {
    const trust = {
      Version: "2012-10-17",
      Statement: [
        {
          Effect: "Allow",
          Principal: { Federated: providerArn },
          Action: "sts:AssumeRoleWithSAML",
          Condition: { StringEquals: { "SAML:aud": "https://signin.aws.amazon.com/saml" } },
        },
      ],
    };
    await cliOk(aws(url, admin, ["iam", "create-role", "--role-name", roleName, "--assume-role-policy-document", JSON.stringify(trust)]));

    const assertion = (await sandboxSaml(["--role", roleArn, "--provider", providerArn, "--session-name", "alice"])).trim();
    const out = await cliOk(
      aws(url, null, ["sts", "assume-role-with-saml", "--role-arn", roleArn, "--principal-arn", providerArn, "--saml-assertion", assertion]),
    );
    expect(out).toMatchObject({
      AssumedRoleUser: { Arn: `arn:aws:sts::${ACCT}:assumed-role/${roleName}/alice` },
      Subject: "alice",
      SubjectType: "persistent",
      Issuer: "https://idp.sandbox.invalid/saml",
      Audience: "https://signin.aws.amazon.com/saml",
    });
    expect(typeof out.NameQualifier).toBe("string");
    const creds = out.Credentials as { AccessKeyId: string; SecretAccessKey: string; SessionToken: string };
    const me = await cliOk(aws(url, { id: creds.AccessKeyId, secret: creds.SecretAccessKey, token: creds.SessionToken }, ["sts", "get-caller-identity"]));
    expect(me).toMatchObject({ Account: ACCT, Arn: `arn:aws:sts::${ACCT}:assumed-role/${roleName}/alice` });

    const forAnother = (await sandboxSaml(["--role", `arn:aws:iam::${ACCT}:role/SomeoneElsesRole`, "--provider", providerArn, "--session-name", "alice"])).trim();
    const denied = await aws(url, null, ["sts", "assume-role-with-saml", "--role-arn", roleArn, "--principal-arn", providerArn, "--saml-assertion", forAnother]);
    expect(denied.code).not.toBe(0);
    expect(denied.stderr).toContain("An error occurred (AccessDenied) when calling the AssumeRoleWithSAML operation: Not authorized to perform sts:AssumeRoleWithSAML");
  } finally {
    await aws(url, admin, ["iam", "delete-role", "--role-name", roleName]);
    await aws(url, admin, ["iam", "delete-saml-provider", "--saml-provider-arn", providerArn]);
  }
});
