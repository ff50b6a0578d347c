// What CreateSession reads from the workload's certificate: whether it chains to the trust anchor's
// CA (through the intermediates the request carries), each link valid now; and the attributes that
// become the session's principal tags and source identity — x509Subject/<attr>, x509Issuer/<attr>,
// x509SAN/DNS|URI|Name — as the default attribute mapping of Roles Anywhere extracts them.
// AWS: https://docs.aws.amazon.com/rolesanywhere/latest/userguide/trust-model.html
// AWS: https://docs.aws.amazon.com/rolesanywhere/latest/userguide/workload-identities.html
import type { X509Certificate } from "node:crypto";

function validAt(cert: X509Certificate, now: Date): boolean {
  return new Date(cert.validFrom).getTime() <= now.getTime() && now.getTime() <= new Date(cert.validTo).getTime();
}

function issuedBy(child: X509Certificate, parent: X509Certificate): boolean {
  try {
    return child.checkIssued(parent) && child.verify(parent.publicKey);
  } catch {
    return false;
  }
}

/**
 * Whether `leaf` chains to one of `anchors` through `intermediates` (each a CA, each valid at `now`).
 * The leaf must be an end-entity certificate (not a CA) valid at `now`.
 */
export function chainsToAnchor(leaf: X509Certificate, intermediates: X509Certificate[], anchors: X509Certificate[], now: Date): boolean {
  if (leaf.ca || !validAt(leaf, now)) return false;
  const pool = intermediates.filter((c) => c.ca && validAt(c, now));
  const trusted = anchors.filter((c) => validAt(c, now));
  let current = leaf;
  const used = new Set<X509Certificate>();
  // A chain is at most as long as the intermediates given (plus the anchor).
  for (let depth = 0; depth <= pool.length; depth++) {
    if (trusted.some((a) => issuedBy(current, a))) return true;
    const next = pool.find((c) => !used.has(c) && issuedBy(current, c));
    if (!next) return false;
    used.add(next);
    current = next;
  }
  return false;
}

/** Node's multi-line DN ("CN=app\nO=Example") as attribute/value pairs, in order. */
function dnPairs(dn: string): Array<[string, string]> {
  return dn
    .split("\n")
    .map((line) => line.trim())
    .filter(Boolean)
    .map((line) => {
      const eq = line.indexOf("=");
      return [line.slice(0, eq), line.slice(eq + 1)] as [string, string];
    });
}

/** A DN as one string ("CN=app,O=Example"): the subject's x509Subject and the credentials' issuer. */
export function dnString(dn: string): string {
  return dnPairs(dn)
    .map(([k, v]) => `${k}=${v}`)
    .join(",");
}

export type CertificateField = "x509Subject" | "x509Issuer" | "x509SAN";
export const CERTIFICATE_FIELDS: CertificateField[] = ["x509Subject", "x509Issuer", "x509SAN"];

export interface AttributeMapping {
  certificateField: CertificateField;
  mappingRules: { specifier: string }[];
}

/** The RDNs a subject or issuer "*" maps [INF: the attributes AWS's guide names]. */
export const DN_SPECIFIERS = ["CN", "C", "ST", "L", "O", "OU", "UID", "DC"];
export const SAN_SPECIFIERS = ["DNS", "URI", "Name"];

/**
 * Roles Anywhere's default mapping [DOC: every supported RDN of the subject and of the issuer ("*"),
 * and the first DNS name, directory name and URI of the SAN].
 * AWS: https://docs.aws.amazon.com/rolesanywhere/latest/userguide/attribute-mapping.html
 */
export const DEFAULT_ATTRIBUTE_MAPPINGS: AttributeMapping[] = [
  { certificateField: "x509Subject", mappingRules: [{ specifier: "*" }] },
  { certificateField: "x509Issuer", mappingRules: [{ specifier: "*" }] },
  { certificateField: "x509SAN", mappingRules: SAN_SPECIFIERS.map((specifier) => ({ specifier })) },
];

/** The specifiers a mapping applies to a field ("*" standing for all of them); none when the field is unmapped. */
function mapped(mappings: AttributeMapping[], field: CertificateField, all: string[]): Set<string> {
  const rules = mappings.find((m) => m.certificateField === field)?.mappingRules ?? [];
  return new Set(rules.some((r) => r.specifier === "*") ? all : rules.map((r) => r.specifier));
}
/** Node's subjectAltName prefixes → the mapping's SAN specifiers. */
const SAN_TYPES: Record<string, string> = { DNS: "DNS", URI: "URI", DirName: "Name" };

export interface SessionTag {
  Key: string;
  Value: string;
}

/** Session tags stay within STS's value limit and character set [INF: AWS truncates to 256]. */
function tagValue(v: string): string {
  return v.replace(/[^\p{L}\p{Z}\p{N}_.:/=+\-@]/gu, "_").slice(0, 256);
}

/**
 * The principal tags of a session from this certificate under the profile's attribute mappings: the
 * first value of each mapped attribute of the subject and issuer, and the first mapped SAN of each type.
 */
export function certificateTags(cert: X509Certificate, mappings: AttributeMapping[] = DEFAULT_ATTRIBUTE_MAPPINGS): SessionTag[] {
  const subject = mapped(mappings, "x509Subject", DN_SPECIFIERS);
  const issuer = mapped(mappings, "x509Issuer", DN_SPECIFIERS);
  const san = mapped(mappings, "x509SAN", SAN_SPECIFIERS);
  const tags: SessionTag[] = [];
  const seen = new Set<string>();
  const add = (key: string, value: string) => {
    if (seen.has(key) || value === "") return;
    seen.add(key);
    tags.push({ Key: key, Value: tagValue(value) });
  };
  for (const [k, v] of dnPairs(cert.subject)) if (subject.has(k)) add(`x509Subject/${k}`, v);
  for (const [k, v] of dnPairs(cert.issuer)) if (issuer.has(k)) add(`x509Issuer/${k}`, v);
  for (const entry of (cert.subjectAltName ?? "").split(/,\s*/)) {
    const colon = entry.indexOf(":");
    const type = SAN_TYPES[entry.slice(0, colon)];
    if (type && san.has(type)) add(`x509SAN/${type}`, entry.slice(colon + 1));
  }
  return tags;
}

/** The subject's CN: the session's source identity [DOC]. */
export function subjectCommonName(cert: X509Certificate): string | undefined {
  return dnPairs(cert.subject).find(([k]) => k === "CN")?.[1];
}

/** The session name AWS gives: the certificate serial, hex-encoded (lowercase [INF]). */
export function serialSessionName(cert: X509Certificate): string {
  return cert.serialNumber.toLowerCase();
}
