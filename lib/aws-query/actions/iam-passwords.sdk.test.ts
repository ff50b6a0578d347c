// The account password policy and login profiles through the real @aws-sdk/client-iam against the
// real endpoint (SigV4, Query form, XML) over a seeded sandbox.
import {
  ChangePasswordCommand,
  CreateLoginProfileCommand,
  CreateUserCommand,
  DeleteAccountPasswordPolicyCommand,
  DeleteLoginProfileCommand,
  GetAccountPasswordPolicyCommand,
  GetLoginProfileCommand,
  IAMClient,
  PutUserPolicyCommand,
  UpdateAccountPasswordPolicyCommand,
  UpdateLoginProfileCommand,
} from "@aws-sdk/client-iam";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { ADMIN_111, ADMIN_222, createKey, startHarness, type Harness } from "@/lib/wire/testing";

const ACCT = "111111111111";
let h: Harness;
let admin: IAMClient;
const client = (credentials: typeof ADMIN_111) => new IAMClient({ endpoint: h.url, region: "us-east-1", credentials, maxAttempts: 1 });
const failure = (p: Promise<unknown>) => p.then(() => { throw new Error("expected a failure"); }, (e: Error & { $metadata?: { httpStatusCode?: number } }) => ({ name: e.name, message: e.message, status: e.$metadata?.httpStatusCode }));

beforeAll(async () => {
  h = await startHarness();
  admin = client(ADMIN_111);
}, 90_000);
afterAll(async () => h?.close());
afterEach(async () => {
  await h.db.passwordPolicy.deleteMany({});
});

// https://docs.aws.amazon.com/IAM/latest/APIReference/API_GetAccountPasswordPolicy.html
describe("Get/Update/DeleteAccountPasswordPolicy", () => {
  it("answers NoSuchEntity while no custom policy is set, and for Delete too", async () => {
    expect(await failure(admin.send(new GetAccountPasswordPolicyCommand({})))).toEqual({
      name: "NoSuchEntityException",
      message: `The Password Policy with domain name ${ACCT} cannot be found.`,
      status: 404,
    });
    expect(await failure(admin.send(new DeleteAccountPasswordPolicyCommand({})))).toEqual({
      name: "NoSuchEntityException",
      message: "The account policy with name PasswordPolicy cannot be found.",
      status: 404,
    });
  });

  it("stores every parameter, and an update without parameters resets them to the defaults", async () => {
    await admin.send(
      new UpdateAccountPasswordPolicyCommand({
        MinimumPasswordLength: 14,
        RequireSymbols: true,
        RequireNumbers: true,
        RequireUppercaseCharacters: true,
        RequireLowercaseCharacters: true,
        AllowUsersToChangePassword: true,
        MaxPasswordAge: 90,
        PasswordReusePrevention: 5,
        HardExpiry: true,
      }),
    );
    const { PasswordPolicy } = await admin.send(new GetAccountPasswordPolicyCommand({}));
    expect(PasswordPolicy).toEqual({
      MinimumPasswordLength: 14,
      RequireSymbols: true,
      RequireNumbers: true,
      RequireUppercaseCharacters: true,
      RequireLowercaseCharacters: true,
      AllowUsersToChangePassword: true,
      ExpirePasswords: true,
      MaxPasswordAge: 90,
      PasswordReusePrevention: 5,
      HardExpiry: true,
    });
    // "This operation does not support partial updates": omitted parameters revert to their defaults.
    await admin.send(new UpdateAccountPasswordPolicyCommand({ RequireNumbers: true }));
    expect((await admin.send(new GetAccountPasswordPolicyCommand({}))).PasswordPolicy).toEqual({
      MinimumPasswordLength: 6,
      RequireSymbols: false,
      RequireNumbers: true,
      RequireUppercaseCharacters: false,
      RequireLowercaseCharacters: false,
      AllowUsersToChangePassword: false,
      ExpirePasswords: false,
      HardExpiry: false,
    });
    await admin.send(new DeleteAccountPasswordPolicyCommand({}));
    expect((await failure(admin.send(new GetAccountPasswordPolicyCommand({})))).name).toBe("NoSuchEntityException");
    const events = await h.db.activityEvent.findMany({ where: { accountId: ACCT, action: { in: ["iam:UpdateAccountPasswordPolicy", "iam:DeleteAccountPasswordPolicy"] } } });
    expect(events.filter((e) => e.result === "Success").map((e) => e.action)).toEqual([
      "iam:UpdateAccountPasswordPolicy",
      "iam:UpdateAccountPasswordPolicy",
      "iam:DeleteAccountPasswordPolicy",
    ]);
  });

  it("reports every out-of-range member at once, in AWS's order", async () => {
    const err = await failure(admin.send(new UpdateAccountPasswordPolicyCommand({ MaxPasswordAge: 1096, MinimumPasswordLength: 129, PasswordReusePrevention: 25 })));
    expect(err).toEqual({
      name: "ValidationError",
      status: 400,
      message:
        "3 validation errors detected: " +
        "Value '129' at 'minimumPasswordLength' failed to satisfy constraint: Member must have value less than or equal to 128; " +
        "Value '25' at 'passwordReusePrevention' failed to satisfy constraint: Member must have value less than or equal to 24; " +
        "Value '1096' at 'maxPasswordAge' failed to satisfy constraint: Member must have value less than or equal to 1095",
    });
    expect((await failure(admin.send(new UpdateAccountPasswordPolicyCommand({ MinimumPasswordLength: 5 })))).message).toBe(
      "1 validation error detected: Value '5' at 'minimumPasswordLength' failed to satisfy constraint: Member must have value greater than or equal to 6",
    );
    expect(await h.db.passwordPolicy.count()).toBe(0);
  });

  it("authorizes first: a user without permissions gets AccessDenied, and one account's policy is not the other's", async () => {
    const alice = client(await createKey(h.db, ACCT, "alice"));
    const denied = await failure(alice.send(new UpdateAccountPasswordPolicyCommand({ MinimumPasswordLength: 20 })));
    expect(denied).toMatchObject({ name: "AccessDenied", status: 403 });
    expect(denied.message).toContain("iam:UpdateAccountPasswordPolicy");
    expect((await failure(alice.send(new GetAccountPasswordPolicyCommand({})))).name).toBe("AccessDenied");
    await admin.send(new UpdateAccountPasswordPolicyCommand({ MinimumPasswordLength: 20 }));
    expect((await failure(client(ADMIN_222).send(new GetAccountPasswordPolicyCommand({})))).message).toBe(
      "The Password Policy with domain name 222222222222 cannot be found.",
    );
  });
});

// https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_passwords_account-policy.html
describe("login profiles under the password policy", () => {
  it("refuses a weak password under AWS's default policy and accepts a strong one", async () => {
    await admin.send(new CreateUserCommand({ UserName: "pw-default" }));
    expect(await failure(admin.send(new CreateLoginProfileCommand({ UserName: "pw-default", Password: "x" })))).toEqual({
      name: "PasswordPolicyViolationException",
      message: "Password should have a minimum length of 8",
      status: 400,
    });
    expect((await failure(admin.send(new CreateLoginProfileCommand({ UserName: "pw-default", Password: "abcdefgh" })))).message).toBe(
      "Password should have at least three of the following: uppercase letters, lowercase letters, numbers, and symbols",
    );
    const { LoginProfile } = await admin.send(new CreateLoginProfileCommand({ UserName: "pw-default", Password: "Strong-Pass-1", PasswordResetRequired: true }));
    expect(LoginProfile).toMatchObject({ UserName: "pw-default", PasswordResetRequired: true });
    expect((await admin.send(new GetLoginProfileCommand({ UserName: "pw-default" }))).LoginProfile?.PasswordResetRequired).toBe(true);
    expect((await failure(admin.send(new CreateLoginProfileCommand({ UserName: "pw-default", Password: "Strong-Pass-2" })))).message).toBe(
      "Login Profile for user pw-default already exists.",
    );
  });

  it("applies the custom policy's requirements and PasswordReusePrevention to UpdateLoginProfile", async () => {
    await admin.send(new CreateUserCommand({ UserName: "pw-custom" }));
    await admin.send(new CreateLoginProfileCommand({ UserName: "pw-custom", Password: "First-Pass-1" }));
    await admin.send(new UpdateAccountPasswordPolicyCommand({ MinimumPasswordLength: 10, RequireUppercaseCharacters: true, RequireSymbols: true, PasswordReusePrevention: 2 }));
    expect((await failure(admin.send(new UpdateLoginProfileCommand({ UserName: "pw-custom", Password: "lowercase-only" })))).message).toBe(
      "Password should have at least one uppercase letter",
    );
    expect((await failure(admin.send(new UpdateLoginProfileCommand({ UserName: "pw-custom", Password: "Short-1" })))).message).toBe(
      "Password should have a minimum length of 10",
    );
    expect((await failure(admin.send(new UpdateLoginProfileCommand({ UserName: "pw-custom", Password: "First-Pass-1" })))).message).toBe(
      "Password should not be one of the last 2 passwords used",
    );
    await admin.send(new UpdateLoginProfileCommand({ UserName: "pw-custom", Password: "Second-Pass-2" }));
    await admin.send(new UpdateLoginProfileCommand({ UserName: "pw-custom", Password: "Third-Pass-3" }));
    // Two passwords later, the first one may come back.
    await admin.send(new UpdateLoginProfileCommand({ UserName: "pw-custom", Password: "First-Pass-1" }));
    await admin.send(new DeleteLoginProfileCommand({ UserName: "pw-custom" }));
    expect((await failure(admin.send(new GetLoginProfileCommand({ UserName: "pw-custom" })))).message).toBe("Login Profile for User pw-custom cannot be found.");
  });

  it("never echoes a refused password in a validation error", async () => {
    const err = await failure(admin.send(new CreateLoginProfileCommand({ UserName: "alice", Password: "bad\u0001secret" })));
    expect(err.message).toBe(
      "1 validation error detected: Value at 'password' failed to satisfy constraint: Member must satisfy regular expression pattern: [\\u0009\\u000A\\u000D\\u0020-\\u00FF]+",
    );
  });

  it("ChangePassword: needs AllowUsersToChangePassword or iam:ChangePassword, the old password, and a compliant new one", async () => {
    await admin.send(new CreateUserCommand({ UserName: "pw-self" }));
    await admin.send(new CreateLoginProfileCommand({ UserName: "pw-self", Password: "Self-Pass-1" }));
    const self = client(await createKey(h.db, ACCT, "pw-self"));
    const change = (OldPassword: string, NewPassword: string) => self.send(new ChangePasswordCommand({ OldPassword, NewPassword }));
    expect((await failure(change("Self-Pass-1", "Self-Pass-2"))).name).toBe("AccessDenied");
    await admin.send(new UpdateAccountPasswordPolicyCommand({ AllowUsersToChangePassword: true, MinimumPasswordLength: 12 }));
    expect((await failure(change("Self-Pass-1", "Self-Pass-2"))).message).toBe("Password should have a minimum length of 12");
    expect((await failure(change("wrong-old-password", "Self-Pass-22"))).name).toBe("AccessDenied");
    await change("Self-Pass-1", "Self-Pass-22");
    const row = await h.db.user.findFirstOrThrow({ where: { accountId: ACCT, name: "pw-self" } });
    const { verifyPassword } = await import("@/lib/auth/password");
    expect(await verifyPassword("Self-Pass-22", row.passwordHash)).toBe(true);
    // The account-level grant covers GetAccountPasswordPolicy too, but an explicit Deny still wins.
    expect((await self.send(new GetAccountPasswordPolicyCommand({}))).PasswordPolicy?.MinimumPasswordLength).toBe(12);
    const deny = { Version: "2012-10-17", Statement: [{ Effect: "Deny", Action: "iam:ChangePassword", Resource: "*" }] };
    await admin.send(new PutUserPolicyCommand({ UserName: "pw-self", PolicyName: "NoChange", PolicyDocument: JSON.stringify(deny) }));
    expect((await failure(change("Self-Pass-22", "Self-Pass-333"))).name).toBe("AccessDenied");
  });
});
