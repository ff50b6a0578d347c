// Console JSON shapes for the IAM Roles Anywhere pages: the server's shapes (lib/rolesanywhere, the
// API model's TrustAnchorDetail, ProfileDetail, SubjectSummary, SubjectDetail) as JSON delivers
// them, plus what the console adds (a trust anchor's certificate details, a role's trust check).
import type { CertificateDetails as CertificateDetailsShape } from "@/lib/x509/certificate-details";
import type { Wire } from "@/lib/api/wire";
import type { RolesAnywhereTrust } from "@/lib/iam/console/roles-anywhere-trust";
import type { CrlDetail, CredentialSummary as CredentialShape, ProfileDetail, SubjectDetail, SubjectSummary as SubjectSummaryShape, TrustAnchorDetail } from "@/lib/rolesanywhere";

export type TrustAnchor = Wire<TrustAnchorDetail>;
export type CertificateDetails = Wire<CertificateDetailsShape>;

export interface TrustAnchorPage extends TrustAnchor {
  certificates: CertificateDetails[];
  /** Whether the sandbox generated this CA and keeps its key (npm run sandbox:rolesanywhere mints from it). */
  generated: boolean;
}

export type Profile = Wire<ProfileDetail>;
export type Crl = Wire<CrlDetail>;
export type SubjectSummary = Wire<SubjectSummaryShape>;
export type CredentialSummary = Wire<CredentialShape>;
export type Subject = Wire<SubjectDetail>;

export interface Tag {
  Key: string;
  Value: string;
}

/** A role the profile form offers, with whether its trust policy lets Roles Anywhere assume it. */
export interface RoleChoice extends RolesAnywhereTrust {
  RoleName: string;
  Arn: string;
}

export const SOURCE_LABEL: Record<string, string> = {
  CERTIFICATE_BUNDLE: "External certificate bundle",
  AWS_ACM_PCA: "AWS Private CA",
  SELF_SIGNED_REPOSITORY: "Self-signed repository",
};

/** The PEM of a CERTIFICATE_BUNDLE source, or the CA ARN of an AWS Private CA one. */
export function sourceDataOf(t: TrustAnchor): { pem?: string; acmPcaArn?: string } {
  const d = t.source.sourceData;
  return "x509CertificateData" in d ? { pem: d.x509CertificateData } : { acmPcaArn: d.acmPcaArn };
}

export const trustAnchorHref = (id: string) => `/rolesanywhere/trust-anchors/${encodeURIComponent(id)}`;
export const profileHref = (id: string) => `/rolesanywhere/profiles/${encodeURIComponent(id)}`;
export const subjectHref = (id: string) => `/rolesanywhere/subjects/${encodeURIComponent(id)}`;
