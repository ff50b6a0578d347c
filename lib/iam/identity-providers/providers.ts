// IAM identity providers: SAML 2.0 and OpenID Connect. One row per provider in IdentityProvider; the
// wizard's provider selects (lib/iam/console/trust-providers.ts) read the same rows. Each call
// authorizes on the provider's ARN before looking it up, so a denied caller cannot probe existence.
import { lockQuota } from "@/lib/data/quota-lock";
import { db, type Tx } from "@/lib/db";
import { authorize } from "@/lib/authz/authorize";
import type { Caller } from "@/lib/authz/caller";
import { AwsError, validationError } from "@/lib/errors";
import { ARN_KINDS, parseIamArn } from "@/lib/aws/arn";
import { quotaMessage } from "@/lib/iam/quotas";
import { applyTags, listTags, requestTagContext, validateTags, type Tag } from "@/lib/iam/tags";

// AWS default quotas (reference_iam-quotas; console-spec §7.1).
export const SAML_PROVIDERS_PER_ACCOUNT = 100;
export const OIDC_PROVIDERS_PER_ACCOUNT = 100;
export const CLIENT_IDS_PER_OIDC_PROVIDER = 100;
export const THUMBPRINTS_PER_OIDC_PROVIDER = 5;
const METADATA_MIN = 1000;
const METADATA_MAX = 10_000_000;
const URL_MAX = 255;
const CLIENT_ID_MAX = 255;

export type ProviderKind = "SAML" | "OIDC";

/** The console list's row: both kinds in one table. */
export interface ProviderSummary {
  Arn: string;
  Name: string;
  Type: ProviderKind;
  CreateDate: Date;
}

type Row = { arn: string; accountId: string; kind: string; name: string; clientIds: string; thumbprints: string; samlMetadata: string | null; createdAt: Date };

export const samlProviderArn = (accountId: string, name: string) => `arn:aws:iam::${accountId}:saml-provider/${name}`;
export const oidcProviderArn = (accountId: string, hostPath: string) => `arn:aws:iam::${accountId}:oidc-provider/${hostPath}`;

/** A provider row's client IDs or thumbprints, stored as JSON text (unreadable text reads as none). */
export function parseStoredList(json: string): string[] {
  try {
    const v = JSON.parse(json) as unknown;
    return Array.isArray(v) ? v.filter((x): x is string => typeof x === "string") : [];
  } catch {
    return [];
  }
}

export async function findOrThrow(accountId: string, kind: ProviderKind, arn: string): Promise<Row> {
  const row = await db.identityProvider.findUnique({ where: { arn } });
  if (!row || row.accountId !== accountId || row.kind !== kind) {
    throw new AwsError("NoSuchEntity", kind === "SAML" ? `SAMLProvider ${arn} not found.` : `OpenIDConnect Provider not found for arn ${arn}`);
  }
  return row;
}

async function checkQuota(tx: Tx, accountId: string, kind: ProviderKind): Promise<void> {
  await lockQuota(tx, `account:${accountId}:${kind}-providers`);
  const limit = kind === "SAML" ? SAML_PROVIDERS_PER_ACCOUNT : OIDC_PROVIDERS_PER_ACCOUNT;
  if ((await tx.identityProvider.count({ where: { accountId, kind } })) >= limit) {
    throw new AwsError("LimitExceeded", quotaMessage(kind === "SAML" ? "SAMLProvidersPerAccount" : "OpenIdConnectProvidersPerAccount", limit));
  }
}

/** The provider and its tags, together. */
async function deleteProvider(arn: string): Promise<void> {
  await db.$transaction([db.tag.deleteMany({ where: { ownerType: "provider", ownerId: arn } }), db.identityProvider.delete({ where: { arn } })]);
}

/** Creating with tags also needs the tagging permission, as AWS documents for every taggable IAM entity. */
async function authorizeCreate(caller: Caller, verb: "SAMLProvider" | "OpenIDConnectProvider", arn: string, tags: Tag[]): Promise<void> {
  const opts = tags.length ? { context: requestTagContext(tags) } : {};
  await authorize(caller, `iam:Create${verb}`, arn, opts);
  if (tags.length) await authorize(caller, `iam:Tag${verb}`, arn, opts);
}

/** Get*Provider answer Tags only when there are some, as AWS does. */
async function tagsOf(arn: string): Promise<{ Tags?: Tag[] }> {
  const tags = await listTags("provider", arn);
  return tags.length ? { Tags: tags } : {};
}

// ---------------------------------------------------------------------------------------------- SAML

/** Well-formedness is not checked: AWS's parser is unknown, so the check is only "is this SAML metadata". */
export function checkMetadata(doc: string): void {
  if (doc.length < METADATA_MIN || doc.length > METADATA_MAX) {
    throw validationError("sAMLMetadataDocument", `${doc.slice(0, 32)}…`, `Member must have length between ${METADATA_MIN} and ${METADATA_MAX}`);
  }
  if (doc.charCodeAt(0) === 0xfeff || !/<(?:[\w-]+:)?EntityDescriptor[\s>]/.test(doc)) {
    throw new AwsError("InvalidInput", "Could not parse metadata");
  }
}

export async function createSAMLProvider(caller: Caller, input: { name: string; samlMetadataDocument: string; tags?: Tag[] }): Promise<{ SAMLProviderArn: string; Tags?: Tag[] }> {
  if (input.name.length < 1 || input.name.length > 128) throw validationError("name", input.name, "Member must have length between 1 and 128");
  if (!/^[\w._-]+$/.test(input.name)) throw validationError("name", input.name, "Member must satisfy regular expression pattern: [\\w._-]+");
  const tags = input.tags ?? [];
  validateTags(tags);
  const arn = samlProviderArn(caller.accountId, input.name);
  await authorizeCreate(caller, "SAMLProvider", arn, tags);
  checkMetadata(input.samlMetadataDocument);
  await db.$transaction(async (tx) => {
    if (await tx.identityProvider.findUnique({ where: { arn } })) throw new AwsError("EntityAlreadyExists", `SAMLProvider ${input.name} already exists.`);
    await checkQuota(tx, caller.accountId, "SAML");
    await tx.identityProvider.create({ data: { arn, accountId: caller.accountId, kind: "SAML", name: input.name, samlMetadata: input.samlMetadataDocument } });
    await applyTags(tx, "provider", arn, tags, "TagsPerSAMLProvider");
  });
  return { SAMLProviderArn: arn, ...(tags.length ? { Tags: tags } : {}) };
}

export async function listSAMLProviders(caller: Caller): Promise<{ SAMLProviderList: Array<{ Arn: string; CreateDate: Date; ValidUntil: Date }> }> {
  await authorize(caller, "iam:ListSAMLProviders", "*");
  const rows = await db.identityProvider.findMany({ where: { accountId: caller.accountId, kind: "SAML" }, orderBy: { name: "asc" } });
  return { SAMLProviderList: rows.map((r) => ({ Arn: r.arn, CreateDate: r.createdAt, ValidUntil: validUntil(r.createdAt) })) };
}

/** The sandbox does not read the certificates' expiry; AWS reports the metadata's validUntil, often a year on. */
function validUntil(created: Date): Date {
  return new Date(created.getTime() + 365 * 24 * 3600 * 1000);
}

export async function getSAMLProvider(caller: Caller, arn: string): Promise<{ SAMLMetadataDocument: string; CreateDate: Date; ValidUntil: Date; Tags?: Tag[] }> {
  parseIamArn(arn, ARN_KINDS.samlProvider);
  await authorize(caller, "iam:GetSAMLProvider", arn);
  const row = await findOrThrow(caller.accountId, "SAML", arn);
  return { SAMLMetadataDocument: row.samlMetadata ?? "", CreateDate: row.createdAt, ValidUntil: validUntil(row.createdAt), ...(await tagsOf(arn)) };
}

export async function deleteSAMLProvider(caller: Caller, arn: string): Promise<void> {
  parseIamArn(arn, ARN_KINDS.samlProvider);
  await authorize(caller, "iam:DeleteSAMLProvider", arn);
  await findOrThrow(caller.accountId, "SAML", arn);
  await deleteProvider(arn);
}

// ---------------------------------------------------------------------------------------------- OIDC

/** The ARN's resource part: the URL without https://, host lower-cased (hosts are case-insensitive, paths not). */
function oidcHostPath(url: string): string {
  if (url.length < 1 || url.length > URL_MAX) throw validationError("url", url, `Member must have length between 1 and ${URL_MAX}`);
  if (!/^https:\/\//i.test(url)) throw new AwsError("InvalidInput", "Invalid OpenID Connect provider URL: the URL must begin with https://.");
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new AwsError("InvalidInput", `Invalid OpenID Connect provider URL: ${url}`);
  }
  if (url.includes("?") || url.includes("#")) throw new AwsError("InvalidInput", "Invalid OpenID Connect provider URL: the URL cannot contain a query string or fragment.");
  if (parsed.port || parsed.username || parsed.password || !parsed.hostname) {
    throw new AwsError("InvalidInput", "Invalid OpenID Connect provider URL: the URL cannot contain a port number or user information.");
  }
  const path = parsed.pathname === "/" ? "" : parsed.pathname.replace(/\/+$/, "");
  return `${parsed.hostname}${path}`;
}

/** Each a 40-digit hex SHA-1 fingerprint, at most five (the quota). */
export function checkThumbprints(thumbprints: string[]): void {
  for (const t of thumbprints) {
    if (!/^[0-9a-fA-F]{40}$/.test(t)) throw validationError("thumbprintList", t, "Member must have length greater than or equal to 40 and consist of hexadecimal characters");
  }
  if (thumbprints.length > THUMBPRINTS_PER_OIDC_PROVIDER) {
    throw new AwsError("LimitExceeded", quotaMessage("ThumbprintsPerOpenIdConnectProvider", THUMBPRINTS_PER_OIDC_PROVIDER));
  }
}

function checkClientId(id: string): void {
  if (id.length < 1 || id.length > CLIENT_ID_MAX) throw validationError("clientID", id, `Member must have length between 1 and ${CLIENT_ID_MAX}`);
}

function checkClientIdCount(n: number): void {
  if (n > CLIENT_IDS_PER_OIDC_PROVIDER) throw new AwsError("LimitExceeded", quotaMessage("ClientIdsPerOpenIdConnectProvider", CLIENT_IDS_PER_OIDC_PROVIDER));
}

export async function createOpenIDConnectProvider(
  caller: Caller,
  input: { url: string; clientIdList?: string[]; thumbprintList?: string[]; tags?: Tag[] },
): Promise<{ OpenIDConnectProviderArn: string; Tags?: Tag[] }> {
  const hostPath = oidcHostPath(input.url);
  const clientIds = [...new Set(input.clientIdList ?? [])];
  clientIds.forEach(checkClientId);
  checkClientIdCount(clientIds.length);
  const thumbprints = input.thumbprintList ?? [];
  checkThumbprints(thumbprints);
  const tags = input.tags ?? [];
  validateTags(tags);
  const arn = oidcProviderArn(caller.accountId, hostPath);
  await authorizeCreate(caller, "OpenIDConnectProvider", arn, tags);
  await db.$transaction(async (tx) => {
    if (await tx.identityProvider.findUnique({ where: { arn } })) throw new AwsError("EntityAlreadyExists", `Provider with url ${input.url} already exists.`);
    await checkQuota(tx, caller.accountId, "OIDC");
    await tx.identityProvider.create({
      data: { arn, accountId: caller.accountId, kind: "OIDC", name: hostPath, clientIds: JSON.stringify(clientIds), thumbprints: JSON.stringify(thumbprints.map((t) => t.toLowerCase())) },
    });
    await applyTags(tx, "provider", arn, tags, "TagsPerOpenIDConnectProvider");
  });
  return { OpenIDConnectProviderArn: arn, ...(tags.length ? { Tags: tags } : {}) };
}

export async function listOpenIDConnectProviders(caller: Caller): Promise<{ OpenIDConnectProviderList: Array<{ Arn: string }> }> {
  await authorize(caller, "iam:ListOpenIDConnectProviders", "*");
  const rows = await db.identityProvider.findMany({ where: { accountId: caller.accountId, kind: "OIDC" }, orderBy: { name: "asc" } });
  return { OpenIDConnectProviderList: rows.map((r) => ({ Arn: r.arn })) };
}

export interface OidcProviderShape {
  Url: string;
  ClientIDList: string[];
  ThumbprintList: string[];
  CreateDate: Date;
  Tags?: Tag[];
}

export async function getOpenIDConnectProvider(caller: Caller, arn: string): Promise<OidcProviderShape> {
  parseIamArn(arn, ARN_KINDS.oidcProvider);
  await authorize(caller, "iam:GetOpenIDConnectProvider", arn);
  const row = await findOrThrow(caller.accountId, "OIDC", arn);
  // AWS answers Url without the scheme, as it appears in the ARN.
  return { Url: row.name, ClientIDList: parseStoredList(row.clientIds), ThumbprintList: parseStoredList(row.thumbprints), CreateDate: row.createdAt, ...(await tagsOf(arn)) };
}

export async function deleteOpenIDConnectProvider(caller: Caller, arn: string): Promise<void> {
  parseIamArn(arn, ARN_KINDS.oidcProvider);
  await authorize(caller, "iam:DeleteOpenIDConnectProvider", arn);
  await findOrThrow(caller.accountId, "OIDC", arn);
  await deleteProvider(arn);
}

/** Adding an audience the provider already has is a no-op, as in AWS. */
export async function addClientIDToOpenIDConnectProvider(caller: Caller, arn: string, clientId: string): Promise<void> {
  checkClientId(clientId);
  parseIamArn(arn, ARN_KINDS.oidcProvider);
  await authorize(caller, "iam:AddClientIDToOpenIDConnectProvider", arn);
  const row = await findOrThrow(caller.accountId, "OIDC", arn);
  const ids = parseStoredList(row.clientIds);
  if (ids.includes(clientId)) return;
  checkClientIdCount(ids.length + 1);
  await db.identityProvider.update({ where: { arn }, data: { clientIds: JSON.stringify([...ids, clientId]) } });
}

/** Removing an audience the provider does not have succeeds silently: AWS documents this call as idempotent. */
export async function removeClientIDFromOpenIDConnectProvider(caller: Caller, arn: string, clientId: string): Promise<void> {
  checkClientId(clientId);
  parseIamArn(arn, ARN_KINDS.oidcProvider);
  await authorize(caller, "iam:RemoveClientIDFromOpenIDConnectProvider", arn);
  const row = await findOrThrow(caller.accountId, "OIDC", arn);
  const ids = parseStoredList(row.clientIds);
  if (!ids.includes(clientId)) return;
  await db.identityProvider.update({ where: { arn }, data: { clientIds: JSON.stringify(ids.filter((c) => c !== clientId)) } });
}

// ------------------------------------------------------------------------------------------- console

/** The console's "Identity providers" table: both List calls, merged and sorted by name ignoring case. */
export async function listIdentityProviders(caller: Caller): Promise<{ Providers: ProviderSummary[] }> {
  await authorize(caller, "iam:ListSAMLProviders", "*");
  await authorize(caller, "iam:ListOpenIDConnectProviders", "*");
  const rows = await db.identityProvider.findMany({ where: { accountId: caller.accountId } });
  rows.sort((a, b) => a.name.toLowerCase().localeCompare(b.name.toLowerCase()));
  return { Providers: rows.map((r) => ({ Arn: r.arn, Name: r.name, Type: r.kind === "SAML" ? "SAML" : "OIDC", CreateDate: r.createdAt })) };
}

/** The kind an ARN names, or null when it is not an identity provider ARN of this account. */
export function providerKindOf(accountId: string, arn: string): ProviderKind | null {
  if (arn.startsWith(`arn:aws:iam::${accountId}:saml-provider/`)) return "SAML";
  if (arn.startsWith(`arn:aws:iam::${accountId}:oidc-provider/`)) return "OIDC";
  return null;
}
