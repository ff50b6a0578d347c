// A console denial's encoded authorization failure message, copied from the "Why?" panel and decoded
// with Debian's AWS CLI (`aws sts decode-authorization-message`) by a user of the same account who
// holds sts:DecodeAuthorizationMessage; a user without it is refused.
// https://docs.aws.amazon.com/STS/latest/APIReference/API_DecodeAuthorizationMessage.html
import { expect, test } from "@playwright/test";
import { awsCli, cliOk, type CliKeys } from "./support/cli";
import { SANDBOX, signInAsIamUser } from "./support/sign-in";

const ACCT = SANDBOX.identity;
const admin: CliKeys = { id: "AKIAIDENTITYADMIN001", secret: "identityAdminSecretKey000000000000000001" };
const aws = awsCli();

async function userWithKey(url: string, name: string, policy?: object): Promise<CliKeys> {
  await cliOk(aws(url, admin, ["iam", "create-user", "--user-name", name]));
  if (policy) {
    await cliOk(aws(url, admin, ["iam", "put-user-policy", "--user-name", name, "--policy-name", "decode", "--policy-document", JSON.stringify(policy)]));
  }
  const key = (await cliOk(aws(url, admin, ["iam", "create-access-key", "--user-name", name]))).AccessKey as { AccessKeyId: string; SecretAccessKey: string };
  return { id: key.AccessKeyId, secret: key.SecretAccessKey };
}

test("alice copies the encoded message of her denial; a decoder reads it with the CLI, a user without the permission cannot", async ({ page, context, baseURL }) => {
  const url = baseURL as string;
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  let encoded = "";

  await test.step("alice is denied iam:GetUser on her own user page", async () => {
    await signInAsIamUser(page, ACCT, "alice", SANDBOX.alicePassword);
    await page.goto("/iam/users/alice");
    await expect(page.getByRole("heading", { name: "Access denied to iam:GetUser" })).toBeVisible();
  });

  await test.step("Why? offers the encoded authorization failure message and the CLI command", async () => {
    await page.getByRole("button", { name: "Why?" }).click();
    const section = page.getByRole("region", { name: "Encoded authorization failure message" });
    await expect(section).toBeVisible();
    await section.getByRole("button", { name: "Copy encoded authorization failure message" }).click();
    await expect(section.getByRole("status")).toHaveText("encoded authorization failure message copied");
    encoded = await page.evaluate(() => navigator.clipboard.readText());
    expect(encoded).toMatch(/^[A-Za-z0-9_-]{40,}$/);
    await expect(section.getByTestId("encoded-authorization-message")).toHaveText(encoded);
    await expect(section.getByTestId("decode-authorization-command")).toHaveText(
      `aws sts decode-authorization-message --encoded-message ${encoded} --endpoint-url ${url}/api/aws`,
    );
  });

  await test.step("a user with sts:DecodeAuthorizationMessage decodes it with the AWS CLI", async () => {
    const decoder = await userWithKey(url, "decoder", {
      Version: "2012-10-17",
      Statement: [{ Effect: "Allow", Action: "sts:DecodeAuthorizationMessage", Resource: "*" }],
    });
    const out = await cliOk(aws(url, decoder, ["sts", "decode-authorization-message", "--encoded-message", encoded]));
    const m = JSON.parse(out.DecodedMessage as string);
    expect(m).toMatchObject({
      allowed: false,
      explicitDeny: false,
      matchedStatements: { items: [] },
      failures: { items: [] },
      context: {
        principal: { name: "alice", arn: `arn:aws:iam::${ACCT}:user/alice` },
        action: "iam:GetUser",
        resource: `arn:aws:iam::${ACCT}:user/alice`,
      },
    });
    expect(m.context.principal.id).toMatch(/^AIDA/);
  });

  await test.step("a user without it is denied", async () => {
    const plain = await userWithKey(url, "nodecoder");
    const denied = await aws(url, plain, ["sts", "decode-authorization-message", "--encoded-message", encoded]);
    expect(denied.code).not.toBe(0);
    expect(denied.stderr.trim()).toBe(
      `An error occurred (AccessDenied) when calling the DecodeAuthorizationMessage operation: User: arn:aws:iam::${ACCT}:user/nodecoder is not authorized to perform: sts:DecodeAuthorizationMessage because no identity-based policy allows the sts:DecodeAuthorizationMessage action`,
    );
  });
});
