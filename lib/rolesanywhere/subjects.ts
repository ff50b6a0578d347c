// Subjects: the workload identities CreateSession has seen (ListSubjects, GetSubject), one per
// certificate subject DN, with the certificates each presented (issuer, serial, last seen, whether
// that attempt failed). CreateSession records them through recordSubjectActivity.
// AWS: https://docs.aws.amazon.com/rolesanywhere/latest/APIReference/API_SubjectDetail.html
import { db } from "@/lib/db";
import type { Caller } from "@/lib/authz/caller";
import type { RaSubject, RaSubjectCredential } from "@/generated/prisma/client";
import { newRaId, raArn, type ListInput } from "./common";
import { raResource, type RaList } from "./resource";

export interface SubjectSummary {
  subjectId: string;
  subjectArn: string;
  x509Subject: string;
  enabled: boolean;
  lastSeenAt: Date;
  createdAt: Date;
  updatedAt: Date;
}

export interface CredentialSummary {
  issuer: string;
  serialNumber: string;
  x509CertificateData: string;
  enabled: boolean;
  failed: boolean;
  seenAt: Date;
}

export interface SubjectDetail extends SubjectSummary {
  credentials: CredentialSummary[];
  /** Instance properties are not recorded here (the signing helper sends none by default). */
  instanceProperties: never[];
}

function toSummary(row: RaSubject): SubjectSummary {
  return { subjectId: row.id, subjectArn: row.arn, x509Subject: row.x509Subject, enabled: row.enabled, lastSeenAt: row.lastSeenAt, createdAt: row.createdAt, updatedAt: row.updatedAt };
}

function toCredential(c: RaSubjectCredential): CredentialSummary {
  return { issuer: c.issuer, serialNumber: c.serialNumber, x509CertificateData: c.x509CertificateData, enabled: c.enabled, failed: c.failed, seenAt: c.seenAt };
}

export type SubjectList = RaList<"subjects", SubjectSummary>;

const subjects = raResource({ model: () => db.raSubject, type: "subject", idField: "subjectId", listKey: "subjects", toDetail: toSummary });

export const listSubjects = (caller: Caller, input: ListInput = {}): Promise<SubjectList> => subjects.list(caller, "rolesanywhere:ListSubjects", input);

export async function getSubject(caller: Caller, subjectId: string): Promise<SubjectDetail> {
  const row = await subjects.authorized(caller, "rolesanywhere:GetSubject", subjectId);
  const credentials = await db.raSubjectCredential.findMany({ where: { subjectId: row.id }, orderBy: { seenAt: "desc" } });
  return { ...toSummary(row), credentials: credentials.map(toCredential), instanceProperties: [] };
}

export interface SubjectActivity {
  accountId: string;
  x509Subject: string;
  issuer: string;
  serialNumber: string;
  certificatePem: string;
  failed: boolean;
  at: Date;
}

/**
 * Records one CreateSession attempt by a certificate (no caller: the workload is not an IAM principal
 * yet). Returns the subject's ARN, which CreateSession answers as subjectArn.
 */
export async function recordSubjectActivity(a: SubjectActivity): Promise<string> {
  const upsertSubject = () =>
    db.raSubject.upsert({
      where: { accountId_x509Subject: { accountId: a.accountId, x509Subject: a.x509Subject } },
      create: (() => {
        const id = newRaId();
        return { id, accountId: a.accountId, arn: raArn(a.accountId, "subject", id), x509Subject: a.x509Subject, lastSeenAt: a.at, createdAt: a.at, updatedAt: a.at };
      })(),
      update: { lastSeenAt: a.at, updatedAt: a.at },
    });
  // Two first sessions of one subject at once: the loser of the insert race (a unique violation)
  // finds the winner's row on its second try; any other failure fails again and is thrown.
  const subject = await upsertSubject().catch(() => upsertSubject());
  await db.raSubjectCredential.upsert({
    where: { subjectId_issuer_serialNumber: { subjectId: subject.id, issuer: a.issuer, serialNumber: a.serialNumber } },
    create: { subjectId: subject.id, issuer: a.issuer, serialNumber: a.serialNumber, x509CertificateData: a.certificatePem, failed: a.failed, seenAt: a.at },
    update: { failed: a.failed, seenAt: a.at },
  });
  return subject.arn;
}
