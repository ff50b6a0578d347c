// Verifying a SAML 2.0 Response for AssumeRoleWithSAML: its XML signature against a certificate of
// the provider's stored metadata, and only then the one assertion it covers. Claims are read from
// the XML the signature actually digested (xml-crypto's getSignedReferences), never from the
// document as received, so an attacker who wraps a genuinely signed assertion beside forged content
// (XML signature wrapping) cannot get the forged content read. More than one assertion, an
// encrypted one, a DOCTYPE, or a signature referencing anything but its own parent are refused.
import { DOMParser } from "@xmldom/xmldom";
import { SignedXml } from "xml-crypto";
import { AwsError } from "@/lib/errors";

export const SAML_NS = "urn:oasis:names:tc:SAML:2.0:assertion";
const SAMLP_NS = "urn:oasis:names:tc:SAML:2.0:protocol";
const DS_NS = "http://www.w3.org/2000/09/xmldsig#";
const MD_NS = "urn:oasis:names:tc:SAML:2.0:metadata";

// https://docs.aws.amazon.com/IAM/latest/UserGuide/troubleshoot_saml.html ("Response signature invalid").
export const BAD_SIGNATURE = "Response signature invalid";
/** [INF] AWS's words for an undecodable SAMLAssertion are not documented. */
export const NOT_SAML = "Invalid SAML response: the SAMLAssertion must be a base64-encoded SAML 2.0 Response.";
export const MULTIPLE_ASSERTIONS = "Invalid SAML response: it must contain exactly one assertion.";
/** [INF] An IdP's failure response (a Status other than Success) carries no usable assertion. */
export const NOT_SUCCESS = "Invalid SAML response: the response status is not urn:oasis:names:tc:SAML:2.0:status:Success.";
const SUCCESS = "urn:oasis:names:tc:SAML:2.0:status:Success";

export interface SamlMetadata {
  entityId: string;
  /** PEM certificates of the IdP's signing keys (KeyDescriptor use="signing" or unspecified). */
  certificates: string[];
}

const invalid = (message: string) => new AwsError("InvalidIdentityToken", message);

/** A DOM for trusted-shape XML, or null: no DOCTYPE (entity tricks), no parse errors tolerated. */
export function parseXml(xml: string): Document | null {
  if (/<!DOCTYPE/i.test(xml)) return null;
  let failed = false;
  try {
    const doc = new DOMParser({
      errorHandler: (level: string) => {
        if (level !== "warning") failed = true;
      },
    }).parseFromString(xml, "text/xml");
    return failed || !doc?.documentElement ? null : (doc as unknown as Document);
  } catch {
    return null;
  }
}

const children = (el: Element, ns: string, name: string): Element[] =>
  Array.from(el.childNodes as unknown as ArrayLike<Node>).filter(
    (n): n is Element => n.nodeType === 1 && (n as Element).namespaceURI === ns && (n as Element).localName === name,
  );

const descendants = (root: Document | Element, ns: string, name: string): Element[] =>
  Array.from(root.getElementsByTagNameNS(ns, name) as unknown as ArrayLike<Element>);

const pem = (b64: string) => `-----BEGIN CERTIFICATE-----\n${b64.match(/.{1,64}/g)?.join("\n") ?? ""}\n-----END CERTIFICATE-----\n`;

/** entityID and signing certificates of the first IdP entity in a metadata document, or null. */
export function parseMetadata(xml: string): SamlMetadata | null {
  const doc = parseXml(xml);
  if (!doc) return null;
  for (const entity of descendants(doc, MD_NS, "EntityDescriptor")) {
    const idp = children(entity, MD_NS, "IDPSSODescriptor")[0];
    const entityId = entity.getAttribute("entityID");
    if (!idp || !entityId) continue;
    const certificates = children(idp, MD_NS, "KeyDescriptor")
      .filter((k) => (k.getAttribute("use") ?? "") !== "encryption")
      .flatMap((k) => descendants(k, DS_NS, "X509Certificate"))
      .map((c) => (c.textContent ?? "").replace(/\s+/g, ""))
      .filter((b) => /^[A-Za-z0-9+/]+=*$/.test(b))
      .map(pem);
    return { entityId, certificates };
  }
  return null;
}

/** The SAML Response (or bare Assertion) document behind a base64 SAMLAssertion parameter. */
export function decodeSamlResponse(base64: string): Document {
  const compact = base64.replace(/\s+/g, "");
  if (!/^[A-Za-z0-9+/]+={0,2}$/.test(compact)) throw invalid(NOT_SAML);
  const doc = parseXml(Buffer.from(compact, "base64").toString("utf8"));
  const root = doc?.documentElement;
  if (!doc || !root || !((root.namespaceURI === SAMLP_NS && root.localName === "Response") || (root.namespaceURI === SAML_NS && root.localName === "Assertion"))) {
    throw invalid(NOT_SAML);
  }
  return doc;
}

const isAssertion = (el: Element | null | undefined): el is Element => !!el && el.namespaceURI === SAML_NS && el.localName === "Assertion";
const isResponse = (el: Element | null | undefined): el is Element => !!el && el.namespaceURI === SAMLP_NS && el.localName === "Response";

/** The assertion as the signature covers it: re-parsed from the signed canonical XML of the reference. */
function signedAssertion(doc: Document, xml: string, signature: Element, certificate: string): Element | null {
  const parent = signature.parentNode as Element | null;
  const id = parent?.getAttribute?.("ID");
  if (!id || !(isAssertion(parent) || (isResponse(parent) && parent === doc.documentElement))) return null;
  const sig = new SignedXml({ publicCert: certificate, getCertFromKeyInfo: () => null });
  try {
    sig.loadSignature(signature);
    if (!sig.checkSignature(xml)) return null;
  } catch {
    return null;
  }
  const refs = sig.getReferences();
  const signed = sig.getSignedReferences();
  if (refs.length !== 1 || refs[0].uri !== `#${id}` || signed.length !== 1) return null;
  const root = parseXml(signed[0])?.documentElement;
  if (!root || root.getAttribute("ID") !== id) return null;
  if (isAssertion(root)) return root;
  if (!isResponse(root)) return null;
  const inner = children(root, SAML_NS, "Assertion");
  return inner.length === 1 ? inner[0] : null;
}

/**
 * The verified assertion of a SAML Response, or InvalidIdentityToken. Exactly one Assertion (and no
 * EncryptedAssertion) anywhere in the document; a signature on it or on the Response, valid for
 * one of the metadata's certificates; the claims come from the signed bytes only.
 */
export function verifiedAssertion(base64: string, metadata: SamlMetadata): Element {
  const doc = decodeSamlResponse(base64);
  const xml = Buffer.from(base64.replace(/\s+/g, ""), "base64").toString("utf8");
  const root = doc.documentElement as Element;
  if (isResponse(root)) {
    const code = children(root, SAMLP_NS, "Status").flatMap((st) => children(st, SAMLP_NS, "StatusCode"))[0];
    if (code?.getAttribute("Value") !== SUCCESS) throw invalid(NOT_SUCCESS);
  }
  const assertions = descendants(doc, SAML_NS, "Assertion").length;
  if (assertions !== 1 || descendants(doc, SAML_NS, "EncryptedAssertion").length > 0) throw invalid(MULTIPLE_ASSERTIONS);
  const signatures = descendants(doc, DS_NS, "Signature");
  for (const signature of signatures) {
    for (const certificate of metadata.certificates) {
      const assertion = signedAssertion(doc, xml, signature, certificate);
      if (assertion) return assertion;
    }
  }
  throw invalid(BAD_SIGNATURE);
}
