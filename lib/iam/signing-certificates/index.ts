// X.509 signing certificates: UploadSigningCertificate, ListSigningCertificates,
// UpdateSigningCertificate (Active/Inactive) and DeleteSigningCertificate. Each acts on the named user,
// else on the calling user, else (a root caller) on the account root's own certificates, and is
// authorized on that identity's ARN before anything is looked up. Two certificates per identity; one
// certificate (by its DER) belongs to one identity of the account.
// AWS: https://docs.aws.amazon.com/IAM/latest/APIReference/API_UploadSigningCertificate.html
import { lockQuota } from "@/lib/data/quota-lock";
import { db } from "@/lib/db";
import { authorize } from "@/lib/authz/authorize";
import type { Caller } from "@/lib/authz/caller";
import { AwsError, validationError } from "@/lib/errors";
import { newCertificateId } from "@/lib/ids";
import { parseCertificate } from "@/lib/x509/pem";
import { pageOf, pageRequest, type PageInput } from "../pagination";
import { uniqueOr } from "../roles/unique";
import { authorizedUser } from "@/lib/iam/users/crud";

/** AWS's fixed quota (GetAccountSummary's SigningCertificatesPerUserQuota). */
export const SIGNING_CERTIFICATES_PER_USER = 2;

export type CertificateStatus = "Active" | "Inactive";

export interface SigningCertificateShape {
  UserName: string;
  CertificateId: string;
  CertificateBody: string;
  Status: CertificateStatus;
  UploadDate: Date;
}

/** The identity a call acts on: a user, or the account root (`id: null`). */
interface Owner {
  id: string | null;
  name: string;
}

/**
 * The named user, else the calling user, else the root user for a root caller, once `action` on it
 * is allowed; other callers (role sessions) must name a user.
 */
export async function certificateOwner(caller: Caller, action: string, userName: string | undefined): Promise<Owner> {
  const name = userName ?? caller.userName;
  if (name) return authorizedUser(caller, action, name);
  if (caller.kind !== "root") throw new AwsError("ValidationError", "Must specify userName when calling with non-User credentials");
  await authorize(caller, action, caller.arn);
  // [INF] the name AWS reports for the root user's certificates: the account id.
  return { id: null, name: caller.accountId };
}

const ownedBy = (caller: Caller, owner: Owner) => ({ accountId: caller.accountId, userId: owner.id });

// The message AWS answers (verified against AWS by moto's test_update_unknown_certificate).
const noSuchCertificate = (id: string) => new AwsError("NoSuchEntity", `The Certificate with id ${id} cannot be found.`);
// [INF] wording; the model documents the case ("the same certificate is associated with an IAM user in the account").
const duplicate = () => new AwsError("DuplicateCertificate", "The certificate is already associated with an IAM user or the root user of this account.");

type Row = { id: string; body: string; status: string; uploadedAt: Date };
const toShape = (owner: Owner, c: Row): SigningCertificateShape => ({
  UserName: owner.name,
  CertificateId: c.id,
  CertificateBody: c.body,
  Status: c.status === "Inactive" ? "Inactive" : "Active",
  UploadDate: c.uploadedAt,
});

export async function uploadSigningCertificate(caller: Caller, input: { userName?: string; body: string }): Promise<{ Certificate: SigningCertificateShape }> {
  const owner = await certificateOwner(caller, "iam:UploadSigningCertificate", input.userName);
  const { fingerprint } = parseCertificate(input.body);
  const row = await uniqueOr(
    db.$transaction(async (tx) => {
      await lockQuota(tx, `signing-certificates:${caller.accountId}:${owner.id ?? "root"}`);
      if (await tx.signingCertificate.findUnique({ where: { accountId_fingerprint: { accountId: caller.accountId, fingerprint } }, select: { id: true } })) throw duplicate();
      if ((await tx.signingCertificate.count({ where: ownedBy(caller, owner) })) >= SIGNING_CERTIFICATES_PER_USER) {
        // AWS's text, quota name included (moto's AWS-verified test_create_too_many_certificates).
        throw new AwsError("LimitExceeded", `Cannot exceed quota for CertificatesPerUser: ${SIGNING_CERTIFICATES_PER_USER}`);
      }
      return tx.signingCertificate.create({ data: { id: newCertificateId(), ...ownedBy(caller, owner), body: input.body, fingerprint } });
    }),
    duplicate,
  );
  return { Certificate: toShape(owner, row) };
}

/** Oldest first; the marker is the last certificate's upload time and id (ids are random). */
export async function listSigningCertificates(
  caller: Caller,
  input: PageInput & { userName?: string } = {},
): Promise<{ Certificates: SigningCertificateShape[]; IsTruncated: boolean; Marker?: string }> {
  const paging = pageRequest(input);
  const owner = await certificateOwner(caller, "iam:ListSigningCertificates", input.userName);
  const rows = await db.signingCertificate.findMany({ where: ownedBy(caller, owner) });
  const { items, ...rest } = pageOf(rows, (c) => `${c.uploadedAt.toISOString()} ${c.id}`, paging);
  return { Certificates: items.map((c) => toShape(owner, c)), ...rest };
}

export async function updateSigningCertificate(caller: Caller, input: { userName?: string; certificateId: string; status: string }): Promise<void> {
  if (input.status !== "Active" && input.status !== "Inactive") {
    throw validationError("status", input.status, "Member must satisfy enum value set: [Active, Inactive]");
  }
  const owner = await certificateOwner(caller, "iam:UpdateSigningCertificate", input.userName);
  // Another identity's certificate reads as missing, so ids can't be probed across users.
  const done = await db.signingCertificate.updateMany({ where: { id: input.certificateId, ...ownedBy(caller, owner) }, data: { status: input.status } });
  if (done.count === 0) throw noSuchCertificate(input.certificateId);
}

export async function deleteSigningCertificate(caller: Caller, input: { userName?: string; certificateId: string }): Promise<void> {
  const owner = await certificateOwner(caller, "iam:DeleteSigningCertificate", input.userName);
  const done = await db.signingCertificate.deleteMany({ where: { id: input.certificateId, ...ownedBy(caller, owner) } });
  if (done.count === 0) throw noSuchCertificate(input.certificateId);
}
