// Account-level IAM calls and access-key state through the real @aws-sdk/client-iam against the real
// endpoint (SigV4, Query form, XML) over a seeded sandbox: the alias, the summary, the credential
// report, STS token preferences, UpdateAccessKey and GetAccessKeyLastUsed. Run on PostgreSQL too
// with TEST_DATABASE_URL set.
import {
  CreateAccountAliasCommand,
  CreateUserCommand,
  DeleteAccountAliasCommand,
  GenerateCredentialReportCommand,
  GetAccessKeyLastUsedCommand,
  GetAccountSummaryCommand,
  GetCredentialReportCommand,
  GetUserCommand,
  IAMClient,
  ListAccountAliasesCommand,
  SetSecurityTokenServicePreferencesCommand,
  SummaryKeyType,
  UpdateAccessKeyCommand,
} from "@aws-sdk/client-iam";
import { describe, expect, it } from "vitest";
import { ADMIN_111, createKey, type Creds, type Harness, deniedWithoutPolicy, sdkFailure, iamClient } from "@/lib/wire/testing";
import { iamSdkSuite } from "@/lib/testing/iam-sdk-suite";

const ACCT = "111111111111";
// AWS's columns, in order (https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_getting-report.html).
const CREDENTIAL_REPORT_COLUMNS = [
  "user", "arn", "user_creation_time", "password_enabled", "password_last_used", "password_last_changed", "password_next_rotation", "mfa_active",
  "access_key_1_active", "access_key_1_last_rotated", "access_key_1_last_used_date", "access_key_1_last_used_region", "access_key_1_last_used_service",
  "access_key_2_active", "access_key_2_last_rotated", "access_key_2_last_used_date", "access_key_2_last_used_region", "access_key_2_last_used_service",
  "cert_1_active", "cert_1_last_rotated", "cert_2_active", "cert_2_last_rotated",
];
const ALICE = `arn:aws:iam::${ACCT}:user/alice`;
let h: Harness;
let admin: IAMClient;
let alice: IAMClient;
const client = (credentials: Creds, region = "us-east-1") => iamClient(h.url, credentials, region);
const failure = sdkFailure;
const denied = (action: string, resource: string) => deniedWithoutPolicy(ALICE, action, resource);

iamSdkSuite((suite) => ({ h, admin, alice } = suite));

// https://docs.aws.amazon.com/IAM/latest/APIReference/API_UpdateAccessKey.html
describe("UpdateAccessKey", () => {
  it("an Inactive key's signed calls are refused as an invalid token; Active again, they work", async () => {
    const creds = await createKey(h.db, ACCT, "alice");
    const own = client(creds);
    await admin.send(new UpdateAccessKeyCommand({ UserName: "alice", AccessKeyId: creds.accessKeyId, Status: "Inactive" }));
    expect((await h.db.accessKey.findUniqueOrThrow({ where: { id: creds.accessKeyId } })).status).toBe("Inactive");
    expect(await failure(own.send(new GetUserCommand({})))).toEqual({
      name: "InvalidClientTokenId",
      message: "The security token included in the request is invalid.",
      status: 403,
    });
    await admin.send(new UpdateAccessKeyCommand({ UserName: "alice", AccessKeyId: creds.accessKeyId, Status: "Active" }));
    // Authenticated again: alice has no policies, so the answer is AccessDenied, not a bad token.
    expect((await failure(own.send(new GetUserCommand({ UserName: "admin" })))).name).toBe("AccessDenied");
  });

  it("refuses an unknown key, a key of another user, and a status outside the enum", async () => {
    expect(await failure(admin.send(new UpdateAccessKeyCommand({ UserName: "alice", AccessKeyId: "AKIANOSUCHKEY0000000", Status: "Active" })))).toEqual({
      name: "NoSuchEntityException",
      message: "The Access Key with id AKIANOSUCHKEY0000000 cannot be found.",
      status: 404,
    });
    expect((await failure(admin.send(new UpdateAccessKeyCommand({ UserName: "alice", AccessKeyId: ADMIN_111.accessKeyId, Status: "Active" })))).status).toBe(404);
    const bad = await failure(admin.send(new UpdateAccessKeyCommand({ UserName: "alice", AccessKeyId: ADMIN_111.accessKeyId, Status: "Paused" as "Active" })));
    expect(bad).toMatchObject({ name: "ValidationError", status: 400 });
    expect(bad.message).toContain("Value 'Paused' at 'status' failed to satisfy constraint: Member must satisfy enum value set");
  });

  it("authorizes on the user before looking the key up", async () => {
    expect(await failure(alice.send(new UpdateAccessKeyCommand({ UserName: "admin", AccessKeyId: "AKIANOSUCHKEY0000000", Status: "Inactive" })))).toEqual(
      denied("UpdateAccessKey", `arn:aws:iam::${ACCT}:user/admin`),
    );
  });
});

// https://docs.aws.amazon.com/IAM/latest/APIReference/API_GetAccessKeyLastUsed.html
describe("GetAccessKeyLastUsed", () => {
  it("answers N/A before the first use, then the date, service and region of the last signed call", async () => {
    const creds = await createKey(h.db, ACCT, "alice");
    expect(await admin.send(new GetAccessKeyLastUsedCommand({ AccessKeyId: creds.accessKeyId }))).toMatchObject({
      UserName: "alice",
      AccessKeyLastUsed: { ServiceName: "N/A", Region: "N/A" },
    });
    const before = Date.now();
    await failure(client(creds, "eu-west-1").send(new GetUserCommand({ UserName: "admin" })));
    const used = await admin.send(new GetAccessKeyLastUsedCommand({ AccessKeyId: creds.accessKeyId }));
    expect(used.AccessKeyLastUsed).toMatchObject({ ServiceName: "iam", Region: "eu-west-1" });
    expect(used.AccessKeyLastUsed?.LastUsedDate?.getTime()).toBeGreaterThanOrEqual(Math.floor(before / 1000) * 1000);
  });

  it("authorizes on the key's user; an unknown key is NoSuchEntity for an allowed caller", async () => {
    expect(await failure(alice.send(new GetAccessKeyLastUsedCommand({ AccessKeyId: ADMIN_111.accessKeyId })))).toEqual(
      denied("GetAccessKeyLastUsed", `arn:aws:iam::${ACCT}:user/admin`),
    );
    expect(await failure(admin.send(new GetAccessKeyLastUsedCommand({ AccessKeyId: "AKIANOSUCHKEY0000000" })))).toEqual({
      name: "NoSuchEntityException",
      message: "The Access Key with id AKIANOSUCHKEY0000000 cannot be found.",
      status: 404,
    });
  });
});

// https://docs.aws.amazon.com/IAM/latest/APIReference/API_CreateAccountAlias.html
describe("account aliases", () => {
  it("lists the alias, replaces it, refuses one another account holds, and deletes it", async () => {
    expect(await admin.send(new ListAccountAliasesCommand({}))).toMatchObject({ AccountAliases: ["identity"], IsTruncated: false });
    await admin.send(new CreateAccountAliasCommand({ AccountAlias: "identity-team" }));
    expect((await admin.send(new ListAccountAliasesCommand({}))).AccountAliases).toEqual(["identity-team"]);
    expect(await failure(admin.send(new CreateAccountAliasCommand({ AccountAlias: "workload-dev" })))).toEqual({
      name: "EntityAlreadyExistsException",
      message: "The account alias workload-dev already exists.",
      status: 409,
    });
    expect(await failure(admin.send(new DeleteAccountAliasCommand({ AccountAlias: "identity" })))).toEqual({
      name: "NoSuchEntityException",
      message: "The account alias identity cannot be found.",
      status: 404,
    });
    await admin.send(new DeleteAccountAliasCommand({ AccountAlias: "identity-team" }));
    expect((await admin.send(new ListAccountAliasesCommand({}))).AccountAliases).toEqual([]);
    await admin.send(new CreateAccountAliasCommand({ AccountAlias: "identity" }));
  });

  it("checks the alias against the model's pattern and length", async () => {
    for (const alias of ["Upper", "double--hyphen", "-leading", "ab"]) {
      const e = await failure(admin.send(new CreateAccountAliasCommand({ AccountAlias: alias })));
      expect(e).toMatchObject({ name: "ValidationError", status: 400 });
      expect(e.message).toContain(`Value '${alias}' at 'accountAlias' failed to satisfy constraint`);
    }
  });

  it("authorizes each call on * before anything else", async () => {
    expect(await failure(alice.send(new CreateAccountAliasCommand({ AccountAlias: "workload-dev" })))).toEqual(denied("CreateAccountAlias", "*"));
    expect(await failure(alice.send(new DeleteAccountAliasCommand({ AccountAlias: "nothing" })))).toEqual(denied("DeleteAccountAlias", "*"));
    expect(await failure(alice.send(new ListAccountAliasesCommand({})))).toEqual(denied("ListAccountAliases", "*"));
  });
});

// https://docs.aws.amazon.com/IAM/latest/APIReference/API_GetAccountSummary.html
describe("GetAccountSummary and SetSecurityTokenServicePreferences", () => {
  it("counts the account's rows beside IAM's quotas", async () => {
    await admin.send(new CreateUserCommand({ UserName: "summary-user" }));
    const { SummaryMap } = await admin.send(new GetAccountSummaryCommand({}));
    const count = {
      Users: await h.db.user.count({ where: { accountId: ACCT } }),
      Groups: await h.db.group.count({ where: { accountId: ACCT } }),
      Roles: await h.db.role.count({ where: { accountId: ACCT } }),
      Policies: await h.db.managedPolicy.count({ where: { accountId: ACCT } }),
    };
    expect(count.Users).toBeGreaterThan(1);
    expect(SummaryMap).toMatchObject({
      ...count,
      UsersQuota: 5000,
      GroupsQuota: 300,
      RolesQuota: 1000,
      PoliciesQuota: 1500,
      AccessKeysPerUserQuota: 2,
      AccountMFAEnabled: 0,
      AccountAccessKeysPresent: 0,
      MFADevices: 0,
      MFADevicesInUse: 0,
      GlobalEndpointTokenVersion: 1,
      VersionsPerPolicyQuota: 5,
    });
    // Every key of the model's SummaryKeyType enum, and no other.
    expect(Object.keys(SummaryMap ?? {}).sort()).toEqual(Object.values(SummaryKeyType).sort());
  });

  it("stores the token version and reports it; refuses a version outside the enum", async () => {
    await admin.send(new SetSecurityTokenServicePreferencesCommand({ GlobalEndpointTokenVersion: "v2Token" }));
    expect((await admin.send(new GetAccountSummaryCommand({}))).SummaryMap?.GlobalEndpointTokenVersion).toBe(2);
    await admin.send(new SetSecurityTokenServicePreferencesCommand({ GlobalEndpointTokenVersion: "v1Token" }));
    expect((await admin.send(new GetAccountSummaryCommand({}))).SummaryMap?.GlobalEndpointTokenVersion).toBe(1);
    expect(await failure(admin.send(new SetSecurityTokenServicePreferencesCommand({ GlobalEndpointTokenVersion: "v3Token" as "v1Token" })))).toEqual({
      name: "ValidationError",
      message: "1 validation error detected: Value 'v3Token' at 'globalEndpointTokenVersion' failed to satisfy constraint: Member must satisfy enum value set: [v1Token, v2Token]",
      status: 400,
    });
  });

  it("authorizes on *", async () => {
    expect(await failure(alice.send(new GetAccountSummaryCommand({})))).toEqual(denied("GetAccountSummary", "*"));
    expect(await failure(alice.send(new SetSecurityTokenServicePreferencesCommand({ GlobalEndpointTokenVersion: "v2Token" })))).toEqual(
      denied("SetSecurityTokenServicePreferences", "*"),
    );
  });
});

/** The report's CSV as rows of column → value (no field in it is quoted: none holds a comma). */
function parseCsv(text: string): Record<string, string>[] {
  const [header, ...lines] = text.split("\n");
  const columns = header.split(",");
  return lines.map((line) => Object.fromEntries(line.split(",").map((v, i) => [columns[i], v])));
}

// https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_getting-report.html
describe("credential report", () => {
  it("is not present until generated; STARTED then COMPLETE; the CSV has AWS's columns and values", async () => {
    expect(await failure(admin.send(new GetCredentialReportCommand({})))).toMatchObject({ name: "CredentialReportNotPresentException", status: 410 });
    expect(await admin.send(new GenerateCredentialReportCommand({}))).toMatchObject({
      State: "STARTED",
      Description: "No report exists. Starting a new report generation task",
    });
    expect((await admin.send(new GenerateCredentialReportCommand({}))).State).toBe("COMPLETE");

    const report = await admin.send(new GetCredentialReportCommand({}));
    expect(report.ReportFormat).toBe("text/csv");
    expect(report.GeneratedTime).toBeInstanceOf(Date);
    const text = new TextDecoder().decode(report.Content);
    expect(text.split("\n")[0].split(",")).toEqual([...CREDENTIAL_REPORT_COLUMNS]);
    const rows = parseCsv(text);
    const users = await h.db.user.findMany({ where: { accountId: ACCT }, orderBy: { nameLower: "asc" } });
    expect(rows.map((r) => r.user)).toEqual(["<root_account>", ...users.map((u) => u.name)]);
    const iso = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+00:00$/;

    const root = rows[0];
    expect(root).toMatchObject({
      arn: `arn:aws:iam::${ACCT}:root`,
      password_enabled: "not_supported",
      password_last_changed: "not_supported",
      password_next_rotation: "not_supported",
      mfa_active: "false",
      access_key_1_active: "false",
      access_key_1_last_rotated: "N/A",
      cert_1_active: "false",
      cert_2_last_rotated: "N/A",
    });
    expect(root.user_creation_time).toMatch(iso);

    // alice: a console password, never used; two keys (one used above, one never).
    const a = rows.find((r) => r.user === "alice") as Record<string, string>;
    expect(a).toMatchObject({ arn: ALICE, password_enabled: "true", password_last_used: "no_information", password_next_rotation: "N/A", mfa_active: "false" });
    expect(a.password_last_changed).toMatch(iso);
    expect(a.access_key_1_active).toBe("true");
    expect(a.access_key_1_last_rotated).toMatch(iso);

    // The admin key signed every call above: its last use is recorded with service and region.
    const adm = rows.find((r) => r.user === "admin") as Record<string, string>;
    expect(adm).toMatchObject({ access_key_1_active: "true", access_key_1_last_used_service: "iam", access_key_1_last_used_region: "us-east-1", access_key_2_active: "false", access_key_2_last_rotated: "N/A", access_key_2_last_used_date: "N/A" });
    expect(adm.access_key_1_last_used_date).toMatch(iso);

    // A user without a password or keys.
    expect(rows.find((r) => r.user === "summary-user")).toMatchObject({ password_enabled: "false", password_last_used: "N/A", password_last_changed: "N/A", access_key_1_active: "false", access_key_1_last_used_date: "N/A" });
    for (const r of rows) expect(Object.keys(r)).toHaveLength(CREDENTIAL_REPORT_COLUMNS.length);
  });

  it("expires after four hours: Get answers ReportExpired and Generate starts a new one", async () => {
    await h.db.credentialReport.update({ where: { accountId: ACCT }, data: { generatedAt: new Date(Date.now() - 4 * 3600_000 - 1000) } });
    expect(await failure(admin.send(new GetCredentialReportCommand({})))).toMatchObject({ name: "CredentialReportExpiredException", status: 410 });
    expect((await admin.send(new GenerateCredentialReportCommand({}))).State).toBe("STARTED");
    expect((await admin.send(new GetCredentialReportCommand({}))).ReportFormat).toBe("text/csv");
  });

  it("authorizes on *", async () => {
    expect(await failure(alice.send(new GenerateCredentialReportCommand({})))).toEqual(denied("GenerateCredentialReport", "*"));
    expect(await failure(alice.send(new GetCredentialReportCommand({})))).toEqual(denied("GetCredentialReport", "*"));
  });
});
