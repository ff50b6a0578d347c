// SSH public keys through the real @aws-sdk/client-iam against the real endpoint (SigV4, Query form,
// XML) over a seeded sandbox: upload (ssh-rsa and PEM), get in both encodings, list with paging,
// update, delete, AWS's errors, the quota, DeleteUser's DeleteConflict, and authorization before any
// lookup. Run on PostgreSQL too with TEST_DATABASE_URL set.
// AWS: https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_ssh-keys.html
import { generateKeyPairSync } from "node:crypto";
import {
  CreateUserCommand,
  DeleteSSHPublicKeyCommand,
  DeleteUserPolicyCommand,
  DeleteUserCommand,
  GetSSHPublicKeyCommand,
  IAMClient,
  ListSSHPublicKeysCommand,
  PutUserPolicyCommand,
  UpdateSSHPublicKeyCommand,
  UploadSSHPublicKeyCommand,
} from "@aws-sdk/client-iam";
import { describe, expect, it } from "vitest";
import { RSA_1024, RSA_2048, RSA_2048_MD5, RSA_2048_PEM, RSA_3072, RSA_3072_MD5, RSA_3072_PKCS1_PEM, ED25519 } from "@/lib/iam/ssh-public-keys/test-keys";
import { deniedWithoutPolicy, sdkFailure } from "@/lib/wire/testing";
import { iamSdkSuite } from "@/lib/testing/iam-sdk-suite";

const ACCT = "111111111111";
const ALICE = `arn:aws:iam::${ACCT}:user/alice`;
let admin: IAMClient;
let alice: IAMClient;
const denied = (action: string, resource: string) => deniedWithoutPolicy(ALICE, action, resource);

iamSdkSuite((suite) => ({ admin, alice } = suite));

async function newUser(name: string) {
  await admin.send(new CreateUserCommand({ UserName: name }));
  return name;
}

/** A fresh 2048-bit key in OpenSSH form, made through the PEM path's own reader (SPKI). */
function freshPem(): string {
  return generateKeyPairSync("rsa", { modulusLength: 2048 }).publicKey.export({ type: "spki", format: "pem" }).toString();
}

// AWS: https://docs.aws.amazon.com/IAM/latest/APIReference/API_UploadSSHPublicKey.html
describe("UploadSSHPublicKey / GetSSHPublicKey", () => {
  it("uploads an ssh-rsa key: APKA id, ssh-keygen's MD5 fingerprint, Active, the upload date", async () => {
    const user = await newUser("ssh-upload");
    const before = Date.now();
    const { SSHPublicKey: k } = await admin.send(new UploadSSHPublicKeyCommand({ UserName: user, SSHPublicKeyBody: RSA_2048 }));
    expect(k).toMatchObject({ UserName: user, Fingerprint: RSA_2048_MD5, Status: "Active", SSHPublicKeyBody: RSA_2048.split(" ").slice(0, 2).join(" ") });
    expect(k?.SSHPublicKeyId).toMatch(/^APKA[A-Z2-7]{16}$/);
    expect(k?.UploadDate?.getTime()).toBeGreaterThanOrEqual(before - 1000);

    const id = k?.SSHPublicKeyId;
    const ssh = await admin.send(new GetSSHPublicKeyCommand({ UserName: user, SSHPublicKeyId: id, Encoding: "SSH" }));
    expect(ssh.SSHPublicKey).toEqual(k);
    const pem = await admin.send(new GetSSHPublicKeyCommand({ UserName: user, SSHPublicKeyId: id, Encoding: "PEM" }));
    expect(pem.SSHPublicKey).toEqual({ ...k, SSHPublicKeyBody: RSA_2048_PEM });
  });

  it("uploads PEM keys (SPKI and PKCS#1) and answers them in the SSH encoding", async () => {
    const user = await newUser("ssh-pem");
    const { SSHPublicKey: k } = await admin.send(new UploadSSHPublicKeyCommand({ UserName: user, SSHPublicKeyBody: RSA_3072_PKCS1_PEM }));
    expect(k?.Fingerprint).toBe(RSA_3072_MD5);
    expect(k?.SSHPublicKeyBody).toBe(RSA_3072.split(" ").slice(0, 2).join(" "));
  });

  it("refuses bad keys with AWS's codes, and the same key twice for one user (another user may hold it)", async () => {
    const user = await newUser("ssh-bad");
    const upload = (body: string, u = user) => sdkFailure(admin.send(new UploadSSHPublicKeyCommand({ UserName: u, SSHPublicKeyBody: body })));
    expect(await upload(RSA_1024)).toMatchObject({ name: "InvalidPublicKeyException", status: 400 });
    expect(await upload("ssh-rsa AAAA!!")).toMatchObject({ name: "InvalidPublicKeyException", status: 400 });
    expect(await upload(ED25519)).toMatchObject({ name: "UnrecognizedPublicKeyEncodingException", status: 400 });
    expect(await upload("not a key")).toMatchObject({ name: "UnrecognizedPublicKeyEncodingException", status: 400 });
    // The model's pattern: tab, LF, CR and \u0020–\u00FF only.
    expect(await upload("ssh-rsa \u0001")).toMatchObject({ name: "ValidationError", status: 400 });

    await admin.send(new UploadSSHPublicKeyCommand({ UserName: user, SSHPublicKeyBody: RSA_2048 }));
    expect(await upload(RSA_2048_PEM)).toEqual({
      name: "DuplicateSSHPublicKeyException",
      status: 400,
      message: "The SSH public key is already associated with the specified IAM user.",
    });
    expect((await admin.send(new UploadSSHPublicKeyCommand({ UserName: "alice", SSHPublicKeyBody: RSA_2048 }))).SSHPublicKey?.UserName).toBe("alice");
  });

  it("five keys per user, then LimitExceeded", async () => {
    // AWS: https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_iam-quotas.html ("SSH public keys per IAM user: 5")
    const user = await newUser("ssh-quota");
    for (let i = 0; i < 5; i++) await admin.send(new UploadSSHPublicKeyCommand({ UserName: user, SSHPublicKeyBody: freshPem() }));
    expect(await sdkFailure(admin.send(new UploadSSHPublicKeyCommand({ UserName: user, SSHPublicKeyBody: freshPem() })))).toEqual({
      name: "LimitExceededException",
      status: 409,
      message: "Cannot exceed quota for SSHPublicKeysPerUser: 5",
    });
  });

  it("NoSuchEntity for a missing user or key, and for another user's key", async () => {
    const user = await newUser("ssh-missing");
    expect(await sdkFailure(admin.send(new UploadSSHPublicKeyCommand({ UserName: "nobody", SSHPublicKeyBody: RSA_2048 })))).toEqual({
      name: "NoSuchEntityException",
      status: 404,
      message: "The user with name nobody cannot be found.",
    });
    const theirs = (await admin.send(new UploadSSHPublicKeyCommand({ UserName: user, SSHPublicKeyBody: RSA_3072 }))).SSHPublicKey?.SSHPublicKeyId ?? "";
    expect(await sdkFailure(admin.send(new GetSSHPublicKeyCommand({ UserName: "alice", SSHPublicKeyId: theirs, Encoding: "SSH" })))).toEqual({
      name: "NoSuchEntityException",
      status: 404,
      message: `The Public Key with id ${theirs} cannot be found.`,
    });
    expect((await sdkFailure(admin.send(new GetSSHPublicKeyCommand({ UserName: user, SSHPublicKeyId: "APKAAAAAAAAAAAAAAAAA", Encoding: "PEM" })))).name).toBe("NoSuchEntityException");
  });

  it("Encoding must be SSH or PEM", async () => {
    const failure = await sdkFailure(admin.send(new GetSSHPublicKeyCommand({ UserName: "alice", SSHPublicKeyId: "APKAAAAAAAAAAAAAAAAA", Encoding: "DER" as "PEM" })));
    expect(failure).toMatchObject({ name: "ValidationError", status: 400 });
    expect(failure.message).toContain("Member must satisfy enum value set: [SSH, PEM]");
  });
});

// AWS: https://docs.aws.amazon.com/IAM/latest/APIReference/API_ListSSHPublicKeys.html
describe("ListSSHPublicKeys / UpdateSSHPublicKey / DeleteSSHPublicKey", () => {
  it("lists oldest first with Marker/MaxItems, updates the status, deletes", async () => {
    const user = await newUser("ssh-list");
    const ids: string[] = [];
    for (let i = 0; i < 3; i++) ids.push((await admin.send(new UploadSSHPublicKeyCommand({ UserName: user, SSHPublicKeyBody: freshPem() }))).SSHPublicKey?.SSHPublicKeyId ?? "");
    const first = await admin.send(new ListSSHPublicKeysCommand({ UserName: user, MaxItems: 2 }));
    expect(first.IsTruncated).toBe(true);
    expect(first.SSHPublicKeys?.map((k) => k.SSHPublicKeyId)).toEqual(ids.slice(0, 2));
    expect(Object.keys(first.SSHPublicKeys?.[0] ?? {}).sort()).toEqual(["SSHPublicKeyId", "Status", "UploadDate", "UserName"]);
    const rest = await admin.send(new ListSSHPublicKeysCommand({ UserName: user, Marker: first.Marker }));
    expect(rest.IsTruncated).toBe(false);
    expect(rest.SSHPublicKeys?.map((k) => k.SSHPublicKeyId)).toEqual(ids.slice(2));

    await admin.send(new UpdateSSHPublicKeyCommand({ UserName: user, SSHPublicKeyId: ids[1], Status: "Inactive" }));
    const after = await admin.send(new ListSSHPublicKeysCommand({ UserName: user }));
    expect(after.SSHPublicKeys?.map((k) => k.Status)).toEqual(["Active", "Inactive", "Active"]);
    expect((await sdkFailure(admin.send(new UpdateSSHPublicKeyCommand({ UserName: user, SSHPublicKeyId: ids[1], Status: "Off" as "Active" })))).name).toBe("ValidationError");

    await admin.send(new DeleteSSHPublicKeyCommand({ UserName: user, SSHPublicKeyId: ids[0] }));
    expect((await admin.send(new ListSSHPublicKeysCommand({ UserName: user }))).SSHPublicKeys?.map((k) => k.SSHPublicKeyId)).toEqual(ids.slice(1));
    expect((await sdkFailure(admin.send(new DeleteSSHPublicKeyCommand({ UserName: user, SSHPublicKeyId: ids[0] })))).name).toBe("NoSuchEntityException");
  });

  it("without UserName, lists the calling user's keys", async () => {
    const own = await admin.send(new ListSSHPublicKeysCommand({ UserName: "alice" }));
    const policy = { Version: "2012-10-17", Statement: [{ Effect: "Allow", Action: "iam:ListSSHPublicKeys", Resource: ALICE }] };
    await admin.send(new PutUserPolicyCommand({ UserName: "alice", PolicyName: "ssh-list", PolicyDocument: JSON.stringify(policy) }));
    try {
      expect((await alice.send(new ListSSHPublicKeysCommand({}))).SSHPublicKeys ?? []).toEqual(own.SSHPublicKeys ?? []);
    } finally {
      await admin.send(new DeleteUserPolicyCommand({ UserName: "alice", PolicyName: "ssh-list" }));
    }
  });

  it("DeleteUser refuses with DeleteConflict while the user has SSH public keys", async () => {
    const user = await newUser("ssh-delete-user");
    const id = (await admin.send(new UploadSSHPublicKeyCommand({ UserName: user, SSHPublicKeyBody: RSA_2048 }))).SSHPublicKey?.SSHPublicKeyId;
    expect(await sdkFailure(admin.send(new DeleteUserCommand({ UserName: user })))).toEqual({
      name: "DeleteConflictException",
      status: 409,
      message: "Cannot delete entity, must delete SSH public keys first.",
    });
    await admin.send(new DeleteSSHPublicKeyCommand({ UserName: user, SSHPublicKeyId: id }));
    await admin.send(new DeleteUserCommand({ UserName: user }));
  });
});

// AWS authorizes before it looks anything up: https://docs.aws.amazon.com/IAM/latest/UserGuide/troubleshoot_access-denied.html
describe("authorization before lookup", () => {
  it("AccessDenied on the user's ARN whether or not the user and key exist", async () => {
    for (const name of ["admin", "nobody"]) {
      const arn = `arn:aws:iam::${ACCT}:user/${name}`;
      expect(await sdkFailure(alice.send(new UploadSSHPublicKeyCommand({ UserName: name, SSHPublicKeyBody: "not a key" })))).toEqual(denied("UploadSSHPublicKey", arn));
      expect(await sdkFailure(alice.send(new GetSSHPublicKeyCommand({ UserName: name, SSHPublicKeyId: "APKAAAAAAAAAAAAAAAAA", Encoding: "SSH" })))).toEqual(
        denied("GetSSHPublicKey", arn),
      );
      expect(await sdkFailure(alice.send(new ListSSHPublicKeysCommand({ UserName: name })))).toEqual(denied("ListSSHPublicKeys", arn));
      expect(await sdkFailure(alice.send(new UpdateSSHPublicKeyCommand({ UserName: name, SSHPublicKeyId: "APKAAAAAAAAAAAAAAAAA", Status: "Inactive" })))).toEqual(
        denied("UpdateSSHPublicKey", arn),
      );
      expect(await sdkFailure(alice.send(new DeleteSSHPublicKeyCommand({ UserName: name, SSHPublicKeyId: "APKAAAAAAAAAAAAAAAAA" })))).toEqual(denied("DeleteSSHPublicKey", arn));
    }
  });
});
