// The credential report (GenerateCredentialReport / GetCredentialReport): one CSV row per user and
// one for the root user, with AWS's columns. A report is generated at most
// once every four hours and expires after that; this sandbox builds it at once, so the first
// Generate answers STARTED and later ones COMPLETE.
// AWS: https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_getting-report.html
import { db } from "@/lib/db";
import { authorize } from "@/lib/authz/authorize";
import type { Caller } from "@/lib/authz/caller";
import { AwsError } from "@/lib/errors";
import { serverNow } from "@/lib/server-now";

export const REPORT_LIFETIME_MS = 4 * 60 * 60 * 1000;

export const CREDENTIAL_REPORT_COLUMNS = [
  "user",
  "arn",
  "user_creation_time",
  "password_enabled",
  "password_last_used",
  "password_last_changed",
  "password_next_rotation",
  "mfa_active",
  "access_key_1_active",
  "access_key_1_last_rotated",
  "access_key_1_last_used_date",
  "access_key_1_last_used_region",
  "access_key_1_last_used_service",
  "access_key_2_active",
  "access_key_2_last_rotated",
  "access_key_2_last_used_date",
  "access_key_2_last_used_region",
  "access_key_2_last_used_service",
  "cert_1_active",
  "cert_1_last_rotated",
  "cert_2_active",
  "cert_2_last_rotated",
] as const;

type Row = Record<(typeof CREDENTIAL_REPORT_COLUMNS)[number], string>;
type Key = { status: string; createdAt: Date; lastUsedAt: Date | null; lastUsedRegion: string | null; lastUsedService: string | null };

const NA = "N/A";
/** The report's timestamps: ISO 8601 with an explicit +00:00 offset, whole seconds. */
const time = (d: Date) => d.toISOString().replace(/\.\d{3}Z$/, "+00:00");
const flag = (b: boolean) => (b ? "true" : "false");

function keyColumns(n: 1 | 2, key: Key | undefined): Record<string, string> {
  const used = key?.lastUsedAt ?? null;
  return {
    [`access_key_${n}_active`]: flag(key?.status === "Active"),
    [`access_key_${n}_last_rotated`]: key ? time(key.createdAt) : NA,
    [`access_key_${n}_last_used_date`]: used ? time(used) : NA,
    [`access_key_${n}_last_used_region`]: used ? (key?.lastUsedRegion ?? NA) : NA,
    [`access_key_${n}_last_used_service`]: used ? (key?.lastUsedService ?? NA) : NA,
  };
}

type Cert = { status: string; uploadedAt: Date };

/** An identity's signing certificates, oldest first: whether each is active and when it was uploaded. */
function certColumns(certs: Cert[]): Record<string, string> {
  const cols: Record<string, string> = {};
  for (const n of [1, 2] as const) {
    const c = certs[n - 1];
    cols[`cert_${n}_active`] = flag(c?.status === "Active");
    cols[`cert_${n}_last_rotated`] = c ? time(c.uploadedAt) : NA;
  }
  return cols;
}

const CERT_ORDER = [{ uploadedAt: "asc" as const }, { id: "asc" as const }];

function csvLine(row: Row): string {
  return CREDENTIAL_REPORT_COLUMNS.map((c) => row[c]).join(",");
}

/** The CSV from the account's rows as they are now (the root user first, then users by name). */
export async function buildCredentialReport(accountId: string): Promise<string> {
  const [account, users, rootKeys, rootDevices, policy, rootCerts] = await Promise.all([
    db.account.findUniqueOrThrow({ where: { id: accountId }, select: { createdAt: true } }),
    db.user.findMany({
      where: { accountId },
      orderBy: { nameLower: "asc" },
      include: {
        accessKeys: { orderBy: [{ createdAt: "asc" }, { id: "asc" }] },
        mfaDevices: { select: { serialNumber: true } },
        signingCertificates: { orderBy: CERT_ORDER, select: { status: true, uploadedAt: true } },
        passwordHistory: { orderBy: { id: "desc" }, take: 1, select: { createdAt: true } },
      },
    }),
    db.accessKey.findMany({ where: { accountId, userId: null }, orderBy: [{ createdAt: "asc" }, { id: "asc" }] }),
    db.mfaDevice.count({ where: { accountId, userId: null, enabledAt: { not: null } } }),
    db.passwordPolicy.findUnique({ where: { accountId }, select: { maxPasswordAge: true } }),
    db.signingCertificate.findMany({ where: { accountId, userId: null }, orderBy: CERT_ORDER, select: { status: true, uploadedAt: true } }),
  ]);
  const root = {
    user: "<root_account>",
    arn: `arn:aws:iam::${accountId}:root`,
    user_creation_time: time(account.createdAt),
    password_enabled: "not_supported",
    // The sandbox does not record the root user's sign-ins.
    password_last_used: "no_information",
    password_last_changed: "not_supported",
    password_next_rotation: "not_supported",
    mfa_active: flag(rootDevices > 0),
    ...keyColumns(1, rootKeys[0]),
    ...keyColumns(2, rootKeys[1]),
    ...certColumns(rootCerts),
  } as Row;
  const maxAgeDays = policy?.maxPasswordAge ?? 0;
  const rows = users.map((u) => {
    const hasPassword = u.passwordHash !== null;
    // Set with the user, or when a login profile or ChangePassword last set it.
    const changed = u.passwordHistory[0]?.createdAt ?? u.createdAt;
    return {
      user: u.name,
      arn: u.arn,
      user_creation_time: time(u.createdAt),
      password_enabled: flag(hasPassword),
      password_last_used: !hasPassword ? NA : u.passwordLastUsed ? time(u.passwordLastUsed) : "no_information",
      password_last_changed: hasPassword ? time(changed) : NA,
      password_next_rotation: hasPassword && maxAgeDays > 0 ? time(new Date(changed.getTime() + maxAgeDays * 86_400_000)) : NA,
      mfa_active: flag(u.mfaDevices.length > 0),
      ...keyColumns(1, u.accessKeys[0]),
      ...keyColumns(2, u.accessKeys[1]),
      ...certColumns(u.signingCertificates),
    } as Row;
  });
  return [CREDENTIAL_REPORT_COLUMNS.join(","), csvLine(root), ...rows.map(csvLine)].join("\n");
}

export async function generateCredentialReport(caller: Caller, now = serverNow()): Promise<{ State: string; Description?: string }> {
  await authorize(caller, "iam:GenerateCredentialReport", "*");
  const current = await db.credentialReport.findUnique({ where: { accountId: caller.accountId }, select: { generatedAt: true } });
  if (current && now.getTime() - current.generatedAt.getTime() < REPORT_LIFETIME_MS) return { State: "COMPLETE" };
  const content = await buildCredentialReport(caller.accountId);
  await db.credentialReport.upsert({
    where: { accountId: caller.accountId },
    create: { accountId: caller.accountId, content, generatedAt: now },
    update: { content, generatedAt: now },
  });
  return { State: "STARTED", Description: "No report exists. Starting a new report generation task" };
}

export async function getCredentialReport(caller: Caller, now = serverNow()): Promise<{ Content: string; ReportFormat: string; GeneratedTime: Date }> {
  await authorize(caller, "iam:GetCredentialReport", "*");
  const report = await db.credentialReport.findUnique({ where: { accountId: caller.accountId } });
  // [INF] messages: AWS documents the codes and statuses, not the texts.
  if (!report) throw new AwsError("ReportNotPresent", "Credential report not present. To generate a credential report, use GenerateCredentialReport.");
  if (now.getTime() - report.generatedAt.getTime() >= REPORT_LIFETIME_MS) {
    throw new AwsError("ReportExpired", "The most recent credential report has expired. To generate a new credential report, use GenerateCredentialReport.");
  }
  return { Content: Buffer.from(report.content, "utf8").toString("base64"), ReportFormat: "text/csv", GeneratedTime: report.generatedAt };
}
