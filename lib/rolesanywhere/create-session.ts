// CreateSession after the signature has been verified: the certificate must chain to the enabled trust
// anchor's CA; the profile must be enabled and list the role; the role's trust policy must allow the
// Roles Anywhere service principal sts:AssumeRole, sts:TagSession and sts:SetSourceIdentity with the
// certificate's attributes as principal tags (through the one door's evaluator); then an assumed-role
// session is issued: named for the certificate serial (or roleSessionName when the profile accepts
// one), source identity the subject CN, bounded by the profile's session policy and managed policies,
// for the profile's duration capped by the role's maximum and the certificate's remaining validity.
// A certificate an enabled CRL of the trust anchor lists is refused (AccessDenied) once it chained.
// Subject activity is recorded for every attempt whose certificate chained to the anchor.
// AWS: https://docs.aws.amazon.com/rolesanywhere/latest/userguide/authentication-create-session.html
// AWS: https://docs.aws.amazon.com/rolesanywhere/latest/userguide/trust-model.html
import type { X509Certificate } from "node:crypto";
import { deniedByRule } from "@/lib/authz/access-denied";
import { anonymousContext } from "@/lib/authz/context";
import { decideRequest } from "@/lib/authz/decide";
import { cachedRoleWithTags } from "@/lib/data/roles";
import { db } from "@/lib/db";
import { jsonList } from "@/lib/sts/credentials";
import { createContext, type ContextValue, type EvaluationRequest } from "@/lib/policy";
import { issueRoleSession } from "@/lib/sts/role-session";
import { packedPolicySize } from "@/lib/sts/session-inputs";
import { compiledTrustPolicy } from "@/lib/sts/trust";
import { parseBundle } from "./ca";
import { certificateTags, chainsToAnchor, dnString, serialSessionName, subjectCommonName } from "./certificates";
import { invalid, validation } from "./common";
import { revokedByAnchorCrl } from "./crls";
import { mappingsOf } from "./attribute-mappings";
import { recordSubjectActivity } from "./subjects";

export const SERVICE_PRINCIPAL = "rolesanywhere.amazonaws.com";
const TRUST_ACTIONS = ["sts:AssumeRole", "sts:TagSession", "sts:SetSourceIdentity"];

export interface CreateSessionInput {
  certificate: X509Certificate;
  chain: X509Certificate[];
  profileArn?: string;
  roleArn?: string;
  trustAnchorArn?: string;
  durationSeconds?: number;
  roleSessionName?: string;
  sourceIp?: string;
  userAgent?: string;
  region?: string;
  now: Date;
}

export interface CredentialSetMember {
  assumedRoleUser: { arn: string; assumedRoleId: string };
  credentials: { accessKeyId: string; expiration: string; secretAccessKey: string; sessionToken: string };
  packedPolicySize: number;
  roleArn: string;
  sourceIdentity?: string;
}

export interface CreateSessionOutput {
  credentialSet: CredentialSetMember[];
  subjectArn: string;
}

/** Whose log an attempt belongs in, as far as it got (the anchor's account once the ARN parsed). */
export interface SessionAttempt {
  accountId?: string;
  subjectArn?: string;
}

// AWS's sentences [OBS]: a certificate that does not chain, a trust that does not allow, a name not allowed.
const untrusted = () => deniedByRule("Untrusted signing certificate");
const unableToAssume = (roleArn: string) => deniedByRule(`Unable to assume role for ${roleArn}`);
// [INF] AWS documents that it "validates against the CRL before issuing credentials", not its sentence.
const revoked = () => deniedByRule("Certificate revoked");

const TRUST_ANCHOR_ARN = /^arn:aws:rolesanywhere:[a-z0-9-]+:(\d{12}):trust-anchor\/([a-f0-9-]{36})$/;
const SESSION_NAME = /^[\w+=,.@-]{2,64}$/;

function checkInput(input: CreateSessionInput): { profileArn: string; roleArn: string; trustAnchorArn: string } {
  for (const member of ["profileArn", "roleArn", "trustAnchorArn"] as const) {
    if (!input[member]) throw invalid(member, "null", "Member must not be null");
  }
  const d = input.durationSeconds;
  if (d !== undefined && (!Number.isInteger(d) || d < 900)) throw invalid("durationSeconds", String(d), "Member must have value greater than or equal to 900");
  if (d !== undefined && d > 43200) throw invalid("durationSeconds", String(d), "Member must have value less than or equal to 43200");
  if (input.roleSessionName !== undefined && !SESSION_NAME.test(input.roleSessionName)) {
    throw invalid("roleSessionName", input.roleSessionName, "Member must satisfy regular expression pattern: [\\w+=,.@-]{2,64}");
  }
  return { profileArn: input.profileArn!, roleArn: input.roleArn!, trustAnchorArn: input.trustAnchorArn! };
}

/** The trust decision for the Roles Anywhere service principal: the trust policy is the only policy that can allow. */
function trustRequest(
  role: NonNullable<Awaited<ReturnType<typeof cachedRoleWithTags>>>,
  input: CreateSessionInput,
  extra: Record<string, ContextValue | undefined>,
): EvaluationRequest | null {
  const trust = compiledTrustPolicy(role);
  if (!trust) return null;
  const context = anonymousContext({ kind: "anonymous", federatedProvider: SERVICE_PRINCIPAL, sourceIp: input.sourceIp, userAgent: input.userAgent, region: input.region }, input.now, {
    "aws:PrincipalIsAWSService": "true",
    "aws:PrincipalServiceName": SERVICE_PRINCIPAL,
    "aws:ResourceAccount": role.accountId,
    ...Object.fromEntries(role.tags.map((t) => [`aws:ResourceTag/${t.key}`, t.value])),
    ...extra,
  });
  return {
    principal: { kind: "service", arn: SERVICE_PRINCIPAL, accountId: "", service: SERVICE_PRINCIPAL },
    action: TRUST_ACTIONS[0],
    resource: role.arn,
    resourceAccountId: role.accountId,
    context: createContext(context),
    identityPolicies: [],
    resourcePolicy: trust,
  };
}


/** The session's expiration in the form the API answers (ISO 8601, whole seconds). */
const isoSeconds = (d: Date) => d.toISOString().replace(/\.\d{3}Z$/, "Z");

export async function createSession(input: CreateSessionInput, attempt: SessionAttempt = {}): Promise<CreateSessionOutput> {
  const { profileArn, roleArn, trustAnchorArn } = checkInput(input);
  const m = TRUST_ANCHOR_ARN.exec(trustAnchorArn);
  if (!m) throw validation(`Invalid trustAnchorArn: ${trustAnchorArn}`);
  const accountId = m[1];
  attempt.accountId = accountId;
  const anchor = await db.raTrustAnchor.findFirst({ where: { arn: trustAnchorArn, accountId } });
  if (!anchor || !anchor.enabled || anchor.sourceType !== "CERTIFICATE_BUNDLE") throw untrusted();
  const anchorCerts = parseBundle(anchor.sourceData);
  if (!chainsToAnchor(input.certificate, input.chain, anchorCerts, input.now)) throw untrusted();

  // From here the workload is known: every outcome is its subject's activity.
  const cert = input.certificate;
  const activity = {
    accountId,
    x509Subject: dnString(cert.subject),
    issuer: dnString(cert.issuer),
    serialNumber: cert.serialNumber.toLowerCase(),
    certificatePem: cert.toString(),
  };
  let out: Omit<CreateSessionOutput, "subjectArn"> | undefined;
  try {
    // An enabled CRL of the anchor that lists the certificate (signed by its issuer) refuses it.
    if (await revokedByAnchorCrl(anchor.arn, cert, [...anchorCerts, ...input.chain])) throw revoked();
    out = await issueFor(input, { accountId, profileArn, roleArn, trustAnchorArn });
  } finally {
    attempt.subjectArn = await recordSubjectActivity({ ...activity, failed: out === undefined, at: input.now });
  }
  return { credentialSet: out.credentialSet, subjectArn: attempt.subjectArn };
}

async function issueFor(
  input: CreateSessionInput,
  arns: { accountId: string; profileArn: string; roleArn: string; trustAnchorArn: string },
): Promise<Omit<CreateSessionOutput, "subjectArn">> {
  const profile = await db.raProfile.findFirst({ where: { arn: arns.profileArn, accountId: arns.accountId } });
  // [INF] AWS's sentence for a profile that is disabled or not in the anchor's account.
  if (!profile || !profile.enabled) throw deniedByRule("Profile is disabled or does not exist.");
  if (!jsonList<string>(profile.roleArns).includes(arns.roleArn)) throw unableToAssume(arns.roleArn);
  if (input.roleSessionName !== undefined && !profile.acceptRoleSessionName) throw deniedByRule("Not authorized to set roleSessionName.");

  const role = await cachedRoleWithTags(arns.roleArn);
  if (!role) throw unableToAssume(arns.roleArn);
  const cert = input.certificate;
  const tags = certificateTags(cert, mappingsOf(profile.attributeMappings));
  const sourceIdentity = subjectCommonName(cert);
  const context: Record<string, ContextValue | undefined> = {
    "aws:SourceArn": arns.trustAnchorArn,
    "aws:SourceAccount": arns.accountId,
    "aws:TagKeys": tags.map((t) => t.Key),
    "sts:SourceIdentity": sourceIdentity,
  };
  // The certificate's attributes are both the request's tags and, for the trust policy's conditions,
  // the principal's (AWS's examples condition the trust on aws:PrincipalTag/x509Subject/CN).
  for (const t of tags) {
    context[`aws:PrincipalTag/${t.Key}`] = t.Value;
    context[`aws:RequestTag/${t.Key}`] = t.Value;
  }
  const request = trustRequest(role, input, context);
  if (!request || !decideRequest(request, TRUST_ACTIONS).allowed) throw unableToAssume(arns.roleArn);

  const requested = input.durationSeconds ?? profile.durationSeconds;
  const certSecondsLeft = Math.floor((new Date(cert.validTo).getTime() - input.now.getTime()) / 1000);
  const durationSeconds = Math.max(1, Math.min(requested, profile.durationSeconds, role.maxSessionDuration, certSecondsLeft));
  const sessionName = input.roleSessionName ?? serialSessionName(cert);
  const policyArns = jsonList<string>(profile.managedPolicyArns);
  // The share of STS's packed budget the profile's policies and the certificate's tags take [INF].
  const packed = packedPolicySize({ policy: profile.sessionPolicy ?? undefined, policyArns, tags, passedAnything: true }) ?? 0;
  const session = await issueRoleSession(role, {
    sessionName,
    durationSeconds,
    sourceIdentity,
    tags,
    sessionPolicy: profile.sessionPolicy ?? undefined,
    sessionPolicyArns: policyArns,
    region: input.region,
    now: input.now,
  });
  const c = session.Credentials;
  return {
    credentialSet: [
      {
        assumedRoleUser: { arn: session.AssumedRoleUser.Arn, assumedRoleId: session.AssumedRoleUser.AssumedRoleId },
        credentials: { accessKeyId: c.AccessKeyId, expiration: isoSeconds(c.Expiration), secretAccessKey: c.SecretAccessKey, sessionToken: c.SessionToken },
        packedPolicySize: packed,
        roleArn: role.arn,
        ...(sourceIdentity ? { sourceIdentity } : {}),
      },
    ],
  };
}

