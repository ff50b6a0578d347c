// Server certificates through the real @aws-sdk/client-iam against the real endpoint (SigV4, Query
// form, XML) over a seeded sandbox, with certificates, keys and chains made here
// (lib/x509/testing.ts): upload (key and chain checked, key never kept), get, list by path prefix
// (paged), rename/move, tags, delete, the account quota, AWS's errors, and authorization before any
// lookup. Run on PostgreSQL too with TEST_DATABASE_URL set.
// AWS: https://docs.aws.amazon.com/IAM/latest/APIReference/API_UploadServerCertificate.html
import {
  DeleteServerCertificateCommand,
  GetAccountSummaryCommand,
  GetServerCertificateCommand,
  IAMClient,
  ListServerCertificatesCommand,
  ListServerCertificateTagsCommand,
  TagServerCertificateCommand,
  UntagServerCertificateCommand,
  UpdateServerCertificateCommand,
  UploadServerCertificateCommand,
} from "@aws-sdk/client-iam";
import { describe, expect, it } from "vitest";
import { ADMIN_222, deniedWithoutPolicy, iamClient, sdkFailure, type Creds, type Harness } from "@/lib/wire/testing";
import { makeCertificate, type TestCertificate } from "@/lib/x509/testing";
import { iamSdkSuite } from "@/lib/testing/iam-sdk-suite";

const ACCT = "111111111111";
const ALICE = `arn:aws:iam::${ACCT}:user/alice`;
let h: Harness;
let admin: IAMClient;
let alice: IAMClient;
let leaf: TestCertificate;
let chain: string;
const client = (credentials: Creds) => iamClient(h.url, credentials);
const denied = (action: string, resource: string) => deniedWithoutPolicy(ALICE, action, resource);
const arn = (path: string, name: string, acct = ACCT) => `arn:aws:iam::${acct}:server-certificate${path}${name}`;

iamSdkSuite(async (suite) => {
  ({ h, admin, alice } = suite);
  const root = await makeCertificate({ name: "Test Root CA", ca: true });
  const mid = await makeCertificate({ name: "Test Intermediate CA", issuer: root, ca: true });
  leaf = await makeCertificate({ name: "www.example.com", issuer: mid, key: { rsa: 2048 } });
  chain = mid.certPem + root.certPem;
});

const upload = (c: IAMClient, name: string, cert: TestCertificate, extra: { Path?: string; CertificateChain?: string; Tags?: { Key: string; Value: string }[] } = {}) =>
  c.send(new UploadServerCertificateCommand({ ServerCertificateName: name, CertificateBody: cert.certPem, PrivateKey: cert.keyPem, ...extra }));

describe("a server certificate's life", () => {
  it("upload with path, chain and tags → get → list → rename and move → untag → delete", async () => {
    const up = await upload(admin, "www-example", leaf, { Path: "/cloudfront/test/", CertificateChain: chain, Tags: [{ Key: "team", Value: "web" }] });
    const meta = up.ServerCertificateMetadata;
    expect(meta).toMatchObject({ Path: "/cloudfront/test/", ServerCertificateName: "www-example", Arn: arn("/cloudfront/test/", "www-example") });
    expect(meta?.ServerCertificateId).toMatch(/^ASCA[A-Z2-7]{17}$/);
    // Expiration is the certificate's notAfter (whole seconds in X.509).
    const notAfter = new Date(new (await import("node:crypto")).X509Certificate(leaf.certPem).validTo);
    expect(meta?.Expiration?.getTime()).toBe(notAfter.getTime());
    expect(up.Tags).toEqual([{ Key: "team", Value: "web" }]);

    const got = (await admin.send(new GetServerCertificateCommand({ ServerCertificateName: "www-example" }))).ServerCertificate;
    expect(got).toMatchObject({ CertificateBody: leaf.certPem, CertificateChain: chain, Tags: [{ Key: "team", Value: "web" }], ServerCertificateMetadata: { Arn: meta?.Arn } });
    expect(Object.keys(got ?? {})).not.toContain("PrivateKey");
    // The private key was checked, then dropped: it is nowhere in the stored row.
    const row = await h.db.serverCertificate.findUniqueOrThrow({ where: { id: meta?.ServerCertificateId } });
    const keyBody = leaf.keyPem.split("\n")[1];
    expect(JSON.stringify(row)).not.toContain(keyBody);

    const listed = await admin.send(new ListServerCertificatesCommand({ PathPrefix: "/cloudfront/" }));
    expect(listed.ServerCertificateMetadataList?.map((m) => m.ServerCertificateName)).toEqual(["www-example"]);
    expect((await admin.send(new ListServerCertificatesCommand({ PathPrefix: "/other/" }))).ServerCertificateMetadataList).toEqual([]);

    await admin.send(new UpdateServerCertificateCommand({ ServerCertificateName: "www-example", NewServerCertificateName: "www-renamed", NewPath: "/moved/" }));
    expect(await sdkFailure(admin.send(new GetServerCertificateCommand({ ServerCertificateName: "www-example" })))).toEqual({
      name: "NoSuchEntityException",
      status: 404,
      message: "The Server Certificate with name www-example cannot be found.",
    });
    const moved = (await admin.send(new GetServerCertificateCommand({ ServerCertificateName: "www-renamed" }))).ServerCertificate?.ServerCertificateMetadata;
    expect(moved).toMatchObject({ Path: "/moved/", Arn: arn("/moved/", "www-renamed"), ServerCertificateId: meta?.ServerCertificateId });

    // Tags follow the certificate through the rename.
    await admin.send(new TagServerCertificateCommand({ ServerCertificateName: "www-renamed", Tags: [{ Key: "env", Value: "prod" }] }));
    expect((await admin.send(new ListServerCertificateTagsCommand({ ServerCertificateName: "www-renamed" }))).Tags).toEqual([
      { Key: "env", Value: "prod" },
      { Key: "team", Value: "web" },
    ]);
    const firstTag = await admin.send(new ListServerCertificateTagsCommand({ ServerCertificateName: "www-renamed", MaxItems: 1 }));
    expect([firstTag.Tags?.length, firstTag.IsTruncated]).toEqual([1, true]);
    await admin.send(new UntagServerCertificateCommand({ ServerCertificateName: "www-renamed", TagKeys: ["team"] }));
    expect((await admin.send(new ListServerCertificateTagsCommand({ ServerCertificateName: "www-renamed" }))).Tags).toEqual([{ Key: "env", Value: "prod" }]);

    expect((await admin.send(new GetAccountSummaryCommand({}))).SummaryMap).toMatchObject({ ServerCertificates: 1, ServerCertificatesQuota: 20 });
    await admin.send(new DeleteServerCertificateCommand({ ServerCertificateName: "www-renamed" }));
    expect((await sdkFailure(admin.send(new DeleteServerCertificateCommand({ ServerCertificateName: "www-renamed" })))).name).toBe("NoSuchEntityException");
    expect(await h.db.tag.count({ where: { ownerType: "server-certificate", ownerId: meta?.ServerCertificateId } })).toBe(0);
  });

  it("lists page by name with Marker/MaxItems", async () => {
    const admin2 = client(ADMIN_222);
    for (const name of ["page-b", "page-a", "page-c"]) await upload(admin2, name, await makeCertificate(), { Path: "/paged/" });
    const first = await admin2.send(new ListServerCertificatesCommand({ PathPrefix: "/paged/", MaxItems: 2 }));
    expect(first.ServerCertificateMetadataList?.map((m) => m.ServerCertificateName)).toEqual(["page-a", "page-b"]);
    expect(first.IsTruncated).toBe(true);
    const rest = await admin2.send(new ListServerCertificatesCommand({ PathPrefix: "/paged/", Marker: first.Marker }));
    expect(rest.ServerCertificateMetadataList?.map((m) => m.ServerCertificateName)).toEqual(["page-c"]);
    expect(rest.IsTruncated).toBe(false);
    for (const name of ["page-a", "page-b", "page-c"]) await admin2.send(new DeleteServerCertificateCommand({ ServerCertificateName: name }));
  });
});

describe("AWS's errors", () => {
  it("a taken name: EntityAlreadyExists, on upload and on rename", async () => {
    await upload(admin, "taken-1", await makeCertificate());
    await upload(admin, "taken-2", await makeCertificate());
    const exists = (name: string) => ({ name: "EntityAlreadyExistsException", status: 409, message: `The Server Certificate with name ${name} already exists.` });
    expect(await sdkFailure(upload(admin, "TAKEN-1", await makeCertificate()))).toEqual(exists("TAKEN-1"));
    expect(await sdkFailure(admin.send(new UpdateServerCertificateCommand({ ServerCertificateName: "taken-1", NewServerCertificateName: "taken-2" })))).toEqual(exists("taken-2"));
    // Re-casing its own name is not a clash.
    await admin.send(new UpdateServerCertificateCommand({ ServerCertificateName: "taken-1", NewServerCertificateName: "Taken-1" }));
    for (const name of ["Taken-1", "taken-2"]) await admin.send(new DeleteServerCertificateCommand({ ServerCertificateName: name }));
  });

  it("a key that is not the certificate's: KeyPairMismatch; bad PEM, key or chain: MalformedCertificate", async () => {
    const other = await makeCertificate();
    const send = (body: string, key: string, chainPem?: string) =>
      sdkFailure(admin.send(new UploadServerCertificateCommand({ ServerCertificateName: "bad", CertificateBody: body, PrivateKey: key, CertificateChain: chainPem })));
    expect(await send(leaf.certPem, other.keyPem)).toEqual({ name: "KeyPairMismatchException", status: 400, message: "The public key certificate and the private key do not match." });
    expect(await send("notacert", leaf.keyPem)).toEqual({ name: "MalformedCertificateException", status: 400, message: "Unable to parse certificate. Please ensure the certificate is in PEM format." });
    expect((await send(leaf.certPem, "notakey")).message).toMatch(/^Unable to parse private key/);
    // The chain must start with the leaf's issuer (quoted from AWS's answer in aws-cli issue #715).
    expect(await send(leaf.certPem, leaf.keyPem, other.certPem)).toEqual({
      name: "MalformedCertificateException",
      status: 400,
      message:
        "Unable to validate certificate chain. The certificate chain must start with the immediate signing certificate, followed by any intermediaries in order. The index within the chain of the invalid certificate is: 0",
    });
    expect(await h.db.serverCertificate.count({ where: { name: "bad" } })).toBe(0);
  });

  it("the account quota: LimitExceeded", async () => {
    const before = process.env.IAM_SERVER_CERTIFICATES_PER_ACCOUNT;
    process.env.IAM_SERVER_CERTIFICATES_PER_ACCOUNT = "2";
    try {
      await upload(admin, "quota-1", await makeCertificate());
      await upload(admin, "quota-2", await makeCertificate());
      expect(await sdkFailure(upload(admin, "quota-3", await makeCertificate()))).toEqual({
        name: "LimitExceededException",
        status: 409,
        message: "Cannot exceed quota for ServerCertificatesPerAccount: 2",
      });
    } finally {
      if (before === undefined) delete process.env.IAM_SERVER_CERTIFICATES_PER_ACCOUNT;
      else process.env.IAM_SERVER_CERTIFICATES_PER_ACCOUNT = before;
    }
    for (const name of ["quota-1", "quota-2"]) await admin.send(new DeleteServerCertificateCommand({ ServerCertificateName: name }));
  });

  it("the model's constraints: ValidationError", async () => {
    const f = await sdkFailure(admin.send(new GetServerCertificateCommand({ ServerCertificateName: "bad name!" })));
    expect(f).toMatchObject({ name: "ValidationError", status: 400 });
    expect(f.message).toContain("at 'serverCertificateName' failed to satisfy constraint: Member must satisfy regular expression pattern");
  });
});

describe("authorization comes before any lookup", () => {
  it("AccessDenied names the certificate's ARN (its path when it exists, none when it does not), before the PEM is read", async () => {
    await upload(admin, "pathed", await makeCertificate(), { Path: "/team/" });
    expect(await sdkFailure(alice.send(new GetServerCertificateCommand({ ServerCertificateName: "pathed" })))).toEqual(denied("GetServerCertificate", arn("/team/", "pathed")));
    expect(await sdkFailure(alice.send(new GetServerCertificateCommand({ ServerCertificateName: "missing" })))).toEqual(denied("GetServerCertificate", arn("/", "missing")));
    expect(await sdkFailure(alice.send(new DeleteServerCertificateCommand({ ServerCertificateName: "missing" })))).toEqual(denied("DeleteServerCertificate", arn("/", "missing")));
    expect(await sdkFailure(alice.send(new UpdateServerCertificateCommand({ ServerCertificateName: "pathed", NewPath: "/x/" })))).toEqual(
      denied("UpdateServerCertificate", arn("/team/", "pathed")),
    );
    expect(await sdkFailure(alice.send(new ListServerCertificateTagsCommand({ ServerCertificateName: "missing" })))).toEqual(denied("ListServerCertificateTags", arn("/", "missing")));
    expect(await sdkFailure(alice.send(new TagServerCertificateCommand({ ServerCertificateName: "pathed", Tags: [{ Key: "a", Value: "b" }] })))).toEqual(
      denied("TagServerCertificate", arn("/team/", "pathed")),
    );
    expect(await sdkFailure(alice.send(new UntagServerCertificateCommand({ ServerCertificateName: "pathed", TagKeys: ["a"] })))).toEqual(
      denied("UntagServerCertificate", arn("/team/", "pathed")),
    );
    expect(
      await sdkFailure(alice.send(new UploadServerCertificateCommand({ ServerCertificateName: "new", Path: "/p/", CertificateBody: "notacert", PrivateKey: "notakey" }))),
    ).toEqual(denied("UploadServerCertificate", arn("/p/", "new")));
    expect(await sdkFailure(alice.send(new ListServerCertificatesCommand({ PathPrefix: "/team/" })))).toEqual(denied("ListServerCertificates", arn("/team/", "")));
    await admin.send(new DeleteServerCertificateCommand({ ServerCertificateName: "pathed" }));
  });
});
