// Service-specific credentials through the real @aws-sdk/client-iam against the real endpoint (SigV4,
// Query form, XML) over a seeded sandbox: create for CodeCommit/Keyspaces (user name and password) and
// Bedrock (API key with CredentialAgeDays), list (one user, the caller, AllUsers, by service, paged),
// reset, update, delete, the quota, NotSupportedService, DeleteUser's DeleteConflict, the secret kept
// only as a hash, and authorization before any lookup. Run on PostgreSQL too with TEST_DATABASE_URL set.
// AWS: https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_service-specific-creds.html
import {
  CreateServiceSpecificCredentialCommand,
  CreateUserCommand,
  DeleteServiceSpecificCredentialCommand,
  DeleteUserCommand,
  DeleteUserPolicyCommand,
  IAMClient,
  ListServiceSpecificCredentialsCommand,
  PutUserPolicyCommand,
  ResetServiceSpecificCredentialCommand,
  UpdateServiceSpecificCredentialCommand,
} from "@aws-sdk/client-iam";
import { describe, expect, it } from "vitest";
import { verifyPassword } from "@/lib/auth/password";
import { deniedWithoutPolicy, sdkFailure, type Harness } from "@/lib/wire/testing";
import { iamSdkSuite } from "@/lib/testing/iam-sdk-suite";

const ACCT = "111111111111";
const ALICE = `arn:aws:iam::${ACCT}:user/alice`;
const CODECOMMIT = "codecommit.amazonaws.com";
const KEYSPACES = "cassandra.amazonaws.com";
const BEDROCK = "bedrock.amazonaws.com";
let h: Harness;
let admin: IAMClient;
let alice: IAMClient;
const denied = (action: string, resource: string) => deniedWithoutPolicy(ALICE, action, resource);

iamSdkSuite((suite) => ({ h, admin, alice } = suite));

async function newUser(name: string) {
  await admin.send(new CreateUserCommand({ UserName: name }));
  return name;
}
const create = (UserName: string, ServiceName: string, CredentialAgeDays?: number) =>
  admin.send(new CreateServiceSpecificCredentialCommand({ UserName, ServiceName, CredentialAgeDays }));

// AWS: https://docs.aws.amazon.com/IAM/latest/APIReference/API_CreateServiceSpecificCredential.html
describe("CreateServiceSpecificCredential", () => {
  it("CodeCommit: ServiceUserName user-at-account, a password returned once and stored only hashed", async () => {
    const user = await newUser("git-user");
    const { ServiceSpecificCredential: c } = await create(user, CODECOMMIT);
    expect(c).toMatchObject({ UserName: user, ServiceName: CODECOMMIT, ServiceUserName: `${user}-at-${ACCT}`, Status: "Active" });
    expect(c?.ServiceSpecificCredentialId).toMatch(/^ACCA[A-Z2-7]{17}$/);
    expect(c?.ServicePassword).toMatch(/^[A-Za-z0-9+/]{43}=$/);
    expect(c?.CreateDate).toBeInstanceOf(Date);
    expect(c?.ExpirationDate).toBeUndefined();
    expect(c?.ServiceCredentialSecret).toBeUndefined();
    const row = await h.db.serviceSpecificCredential.findUniqueOrThrow({ where: { id: c?.ServiceSpecificCredentialId } });
    expect(row.secretHash).not.toContain(c?.ServicePassword);
    expect(await verifyPassword(c?.ServicePassword ?? "", row.secretHash)).toBe(true);
  });

  it("Bedrock: an API key (alias and secret) that expires after CredentialAgeDays", async () => {
    const user = await newUser("bedrock-user");
    const { ServiceSpecificCredential: c } = await create(user, BEDROCK, 30);
    expect(c?.ServicePassword).toBeUndefined();
    expect(c?.ServiceUserName).toBeUndefined();
    expect(c?.ServiceCredentialAlias).toContain(`${user}-at-${ACCT}`);
    expect(c?.ServiceCredentialSecret).toMatch(/^ABSK[A-Za-z0-9+/=]+$/);
    const days = ((c?.ExpirationDate?.getTime() ?? 0) - (c?.CreateDate?.getTime() ?? 0)) / 86_400_000;
    expect(days).toBe(30);
    const listed = await admin.send(new ListServiceSpecificCredentialsCommand({ UserName: user }));
    expect(listed.ServiceSpecificCredentials?.[0]).toMatchObject({ ServiceCredentialAlias: c?.ServiceCredentialAlias, ExpirationDate: c?.ExpirationDate, Status: "Active" });
    // CredentialAgeDays is for API keys only, and a positive number of days.
    expect((await sdkFailure(create(user, CODECOMMIT, 30))).name).toBe("ValidationError");
    expect((await sdkFailure(create(user, BEDROCK, 0))).name).toBe("ValidationError");
  });

  it("an expired API key lists as Expired", async () => {
    const user = await newUser("bedrock-expired");
    const id = (await create(user, BEDROCK, 1)).ServiceSpecificCredential?.ServiceSpecificCredentialId;
    await h.db.serviceSpecificCredential.update({ where: { id }, data: { expiresAt: new Date(Date.now() - 1000) } });
    expect((await admin.send(new ListServiceSpecificCredentialsCommand({ UserName: user }))).ServiceSpecificCredentials?.[0].Status).toBe("Expired");
  });

  it("two per service per user, then LimitExceeded; another service still has room", async () => {
    const user = await newUser("quota-user");
    await create(user, CODECOMMIT);
    await create(user, CODECOMMIT);
    expect(await sdkFailure(create(user, CODECOMMIT))).toEqual({
      name: "LimitExceededException",
      status: 409,
      message: "Cannot exceed quota for ServiceSpecificCredentialsPerUserPerService: 2",
    });
    expect((await create(user, KEYSPACES)).ServiceSpecificCredential?.ServiceName).toBe(KEYSPACES);
  });

  it("NotSupportedService (404) for another service; NoSuchEntity for a missing user", async () => {
    const user = await newUser("unsupported-user");
    expect(await sdkFailure(create(user, "s3.amazonaws.com"))).toEqual({
      name: "ServiceNotSupportedException",
      status: 404,
      message: "The specified service s3.amazonaws.com does not support service-specific credentials.",
    });
    expect(await sdkFailure(create("nobody", CODECOMMIT))).toEqual({ name: "NoSuchEntityException", status: 404, message: "The user with name nobody cannot be found." });
  });
});

// AWS: https://docs.aws.amazon.com/IAM/latest/APIReference/API_ListServiceSpecificCredentials.html
describe("ListServiceSpecificCredentials", () => {
  it("one user's, filtered by service, paged; AllUsers lists the account's; the password is never listed", async () => {
    const a = await newUser("list-a");
    const b = await newUser("list-b");
    const ids = [
      (await create(a, CODECOMMIT)).ServiceSpecificCredential?.ServiceSpecificCredentialId,
      (await create(a, KEYSPACES)).ServiceSpecificCredential?.ServiceSpecificCredentialId,
      (await create(a, CODECOMMIT)).ServiceSpecificCredential?.ServiceSpecificCredentialId,
    ];
    const bId = (await create(b, KEYSPACES)).ServiceSpecificCredential?.ServiceSpecificCredentialId;

    const all = await admin.send(new ListServiceSpecificCredentialsCommand({ UserName: a }));
    expect(all.ServiceSpecificCredentials?.map((c) => c.ServiceSpecificCredentialId)).toEqual(ids);
    expect(Object.keys(all.ServiceSpecificCredentials?.[0] ?? {}).sort()).toEqual(
      ["CreateDate", "ServiceName", "ServiceSpecificCredentialId", "ServiceUserName", "Status", "UserName"].sort(),
    );
    const git = await admin.send(new ListServiceSpecificCredentialsCommand({ UserName: a, ServiceName: CODECOMMIT }));
    expect(git.ServiceSpecificCredentials?.map((c) => c.ServiceSpecificCredentialId)).toEqual([ids[0], ids[2]]);

    const page1 = await admin.send(new ListServiceSpecificCredentialsCommand({ UserName: a, MaxItems: 2 }));
    expect(page1.IsTruncated).toBe(true);
    const page2 = await admin.send(new ListServiceSpecificCredentialsCommand({ UserName: a, MaxItems: 2, Marker: page1.Marker }));
    expect([...(page1.ServiceSpecificCredentials ?? []), ...(page2.ServiceSpecificCredentials ?? [])].map((c) => c.ServiceSpecificCredentialId)).toEqual(ids);
    expect(page2.IsTruncated).toBe(false);

    const everyone = await admin.send(new ListServiceSpecificCredentialsCommand({ AllUsers: true, ServiceName: KEYSPACES }));
    const mine = everyone.ServiceSpecificCredentials?.filter((c) => [a, b].includes(c.UserName ?? ""));
    expect(mine?.map((c) => [c.UserName, c.ServiceSpecificCredentialId])).toEqual([
      [a, ids[1]],
      [b, bId],
    ]);
    expect((await sdkFailure(admin.send(new ListServiceSpecificCredentialsCommand({ AllUsers: true, UserName: a })))).name).toBe("ValidationError");
    expect((await sdkFailure(admin.send(new ListServiceSpecificCredentialsCommand({ UserName: a, ServiceName: "nope.amazonaws.com" })))).name).toBe(
      "ServiceNotSupportedException",
    );
  });

  it("without UserName, the calling user's", async () => {
    const policy = { Version: "2012-10-17", Statement: [{ Effect: "Allow", Action: "iam:ListServiceSpecificCredentials", Resource: ALICE }] };
    await admin.send(new PutUserPolicyCommand({ UserName: "alice", PolicyName: "ssc-list", PolicyDocument: JSON.stringify(policy) }));
    try {
      const id = (await create("alice", CODECOMMIT)).ServiceSpecificCredential?.ServiceSpecificCredentialId;
      const own = await alice.send(new ListServiceSpecificCredentialsCommand({}));
      expect(own.ServiceSpecificCredentials?.map((c) => [c.UserName, c.ServiceSpecificCredentialId])).toEqual([["alice", id]]);
      await admin.send(new DeleteServiceSpecificCredentialCommand({ UserName: "alice", ServiceSpecificCredentialId: id }));
    } finally {
      await admin.send(new DeleteUserPolicyCommand({ UserName: "alice", PolicyName: "ssc-list" }));
    }
  });
});

describe("Reset / Update / Delete", () => {
  it("reset returns a new password (the old hash no longer matches); update sets the status; delete removes it", async () => {
    // AWS: https://docs.aws.amazon.com/IAM/latest/APIReference/API_ResetServiceSpecificCredential.html
    const user = await newUser("reset-user");
    const created = (await create(user, CODECOMMIT)).ServiceSpecificCredential;
    const id = created?.ServiceSpecificCredentialId;
    const reset = (await admin.send(new ResetServiceSpecificCredentialCommand({ UserName: user, ServiceSpecificCredentialId: id }))).ServiceSpecificCredential;
    expect(reset).toMatchObject({ ServiceSpecificCredentialId: id, ServiceUserName: created?.ServiceUserName, UserName: user, ServiceName: CODECOMMIT });
    expect(reset?.ServicePassword).not.toBe(created?.ServicePassword);
    const { secretHash } = await h.db.serviceSpecificCredential.findUniqueOrThrow({ where: { id } });
    expect(await verifyPassword(created?.ServicePassword ?? "", secretHash)).toBe(false);
    expect(await verifyPassword(reset?.ServicePassword ?? "", secretHash)).toBe(true);

    await admin.send(new UpdateServiceSpecificCredentialCommand({ UserName: user, ServiceSpecificCredentialId: id, Status: "Inactive" }));
    expect((await admin.send(new ListServiceSpecificCredentialsCommand({ UserName: user }))).ServiceSpecificCredentials?.[0].Status).toBe("Inactive");
    await admin.send(new UpdateServiceSpecificCredentialCommand({ UserName: user, ServiceSpecificCredentialId: id, Status: "Active" }));

    expect(await sdkFailure(admin.send(new DeleteUserCommand({ UserName: user })))).toEqual({
      name: "DeleteConflictException",
      status: 409,
      message: "Cannot delete entity, must delete service specific credentials first.",
    });
    await admin.send(new DeleteServiceSpecificCredentialCommand({ UserName: user, ServiceSpecificCredentialId: id }));
    expect((await admin.send(new ListServiceSpecificCredentialsCommand({ UserName: user }))).ServiceSpecificCredentials ?? []).toEqual([]);
    await admin.send(new DeleteUserCommand({ UserName: user }));
  });

  it("NoSuchEntity for a missing credential or another user's", async () => {
    const owner = await newUser("ssc-owner");
    const id = (await create(owner, KEYSPACES)).ServiceSpecificCredential?.ServiceSpecificCredentialId ?? "";
    const notFound = { name: "NoSuchEntityException", status: 404, message: `The Service Specific Credential with id ${id} cannot be found.` };
    expect(await sdkFailure(admin.send(new ResetServiceSpecificCredentialCommand({ UserName: "alice", ServiceSpecificCredentialId: id })))).toEqual(notFound);
    expect(await sdkFailure(admin.send(new UpdateServiceSpecificCredentialCommand({ UserName: "alice", ServiceSpecificCredentialId: id, Status: "Inactive" })))).toEqual(notFound);
    expect(await sdkFailure(admin.send(new DeleteServiceSpecificCredentialCommand({ UserName: "alice", ServiceSpecificCredentialId: id })))).toEqual(notFound);
  });
});

// AWS authorizes before it looks anything up: https://docs.aws.amazon.com/IAM/latest/UserGuide/troubleshoot_access-denied.html
describe("authorization before lookup", () => {
  it("AccessDenied on the user's ARN whether or not the user and credential exist", async () => {
    const missing = "ACCAAAAAAAAAAAAAAAAAA";
    for (const name of ["admin", "nobody"]) {
      const arn = `arn:aws:iam::${ACCT}:user/${name}`;
      expect(await sdkFailure(alice.send(new CreateServiceSpecificCredentialCommand({ UserName: name, ServiceName: "s3.amazonaws.com" })))).toEqual(
        denied("CreateServiceSpecificCredential", arn),
      );
      expect(await sdkFailure(alice.send(new ListServiceSpecificCredentialsCommand({ UserName: name })))).toEqual(denied("ListServiceSpecificCredentials", arn));
      expect(await sdkFailure(alice.send(new ResetServiceSpecificCredentialCommand({ UserName: name, ServiceSpecificCredentialId: missing })))).toEqual(
        denied("ResetServiceSpecificCredential", arn),
      );
      expect(await sdkFailure(alice.send(new UpdateServiceSpecificCredentialCommand({ UserName: name, ServiceSpecificCredentialId: missing, Status: "Active" })))).toEqual(
        denied("UpdateServiceSpecificCredential", arn),
      );
      expect(await sdkFailure(alice.send(new DeleteServiceSpecificCredentialCommand({ UserName: name, ServiceSpecificCredentialId: missing })))).toEqual(
        denied("DeleteServiceSpecificCredential", arn),
      );
    }
    expect(await sdkFailure(alice.send(new ListServiceSpecificCredentialsCommand({ AllUsers: true })))).toEqual(denied("ListServiceSpecificCredentials", `arn:aws:iam::${ACCT}:user/*`));
  });
});
