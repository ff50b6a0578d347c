// A GitHub Actions style deployment with the AWS CLI (Debian's /usr/bin/aws): the GitHub OIDC provider
// (registered over the wire unless the sandbox already has it), a role trusting it for one repository,
// a token minted with the sandbox signing key, `sts assume-role-with-web-identity` without any AWS
// credentials, and the session's identity; a token for another repository is denied.
import path from "node:path";
import { expect, test } from "@playwright/test";
import { mintSandboxToken } from "../lib/sts/web-identity-token";
import { awsCli, cliOk } from "./support/cli";

const ACCT = "111111111111";
const ISSUER = "https://token.actions.githubusercontent.com";
const PROVIDER_ARN = `arn:aws:iam::${ACCT}:oidc-provider/token.actions.githubusercontent.com`;
const admin = { id: "AKIAIDENTITYADMIN001", secret: "identityAdminSecretKey000000000000000001" };
// The server signs and verifies with the key in its data directory (playwright.config.ts's).
const DATA_DIR = process.env.E2E_DATA_DIR ?? path.join(process.cwd(), ".e2e-data");
const aws = awsCli();

test("a GitHub Actions token assumes a role with the CLI; another repository's token is denied", async ({ baseURL }) => {
  const url = baseURL as string;
  const roleName = `GitHubDeploy-${Date.now()}`;
  const listed = (await cliOk(aws(url, admin, ["iam", "list-open-id-connect-providers"]))).OpenIDConnectProviderList as { Arn: string }[];
  const added = !listed.some((p) => p.Arn === PROVIDER_ARN);
  if (added) {
    await cliOk(aws(url, admin, ["iam", "create-open-id-connect-provider", "--url", ISSUER, "--client-id-list", "sts.amazonaws.com", "--thumbprint-list", "6938fd4d98bab03faadb97b34396831e3780aea1"]));
  } else {
    const existing = (await cliOk(aws(url, admin, ["iam", "get-open-id-connect-provider", "--open-id-connect-provider-arn", PROVIDER_ARN]))).ClientIDList as string[];
    expect(existing).toContain("sts.amazonaws.com");
  }
  try {
    const trust = {
      Version: "2012-10-17",
      Statement: [
        {
          Effect: "Allow",
          Principal: { Federated: PROVIDER_ARN },
          Action: "sts:AssumeRoleWithWebIdentity",
          Condition: {
            StringEquals: { "token.actions.githubusercontent.com:aud": "sts.amazonaws.com" },
            StringLike: { "token.actions.githubusercontent.com:sub": "repo:my-org/my-repo:*" },
          },
        },
      ],
    };
    await cliOk(aws(url, admin, ["iam", "create-role", "--role-name", roleName, "--assume-role-policy-document", JSON.stringify(trust)]));
    const roleArn = `arn:aws:iam::${ACCT}:role/${roleName}`;
    const token = (sub: string) => mintSandboxToken({ issuer: ISSUER, subject: sub, audience: "sts.amazonaws.com", dataDir: DATA_DIR });

    const out = await cliOk(
      aws(url, null, [
        "sts", "assume-role-with-web-identity", "--role-arn", roleArn, "--role-session-name", "gha-deploy",
        "--web-identity-token", await token("repo:my-org/my-repo:ref:refs/heads/main"),
      ]),
    );
    expect(out).toMatchObject({
      AssumedRoleUser: { Arn: `arn:aws:sts::${ACCT}:assumed-role/${roleName}/gha-deploy` },
      SubjectFromWebIdentityToken: "repo:my-org/my-repo:ref:refs/heads/main",
      Provider: ISSUER,
      Audience: "sts.amazonaws.com",
    });
    const creds = out.Credentials as { AccessKeyId: string; SecretAccessKey: string; SessionToken: string };
    const me = await cliOk(aws(url, { id: creds.AccessKeyId, secret: creds.SecretAccessKey, token: creds.SessionToken }, ["sts", "get-caller-identity"]));
    expect(me).toMatchObject({ Account: ACCT, Arn: `arn:aws:sts::${ACCT}:assumed-role/${roleName}/gha-deploy` });

    const denied = await aws(url, null, [
      "sts", "assume-role-with-web-identity", "--role-arn", roleArn, "--role-session-name", "gha-deploy",
      "--web-identity-token", await token("repo:other-org/other-repo:ref:refs/heads/main"),
    ]);
    expect(denied.code).not.toBe(0);
    expect(denied.stderr).toContain(
      "An error occurred (AccessDenied) when calling the AssumeRoleWithWebIdentity operation: Not authorized to perform sts:AssumeRoleWithWebIdentity",
    );
  } finally {
    await aws(url, admin, ["iam", "delete-role", "--role-name", roleName]);
    if (added) await aws(url, admin, ["iam", "delete-open-id-connect-provider", "--open-id-connect-provider-arn", PROVIDER_ARN]);
  }
});
