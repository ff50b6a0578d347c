// X.509 signing certificates through the real @aws-sdk/client-iam against the real endpoint (SigV4,
// Query form, XML) over a seeded sandbox, with certificates made here (lib/x509/testing.ts): the life
// of a user's certificates, the root user's own, AWS's errors and quota, DeleteUser's conflict, the
// credential report's cert columns, and authorization before any lookup. Run on PostgreSQL too with
// TEST_DATABASE_URL set.
// AWS: https://docs.aws.amazon.com/IAM/latest/APIReference/API_UploadSigningCertificate.html
import {
  CreateUserCommand,
  DeleteSigningCertificateCommand,
  DeleteUserCommand,
  GenerateCredentialReportCommand,
  GetAccountSummaryCommand,
  GetCredentialReportCommand,
  IAMClient,
  ListSigningCertificatesCommand,
  UpdateSigningCertificateCommand,
  UploadSigningCertificateCommand,
} from "@aws-sdk/client-iam";
import { describe, expect, it } from "vitest";
import { createKey, deniedWithoutPolicy, iamClient, sdkFailure, type Creds, type Harness } from "@/lib/wire/testing";
import { makeCertificate } from "@/lib/x509/testing";
import { iamSdkSuite } from "@/lib/testing/iam-sdk-suite";

const ACCT = "111111111111";
const ALICE = `arn:aws:iam::${ACCT}:user/alice`;
const DAY = 86_400_000;
let h: Harness;
let admin: IAMClient;
let alice: IAMClient;
let root: IAMClient;
const client = (credentials: Creds) => iamClient(h.url, credentials);
const denied = (action: string, resource: string) => deniedWithoutPolicy(ALICE, action, resource);
const pem = async () => (await makeCertificate()).certPem;

iamSdkSuite(async (suite) => {
  ({ h, admin, alice } = suite);
  root = client(await createKey(h.db, ACCT));
});

async function newUser(name: string) {
  await admin.send(new CreateUserCommand({ UserName: name }));
  return name;
}

async function reportLine(user: string): Promise<Record<string, string>> {
  await h.db.credentialReport.deleteMany({ where: { accountId: ACCT } });
  await admin.send(new GenerateCredentialReportCommand({}));
  const csv = new TextDecoder().decode((await admin.send(new GetCredentialReportCommand({}))).Content).split("\n");
  const header = csv[0].split(",");
  const line = csv.find((l) => l.startsWith(`${user},`))?.split(",") ?? [];
  return Object.fromEntries(header.map((c, i) => [c, line[i]]));
}

describe("a user's signing certificates", () => {
  it("upload → list (paged) → make inactive → delete; two per user; DeleteUser waits for them", async () => {
    const user = await newUser("cert-carol");
    const [body1, body2, body3] = [await pem(), await pem(), await pem()];
    const { Certificate } = await admin.send(new UploadSigningCertificateCommand({ UserName: user, CertificateBody: body1 }));
    expect(Certificate).toMatchObject({ UserName: user, CertificateBody: body1, Status: "Active" });
    expect(Certificate?.CertificateId).toMatch(/^[A-Z2-7]{32}$/);
    expect(Math.abs((Certificate?.UploadDate?.getTime() ?? 0) - Date.now())).toBeLessThan(60_000);
    const id1 = Certificate?.CertificateId ?? "";
    const id2 = (await admin.send(new UploadSigningCertificateCommand({ UserName: user, CertificateBody: body2 }))).Certificate?.CertificateId ?? "";

    // The quota and its text as AWS answers (moto's AWS-verified test_create_too_many_certificates).
    expect(await sdkFailure(admin.send(new UploadSigningCertificateCommand({ UserName: user, CertificateBody: body3 })))).toEqual({
      name: "LimitExceededException",
      status: 409,
      message: "Cannot exceed quota for CertificatesPerUser: 2",
    });

    const first = await admin.send(new ListSigningCertificatesCommand({ UserName: user, MaxItems: 1 }));
    expect(first.Certificates?.map((c) => c.CertificateId)).toEqual([id1]);
    expect(first.IsTruncated).toBe(true);
    const second = await admin.send(new ListSigningCertificatesCommand({ UserName: user, Marker: first.Marker }));
    expect(second.Certificates?.map((c) => c.CertificateId)).toEqual([id2]);
    expect(second.IsTruncated).toBe(false);

    await admin.send(new UpdateSigningCertificateCommand({ UserName: user, CertificateId: id1, Status: "Inactive" }));
    const listed = await admin.send(new ListSigningCertificatesCommand({ UserName: user }));
    expect(listed.Certificates?.map((c) => [c.CertificateId, c.Status, c.CertificateBody === body1 || c.CertificateBody === body2])).toEqual([
      [id1, "Inactive", true],
      [id2, "Active", true],
    ]);
    const line = await reportLine(user);
    expect([line.cert_1_active, line.cert_2_active]).toEqual(["false", "true"]);
    expect(line.cert_1_last_rotated).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+00:00$/);

    expect(await sdkFailure(admin.send(new DeleteUserCommand({ UserName: user })))).toEqual({
      name: "DeleteConflictException",
      status: 409,
      message: "Cannot delete entity, must delete signing certificates first.",
    });
    await admin.send(new DeleteSigningCertificateCommand({ UserName: user, CertificateId: id1 }));
    await admin.send(new DeleteSigningCertificateCommand({ UserName: user, CertificateId: id2 }));
    expect((await admin.send(new ListSigningCertificatesCommand({ UserName: user }))).Certificates).toEqual([]);
    expect(await reportLine(user)).toMatchObject({ cert_1_active: "false", cert_1_last_rotated: "N/A", cert_2_active: "false", cert_2_last_rotated: "N/A" });
    await admin.send(new DeleteUserCommand({ UserName: user }));
  });

  it("one certificate belongs to one identity of the account (DuplicateCertificate)", async () => {
    const [a, b] = [await newUser("cert-dan"), await newUser("cert-erin")];
    const body = await pem();
    await admin.send(new UploadSigningCertificateCommand({ UserName: a, CertificateBody: body }));
    for (const user of [a, b]) {
      const failure = await sdkFailure(admin.send(new UploadSigningCertificateCommand({ UserName: user, CertificateBody: body })));
      expect([failure.name, failure.status]).toEqual(["DuplicateCertificateException", 409]);
    }
  });
});

describe("AWS's errors", () => {
  it("a body that is not a valid certificate: MalformedCertificate", async () => {
    const user = await newUser("cert-frank");
    const expired = await makeCertificate({ notBefore: new Date(Date.now() - 10 * DAY), notAfter: new Date(Date.now() - DAY) });
    for (const [body, message] of [
      ["notacert", "Unable to parse certificate. Please ensure the certificate is in PEM format."],
      [expired.keyPem, "Unable to parse certificate. Please ensure the certificate is in PEM format."],
      [expired.certPem, "The certificate is expired."],
    ]) {
      expect(await sdkFailure(admin.send(new UploadSigningCertificateCommand({ UserName: user, CertificateBody: body })))).toEqual({ name: "MalformedCertificateException", status: 400, message });
    }
  });

  it("an unknown user or certificate: NoSuchEntity with AWS's texts (moto's AWS-verified tests)", async () => {
    const body = await pem();
    const noUser = { name: "NoSuchEntityException", status: 404, message: "The user with name notauser cannot be found." };
    expect(await sdkFailure(admin.send(new UploadSigningCertificateCommand({ UserName: "notauser", CertificateBody: body })))).toEqual(noUser);
    expect(await sdkFailure(admin.send(new ListSigningCertificatesCommand({ UserName: "notauser" })))).toEqual(noUser);
    const fake = "x".repeat(32);
    expect(await sdkFailure(admin.send(new UpdateSigningCertificateCommand({ UserName: "alice", CertificateId: fake, Status: "Inactive" })))).toEqual({
      name: "NoSuchEntityException",
      status: 404,
      message: `The Certificate with id ${fake} cannot be found.`,
    });
    expect((await sdkFailure(admin.send(new DeleteSigningCertificateCommand({ UserName: "alice", CertificateId: fake })))).name).toBe("NoSuchEntityException");
  });

  it("the model's constraints: ValidationError", async () => {
    const short = await sdkFailure(admin.send(new UpdateSigningCertificateCommand({ UserName: "alice", CertificateId: "short", Status: "Inactive" })));
    expect(short).toMatchObject({ name: "ValidationError", status: 400 });
    expect(short.message).toContain("at 'certificateId' failed to satisfy constraint: Member must have length greater than or equal to 24");
    const status = await sdkFailure(admin.send(new UpdateSigningCertificateCommand({ UserName: "alice", CertificateId: "x".repeat(32), Status: "Gone" as "Active" })));
    expect(status.message).toContain("Member must satisfy enum value set: [Active, Inactive]");
  });

  it("another user's certificate id reads as missing", async () => {
    const [a, b] = [await newUser("cert-gina"), await newUser("cert-hank")];
    const id = (await admin.send(new UploadSigningCertificateCommand({ UserName: a, CertificateBody: await pem() }))).Certificate?.CertificateId;
    expect((await sdkFailure(admin.send(new DeleteSigningCertificateCommand({ UserName: b, CertificateId: id })))).name).toBe("NoSuchEntityException");
  });
});

describe("without UserName", () => {
  it("the root user's own certificates (AWS: 'to manage AWS account root user credentials')", async () => {
    const body = await pem();
    const { Certificate } = await root.send(new UploadSigningCertificateCommand({ CertificateBody: body }));
    expect(Certificate).toMatchObject({ UserName: ACCT, Status: "Active", CertificateBody: body });
    const summary = (await root.send(new GetAccountSummaryCommand({}))).SummaryMap;
    expect(summary).toMatchObject({ AccountSigningCertificatesPresent: 1, SigningCertificatesPerUserQuota: 2 });
    expect((await root.send(new ListSigningCertificatesCommand({}))).Certificates?.map((c) => c.CertificateId)).toEqual([Certificate?.CertificateId]);
    expect(await reportLine("<root_account>")).toMatchObject({ cert_1_active: "true", cert_2_active: "false" });
    // A user's list never shows the root user's certificates.
    expect((await admin.send(new ListSigningCertificatesCommand({ UserName: "alice" }))).Certificates).toEqual([]);
    await root.send(new DeleteSigningCertificateCommand({ CertificateId: Certificate?.CertificateId }));
    expect((await root.send(new GetAccountSummaryCommand({}))).SummaryMap?.AccountSigningCertificatesPresent).toBe(0);
  });

  it("an IAM user's own certificates, authorized on the user's ARN", async () => {
    expect(await sdkFailure(alice.send(new ListSigningCertificatesCommand({})))).toEqual(denied("ListSigningCertificates", ALICE));
    expect((await admin.send(new ListSigningCertificatesCommand({}))).Certificates).toEqual([]);
  });
});

describe("authorization comes before any lookup", () => {
  it("AccessDenied names the user's ARN whether or not the user or certificate exists, before the body is read", async () => {
    const nobody = `arn:aws:iam::${ACCT}:user/nobody`;
    expect(await sdkFailure(alice.send(new UploadSigningCertificateCommand({ UserName: "nobody", CertificateBody: "notacert" })))).toEqual(denied("UploadSigningCertificate", nobody));
    expect(await sdkFailure(alice.send(new ListSigningCertificatesCommand({ UserName: "nobody" })))).toEqual(denied("ListSigningCertificates", nobody));
    expect(await sdkFailure(alice.send(new UpdateSigningCertificateCommand({ UserName: "alice", CertificateId: "x".repeat(32), Status: "Active" })))).toEqual(
      denied("UpdateSigningCertificate", ALICE),
    );
    expect(await sdkFailure(alice.send(new DeleteSigningCertificateCommand({ UserName: "nobody", CertificateId: "x".repeat(32) })))).toEqual(
      denied("DeleteSigningCertificate", nobody),
    );
  });
});
