// Reading a verified SAML assertion for AssumeRoleWithSAML, as AWS documents the claims
// (https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_providers_create_saml_assertions.html):
// Issuer, NameID, the one bearer SubjectConfirmation (Recipient = the AWS sign-in endpoint), the
// audience, the validity window, and the https://aws.amazon.com/SAML/Attributes/* attributes —
// Role pairs, RoleSessionName, SessionDuration, SourceIdentity, PrincipalTag:*, TransitiveTagKeys —
// and the trust-policy context keys they map to (SAML:aud, SAML:sub, SAML:namequalifier…).
import { createHash } from "node:crypto";
import { AwsError } from "@/lib/errors";
import type { ContextValue } from "@/lib/policy";
import type { SessionTag } from "./credentials";
import { SAML_NS } from "./saml-assertion";
import { ATTR } from "./saml-idp";

// https://docs.aws.amazon.com/IAM/latest/UserGuide/troubleshoot_saml.html and the real answers quoted
// there and in public issues (dbeaver/cloudbeaver#3112, MicrosoftDocs/azure-docs#45025, Nike-Inc/gimme-aws-creds#251).
export const WRONG_ISSUER = "Issuer not present in specified provider";
export const NO_SESSION_NAME = "RoleSessionName is required in AuthnResponse";
export const BAD_SESSION_NAME = "RoleSessionName in AuthnResponse must match [a-zA-Z_0-9+=,.@-]{2,64}";
export const TOO_OLD = "Token must be redeemed within 5 minutes of issuance";
// [INF] The following are not quoted anywhere public; the code (InvalidIdentityToken) is AWS's.
export const WRONG_AUDIENCE = "Invalid SAML response: the assertion's audience restriction must include https://signin.aws.amazon.com/saml.";
export const WRONG_RECIPIENT =
  "Invalid SAML response: exactly one bearer SubjectConfirmation is required, with a NotOnOrAfter and a Recipient naming the AWS sign-in endpoint.";
export const NO_SUBJECT = "Invalid SAML response: the assertion's Subject must carry a NameID.";
export const NOT_YET_VALID = "Invalid SAML response: the assertion is not yet valid (NotBefore).";
export const BAD_SESSION_DURATION = "SessionDuration in AuthnResponse must be a whole number of seconds from 900 to 43200";
export const BAD_SOURCE_IDENTITY = "SourceIdentity in AuthnResponse must match [a-zA-Z_0-9+=,.@-]{2,64}";
export const BAD_TAG = "Invalid SAML response: each PrincipalTag attribute must have exactly one value of at most 256 characters, under a key of at most 128.";

/** [INF] How far an IdP's clock may run ahead of ours (NotBefore, IssueInstant); AWS does not publish its value. */
export const CLOCK_SKEW_MS = 5 * 60 * 1000;
/** AWS redeems an assertion within five minutes of its IssueInstant (TOO_OLD). */
export const REDEEM_WITHIN_MS = 5 * 60 * 1000;

const AWS_ENDPOINT = /^https:\/\/([a-z0-9-]+\.)?signin\.aws\.amazon\.com\/(static\/)?saml(\/acs\/[A-Za-z0-9-]+)?$/;
const AUDIENCES = /^(https:\/\/([a-z0-9-]+\.)?signin\.aws\.amazon\.com\/saml|urn:amazon:webservices)$/;
const NAME_PATTERN = /^[\w+=,.@-]{2,64}$/;
const NAMEID_PREFIX = "urn:oasis:names:tc:SAML:2.0:nameid-format:";

const invalid = (message: string) => new AwsError("InvalidIdentityToken", message);

export interface SamlClaims {
  issuer: string;
  subject: string;
  /** The NameID Format with urn:oasis:names:tc:SAML:2.0:nameid-format: removed (persistent, transient…). */
  subjectType: string;
  recipient: string;
  issueInstant: Date;
  notBefore?: Date;
  notOnOrAfter: Date;
  sessionNotOnOrAfter?: Date;
  attributes: Map<string, string[]>;
}

const kids = (el: Element, name: string): Element[] =>
  Array.from(el.childNodes as unknown as ArrayLike<Node>).filter(
    (n): n is Element => n.nodeType === 1 && (n as Element).namespaceURI === SAML_NS && (n as Element).localName === name,
  );
const text = (el: Element | undefined) => (el?.textContent ?? "").trim();

function date(value: string | null): Date | undefined {
  if (!value) return undefined;
  const d = new Date(value);
  return Number.isNaN(d.getTime()) ? undefined : d;
}

/** The claims of the (already verified) assertion, with AWS's structural requirements. */
export function readClaims(assertion: Element): SamlClaims {
  const issuer = text(kids(assertion, "Issuer")[0]);
  const subjectEl = kids(assertion, "Subject")[0];
  const nameId = subjectEl ? kids(subjectEl, "NameID")[0] : undefined;
  if (!subjectEl || !nameId || !text(nameId)) throw invalid(NO_SUBJECT);
  const confirmations = kids(subjectEl, "SubjectConfirmation");
  const data = confirmations.length === 1 ? kids(confirmations[0], "SubjectConfirmationData") : [];
  const recipient = data[0]?.getAttribute("Recipient") ?? "";
  const confirmationEnd = date(data[0]?.getAttribute("NotOnOrAfter") ?? null);
  if (data.length !== 1 || !AWS_ENDPOINT.test(recipient) || !confirmationEnd) throw invalid(WRONG_RECIPIENT);

  const conditions = kids(assertion, "Conditions")[0];
  const audiences = conditions ? kids(conditions, "AudienceRestriction").flatMap((r) => kids(r, "Audience").map(text)) : [];
  if (!audiences.some((a) => AUDIENCES.test(a))) throw invalid(WRONG_AUDIENCE);
  const conditionsEnd = date(conditions?.getAttribute("NotOnOrAfter") ?? null);
  const notOnOrAfter = conditionsEnd && conditionsEnd < confirmationEnd ? conditionsEnd : confirmationEnd;

  const attributes = new Map<string, string[]>();
  for (const statement of kids(assertion, "AttributeStatement")) {
    for (const attr of kids(statement, "Attribute")) {
      const name = attr.getAttribute("Name") ?? "";
      attributes.set(name, [...(attributes.get(name) ?? []), ...kids(attr, "AttributeValue").map(text)]);
    }
  }
  const format = nameId.getAttribute("Format") || `${NAMEID_PREFIX}unspecified`;
  const sessionEnds = kids(assertion, "AuthnStatement").map((s) => date(s.getAttribute("SessionNotOnOrAfter"))).filter((d): d is Date => !!d);
  return {
    issuer,
    subject: text(nameId),
    subjectType: format.startsWith(NAMEID_PREFIX) ? format.slice(NAMEID_PREFIX.length) : format,
    recipient,
    issueInstant: date(assertion.getAttribute("IssueInstant")) ?? new Date(0),
    notBefore: date(conditions?.getAttribute("NotBefore") ?? null),
    notOnOrAfter,
    sessionNotOnOrAfter: sessionEnds.length ? new Date(Math.min(...sessionEnds.map((d) => d.getTime()))) : undefined,
    attributes,
  };
}

const isoSeconds = (d: Date) => d.toISOString().replace(/\.\d{3}Z$/, "Z");

/** Expired assertions fail with STS's ExpiredTokenException; not-yet-valid ones are invalid. */
export function checkSamlTimes(claims: SamlClaims, now: Date): void {
  const t = now.getTime();
  if (claims.issueInstant.getTime() - CLOCK_SKEW_MS > t || (claims.notBefore && claims.notBefore.getTime() - CLOCK_SKEW_MS > t)) throw invalid(NOT_YET_VALID);
  if (t - claims.issueInstant.getTime() > REDEEM_WITHIN_MS) throw new AwsError("ExpiredTokenException", TOO_OLD);
  if (claims.notOnOrAfter.getTime() <= t) {
    // [INF] message: AWS's wording for a passed NotOnOrAfter is not public.
    throw new AwsError("ExpiredTokenException", `Token expired: current date/time ${isoSeconds(now)} must be before the expiration date/time ${isoSeconds(claims.notOnOrAfter)}`);
  }
}

const single = (claims: SamlClaims, name: string): string[] | undefined => claims.attributes.get(`${ATTR}${name}`);

/** Whether the Role attribute lists this role/provider pair (either order, as AWS accepts). */
export function hasRolePair(claims: SamlClaims, roleArn: string, providerArn: string): boolean {
  return (single(claims, "Role") ?? []).some((v) => {
    const parts = v.split(",").map((p) => p.trim());
    return parts.length === 2 && ((parts[0] === roleArn && parts[1] === providerArn) || (parts[0] === providerArn && parts[1] === roleArn));
  });
}

export function sessionName(claims: SamlClaims): string {
  const values = single(claims, "RoleSessionName");
  if (!values || values.length === 0) throw invalid(NO_SESSION_NAME);
  if (values.length !== 1 || !NAME_PATTERN.test(values[0])) throw invalid(BAD_SESSION_NAME);
  return values[0];
}

/** The SessionDuration attribute, checked; AWS applies it to console sessions (the API takes DurationSeconds). */
export function sessionDuration(claims: SamlClaims): number | undefined {
  const values = single(claims, "SessionDuration");
  if (!values) return undefined;
  const n = values.length === 1 && /^\d+$/.test(values[0]) ? Number(values[0]) : NaN;
  if (!(n >= 900 && n <= 43200)) throw invalid(BAD_SESSION_DURATION);
  return n;
}

export function sourceIdentity(claims: SamlClaims): string | undefined {
  const values = single(claims, "SourceIdentity");
  if (!values) return undefined;
  if (values.length !== 1 || !NAME_PATTERN.test(values[0]) || values[0].toLowerCase().startsWith("aws:")) throw invalid(BAD_SOURCE_IDENTITY);
  return values[0];
}

/** Session tags: one PrincipalTag:<key> attribute per tag, TransitiveTagKeys listing the keys that carry on. */
export function samlTags(claims: SamlClaims): { tags: SessionTag[]; transitive: string[] } {
  const tags: SessionTag[] = [];
  const prefix = `${ATTR}PrincipalTag:`;
  for (const [name, values] of claims.attributes) {
    if (!name.startsWith(prefix)) continue;
    const Key = name.slice(prefix.length);
    if (values.length !== 1 || Key.length < 1 || Key.length > 128 || values[0].length > 256) throw invalid(BAD_TAG);
    tags.push({ Key, Value: values[0] });
  }
  return { tags, transitive: single(claims, "TransitiveTagKeys") ?? [] };
}

/**
 * Attributes AWS maps to SAML:* context keys
 * (https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_providers_create_saml_assertions.html#saml-attribute-mapping,
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_iam-condition-keys.html#condition-keys-saml).
 */
const MAPPED: Record<string, string> = {
  "urn:oid:1.3.6.1.4.1.5923.1.1.1.1": "SAML:edupersonaffiliation",
  "urn:oid:1.3.6.1.4.1.5923.1.1.1.2": "SAML:edupersonnickname",
  "urn:oid:1.3.6.1.4.1.5923.1.1.1.3": "SAML:edupersonorgdn",
  "urn:oid:1.3.6.1.4.1.5923.1.1.1.4": "SAML:edupersonorgunitdn",
  "urn:oid:1.3.6.1.4.1.5923.1.1.1.5": "SAML:edupersonprimaryaffiliation",
  "urn:oid:1.3.6.1.4.1.5923.1.1.1.6": "SAML:edupersonprincipalname",
  "urn:oid:1.3.6.1.4.1.5923.1.1.1.7": "SAML:edupersonentitlement",
  "urn:oid:1.3.6.1.4.1.5923.1.1.1.8": "SAML:edupersonprimaryorgunitdn",
  "urn:oid:1.3.6.1.4.1.5923.1.1.1.9": "SAML:edupersonscopedaffiliation",
  "urn:oid:1.3.6.1.4.1.5923.1.1.1.10": "SAML:edupersontargetedid",
  "urn:oid:1.3.6.1.4.1.5923.1.1.1.11": "SAML:edupersonassurance",
  "urn:oid:1.3.6.1.4.1.5923.1.2.1.2": "SAML:eduorghomepageuri",
  "urn:oid:1.3.6.1.4.1.5923.1.2.1.3": "SAML:eduorgidentityauthnpolicyuri",
  "urn:oid:1.3.6.1.4.1.5923.1.2.1.4": "SAML:eduorglegalname",
  "urn:oid:1.3.6.1.4.1.5923.1.2.1.5": "SAML:eduorgsuperioruri",
  "urn:oid:1.3.6.1.4.1.5923.1.2.1.6": "SAML:eduorgwhitepagesuri",
  "urn:oid:2.5.4.3": "SAML:cn",
  // [INF] The standard LDAP OIDs of the other documented keys.
  "urn:oid:2.5.4.42": "SAML:givenName",
  "urn:oid:2.5.4.4": "SAML:surname",
  "urn:oid:0.9.2342.19200300.100.1.3": "SAML:mail",
  "urn:oid:0.9.2342.19200300.100.1.1": "SAML:uid",
  "urn:oid:2.5.4.45": "SAML:x500UniqueIdentifier",
};

/** SAML:namequalifier: BASE64(SHA1(Issuer + account ID + "/" + provider name)), as the STS API reference gives it. */
export function nameQualifier(issuer: string, accountId: string, providerName: string): string {
  return createHash("sha1").update(`${issuer}${accountId}/${providerName}`).digest("base64");
}

/** The SAML:* keys a trust policy tests, plus aws:FederatedProvider. */
export function samlContext(claims: SamlClaims, provider: { arn: string; accountId: string; name: string }): Record<string, ContextValue | undefined> {
  const context: Record<string, ContextValue | undefined> = {
    "aws:FederatedProvider": provider.arn,
    "SAML:aud": claims.recipient,
    "SAML:iss": claims.issuer,
    "SAML:sub": claims.subject,
    "SAML:sub_type": claims.subjectType,
    "SAML:namequalifier": nameQualifier(claims.issuer, provider.accountId, provider.name),
    "SAML:doc": `${provider.accountId}/${provider.name}`,
  };
  for (const [name, values] of claims.attributes) {
    const key = Object.hasOwn(MAPPED, name) ? MAPPED[name] : undefined;
    if (key && values.length > 0) context[key] = values.length === 1 ? values[0] : values;
  }
  return context;
}
