// The sandbox's own SAML 2.0 identity provider (spec §1.3, issue #13). The sandbox has no internet and
// no real IdP, so — as with the OIDC key (web-identity-token.ts) — it keeps an RSA signing key and a
// self-signed X.509 certificate in the data directory (shared across instances through
// lib/data/shared-secrets.ts). `npm run sandbox:saml -- --metadata` prints the IdP metadata to
// register with `aws iam create-saml-provider`; `npm run sandbox:saml -- --role … --provider …`
// prints a signed, base64 SAML response for `aws sts assume-role-with-saml`. AssumeRoleWithSAML
// verifies it against the certificate in the registered metadata like any other IdP's.
import { createPrivateKey, randomBytes, randomUUID, webcrypto } from "node:crypto";
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import "@/lib/x509/reflect-metadata";
import * as x509 from "@peculiar/x509";
import { SignedXml } from "xml-crypto";
import { DATA_DIR } from "../database-url";
import { ensurePrivateDir, PRIVATE_FILE_MODE } from "../data-dir";
import { serverNow, serverNowMs } from "@/lib/server-now";

export const SAML_IDP_FILE = "sandbox-saml-idp.pem";
export const SANDBOX_SAML_ENTITY_ID = "https://idp.sandbox.invalid/saml";
export const AWS_SAML_ENDPOINT = "https://signin.aws.amazon.com/saml";
export const ATTR = "https://aws.amazon.com/SAML/Attributes/";

export interface SamlIdpKey {
  privateKeyPem: string;
  certificatePem: string;
  /** The certificate's DER in base64, as metadata and KeyInfo carry it. */
  certificateBase64: string;
}

const RSA = { name: "RSASSA-PKCS1-v1_5", hash: "SHA-256", publicExponent: new Uint8Array([1, 0, 1]), modulusLength: 2048 } as const;

/** A fresh key and ten-year self-signed certificate, as one PEM text (key, then certificate). */
export async function freshSamlIdpPem(): Promise<string> {
  const keys = (await webcrypto.subtle.generateKey(RSA, true, ["sign", "verify"])) as CryptoKeyPair;
  const now = serverNowMs();
  const cert = await x509.X509CertificateGenerator.createSelfSigned(
    {
      serialNumber: randomBytes(8).toString("hex").replace(/^[89a-f]/, "1"),
      name: "CN=IAM sandbox SAML IdP",
      notBefore: new Date(now - 24 * 3600 * 1000),
      notAfter: new Date(now + 10 * 365 * 24 * 3600 * 1000),
      signingAlgorithm: RSA,
      keys,
      extensions: [new x509.KeyUsagesExtension(x509.KeyUsageFlags.digitalSignature, true)],
    },
    webcrypto as unknown as Crypto,
  );
  const pkcs8 = Buffer.from(await webcrypto.subtle.exportKey("pkcs8", keys.privateKey));
  const keyPem = createPrivateKey({ key: pkcs8, format: "der", type: "pkcs8" }).export({ type: "pkcs8", format: "pem" }).toString();
  return `${keyPem.trimEnd()}\n${cert.toString("pem")}\n`;
}

export function parseSamlIdpPem(pem: string): SamlIdpKey {
  const key = /-----BEGIN PRIVATE KEY-----[\s\S]+?-----END PRIVATE KEY-----/.exec(pem)?.[0];
  const cert = /-----BEGIN CERTIFICATE-----([\s\S]+?)-----END CERTIFICATE-----/.exec(pem);
  if (!key || !cert) throw new Error("the sandbox SAML IdP file holds no key and certificate");
  return { privateKeyPem: `${key}\n`, certificatePem: `${cert[0]}\n`, certificateBase64: cert[1].replace(/\s+/g, "") };
}

const loaded = new Map<string, SamlIdpKey>();

/** The data directory's IdP key and certificate, created on first use; concurrent creators agree on one file. */
export async function sandboxSamlIdp(dataDir: string = DATA_DIR): Promise<SamlIdpKey> {
  const file = path.join(dataDir, SAML_IDP_FILE);
  const hit = loaded.get(file);
  if (hit) return hit;
  let pem: string;
  try {
    pem = readFileSync(file, "utf8");
  } catch {
    ensurePrivateDir(dataDir);
    try {
      writeFileSync(file, await freshSamlIdpPem(), { mode: PRIVATE_FILE_MODE, flag: "wx" });
    } catch {
      // another process (the server, the sandbox:saml script) wrote it first: use theirs
    }
    pem = readFileSync(file, "utf8");
  }
  const idp = parseSamlIdpPem(pem);
  loaded.set(file, idp);
  return idp;
}

const xmlText = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

/** SAML 2.0 IdP metadata naming the entity and its signing certificate (what CreateSAMLProvider stores). */
export function samlIdpMetadata(idp: SamlIdpKey, entityId: string = SANDBOX_SAML_ENTITY_ID): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<md:EntityDescriptor xmlns:md="urn:oasis:names:tc:SAML:2.0:metadata" xmlns:ds="http://www.w3.org/2000/09/xmldsig#" entityID="${xmlText(entityId)}">
  <md:IDPSSODescriptor WantAuthnRequestsSigned="false" protocolSupportEnumeration="urn:oasis:names:tc:SAML:2.0:protocol">
    <md:KeyDescriptor use="signing">
      <ds:KeyInfo>
        <ds:X509Data>
          <ds:X509Certificate>${idp.certificateBase64}</ds:X509Certificate>
        </ds:X509Data>
      </ds:KeyInfo>
    </md:KeyDescriptor>
    <md:NameIDFormat>urn:oasis:names:tc:SAML:2.0:nameid-format:persistent</md:NameIDFormat>
    <md:NameIDFormat>urn:oasis:names:tc:SAML:2.0:nameid-format:transient</md:NameIDFormat>
    <md:SingleSignOnService Binding="urn:oasis:names:tc:SAML:2.0:bindings:HTTP-POST" Location="https://idp.sandbox.invalid/saml/sso"/>
  </md:IDPSSODescriptor>
</md:EntityDescriptor>
`;
}

export interface MintSamlInput {
  roleArn: string;
  providerArn: string;
  /** The RoleSessionName attribute; omitted when undefined (AWS then refuses the assertion). */
  sessionName?: string;
  /** Further attributes by name (a short name X means https://aws.amazon.com/SAML/Attributes/X). */
  attributes?: Record<string, string | string[]>;
  /** Emitted as the SessionDuration attribute and as the AuthnStatement's SessionNotOnOrAfter. */
  durationSeconds?: number;
  subject?: string;
  subjectFormat?: string;
  issuer?: string;
  audience?: string;
  recipient?: string;
  /** Lifetime of the assertion (Conditions and SubjectConfirmationData NotOnOrAfter), default 300 s. */
  ttlSeconds?: number;
  now?: Date;
  /** Which element carries the signature; "none" mints an unsigned response (tests). */
  sign?: "assertion" | "response" | "none";
  idp?: SamlIdpKey;
  dataDir?: string;
}

const iso = (d: Date) => d.toISOString();
const AWS_SHORT_NAMES = new Set(["Role", "RoleSessionName", "SessionDuration", "SourceIdentity", "TransitiveTagKeys"]);
const attributeName = (name: string) => (AWS_SHORT_NAMES.has(name) || name.startsWith("PrincipalTag:") ? `${ATTR}${name}` : name);

function attributeXml(name: string, values: string | string[]): string {
  const list = Array.isArray(values) ? values : [values];
  const vals = list.map((v) => `<saml:AttributeValue xsi:type="xs:string">${xmlText(v)}</saml:AttributeValue>`).join("");
  return `<saml:Attribute Name="${xmlText(attributeName(name))}" NameFormat="urn:oasis:names:tc:SAML:2.0:attrname-format:uri">${vals}</saml:Attribute>`;
}

/** The unsigned SAML Response XML (exported for tests that tamper with it before signing). */
export function samlResponseXml(input: MintSamlInput, ids: { response: string; assertion: string }): string {
  const now = input.now ?? serverNow();
  const until = new Date(now.getTime() + (input.ttlSeconds ?? 300) * 1000);
  const issuer = xmlText(input.issuer ?? SANDBOX_SAML_ENTITY_ID);
  const attrs: Array<[string, string | string[]]> = [["Role", `${input.roleArn},${input.providerArn}`]];
  if (input.sessionName !== undefined) attrs.push(["RoleSessionName", input.sessionName]);
  if (input.durationSeconds !== undefined) attrs.push(["SessionDuration", String(input.durationSeconds)]);
  attrs.push(...Object.entries(input.attributes ?? {}));
  const sessionEnd = input.durationSeconds !== undefined ? ` SessionNotOnOrAfter="${iso(new Date(now.getTime() + input.durationSeconds * 1000))}"` : "";
  const recipient = xmlText(input.recipient ?? AWS_SAML_ENDPOINT);
  return (
    `<samlp:Response xmlns:samlp="urn:oasis:names:tc:SAML:2.0:protocol" xmlns:saml="urn:oasis:names:tc:SAML:2.0:assertion" ` +
    `xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" ` +
    `ID="${ids.response}" Version="2.0" IssueInstant="${iso(now)}" Destination="${recipient}">` +
    `<saml:Issuer>${issuer}</saml:Issuer>` +
    `<samlp:Status><samlp:StatusCode Value="urn:oasis:names:tc:SAML:2.0:status:Success"/></samlp:Status>` +
    `<saml:Assertion ID="${ids.assertion}" Version="2.0" IssueInstant="${iso(now)}">` +
    `<saml:Issuer>${issuer}</saml:Issuer>` +
    `<saml:Subject><saml:NameID Format="${xmlText(input.subjectFormat ?? "urn:oasis:names:tc:SAML:2.0:nameid-format:persistent")}">${xmlText(input.subject ?? input.sessionName ?? "sandbox-user")}</saml:NameID>` +
    `<saml:SubjectConfirmation Method="urn:oasis:names:tc:SAML:2.0:cm:bearer"><saml:SubjectConfirmationData NotOnOrAfter="${iso(until)}" Recipient="${recipient}"/></saml:SubjectConfirmation></saml:Subject>` +
    `<saml:Conditions NotBefore="${iso(now)}" NotOnOrAfter="${iso(until)}"><saml:AudienceRestriction><saml:Audience>${xmlText(input.audience ?? AWS_SAML_ENDPOINT)}</saml:Audience></saml:AudienceRestriction></saml:Conditions>` +
    `<saml:AuthnStatement AuthnInstant="${iso(now)}" SessionIndex="${ids.assertion}"${sessionEnd}><saml:AuthnContext><saml:AuthnContextClassRef>urn:oasis:names:tc:SAML:2.0:ac:classes:PasswordProtectedTransport</saml:AuthnContextClassRef></saml:AuthnContext></saml:AuthnStatement>` +
    `<saml:AttributeStatement>${attrs.map(([n, v]) => attributeXml(n, v)).join("")}</saml:AttributeStatement>` +
    `</saml:Assertion></samlp:Response>`
  );
}

/** Signs the element with this ID (enveloped, exclusive c14n, RSA-SHA256), the signature right after its Issuer. */
export function signSamlXml(xml: string, id: string, idp: SamlIdpKey): string {
  const sig = new SignedXml({
    privateKey: idp.privateKeyPem,
    publicCert: idp.certificatePem,
    signatureAlgorithm: "http://www.w3.org/2001/04/xmldsig-more#rsa-sha256",
    canonicalizationAlgorithm: "http://www.w3.org/2001/10/xml-exc-c14n#",
  });
  sig.addReference({
    xpath: `//*[@ID='${id}']`,
    transforms: ["http://www.w3.org/2000/09/xmldsig#enveloped-signature", "http://www.w3.org/2001/10/xml-exc-c14n#"],
    digestAlgorithm: "http://www.w3.org/2001/04/xmlenc#sha256",
  });
  sig.computeSignature(xml, { prefix: "ds", location: { reference: `//*[@ID='${id}']/*[local-name()='Issuer']`, action: "after" } });
  return sig.getSignedXml();
}

/** A freshly signed SAML Response, base64 encoded as AssumeRoleWithSAML's SAMLAssertion takes it. */
export async function mintSamlAssertion(input: MintSamlInput): Promise<string> {
  const ids = { response: `_${randomUUID()}`, assertion: `_${randomUUID()}` };
  const xml = samlResponseXml(input, ids);
  const sign = input.sign ?? "assertion";
  const signed = sign === "none" ? xml : signSamlXml(xml, sign === "response" ? ids.response : ids.assertion, input.idp ?? (await sandboxSamlIdp(input.dataDir)));
  return Buffer.from(signed).toString("base64");
}
