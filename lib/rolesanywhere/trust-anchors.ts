// Trust anchors: CreateTrustAnchor, ListTrustAnchors, GetTrustAnchor, UpdateTrustAnchor,
// DeleteTrustAnchor, EnableTrustAnchor, DisableTrustAnchor, PutNotificationSettings,
// ResetNotificationSettings — and the sandbox's own CA: a trust anchor
// whose CA certificate and key the sandbox generates (generateTrustAnchorCa) and from which it mints
// workload certificates (mintWorkloadCertificateFor). Each verb is authorized (rolesanywhere:<Verb>
// on the anchor's ARN, "*" for create and list) before anything is looked up.
// AWS: https://docs.aws.amazon.com/rolesanywhere/latest/APIReference/API_CreateTrustAnchor.html
import { db } from "@/lib/db";
import type { Caller } from "@/lib/authz/caller";
import type { RaTrustAnchor } from "@/generated/prisma/client";
import { authorizeAccountAction } from "./authorized";
import { raResource, type RaList } from "./resource";
import {
  checkNotificationKeys,
  checkNotificationSettings,
  mergeSettings,
  notificationDetails,
  resetSettings,
  type NotificationSetting,
  type NotificationSettingDetail,
  type NotificationSettingKey,
} from "./notifications";
import { signCrl } from "./revocation";
import { generateCaCertificate, mintWorkloadCertificate, parseBundle, type KeyAlgorithm, type WorkloadCertificate, type WorkloadCertificateOptions } from "./ca";
import {
  checkId,
  checkLength,
  checkName,
  checkTags,
  newRaId,
  raArn,
  requestTagContext,
  required,
  validation,
  writeTags,
  type ListInput,
  type RaTagInput,
} from "./common";
import { serverNow } from "@/lib/server-now";

export type TrustAnchorType = "CERTIFICATE_BUNDLE" | "AWS_ACM_PCA" | "SELF_SIGNED_REPOSITORY";

export interface TrustAnchorSource {
  sourceType?: TrustAnchorType | string;
  sourceData?: { x509CertificateData?: string; acmPcaArn?: string };
}

/** The model's TrustAnchorDetail. */
export interface TrustAnchorDetail {
  trustAnchorId: string;
  trustAnchorArn: string;
  name: string;
  enabled: boolean;
  source: { sourceType: string; sourceData: { x509CertificateData: string } | { acmPcaArn: string } };
  notificationSettings: NotificationSettingDetail[];
  createdAt: Date;
  updatedAt: Date;
}

export function toTrustAnchorDetail(row: RaTrustAnchor): TrustAnchorDetail {
  return {
    trustAnchorId: row.id,
    trustAnchorArn: row.arn,
    name: row.name,
    enabled: row.enabled,
    source: { sourceType: row.sourceType, sourceData: row.sourceType === "AWS_ACM_PCA" ? { acmPcaArn: row.sourceData } : { x509CertificateData: row.sourceData } },
    notificationSettings: notificationDetails(row.notificationSettings, row.accountId),
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
}

const ACM_PCA_ARN = /^arn:aws(-[a-z-]+)?:acm-pca:[a-z0-9-]+:\d{12}:certificate-authority\/[0-9a-f-]{36}$/;

/** The source as stored: only CERTIFICATE_BUNDLE can be backed here (there is no Private CA service). */
function checkSource(source: TrustAnchorSource): { sourceType: string; sourceData: string } {
  const data = source.sourceData ?? {};
  const given = [data.x509CertificateData, data.acmPcaArn].filter((v) => v !== undefined);
  if (given.length !== 1) throw validation("Exactly one of x509CertificateData or acmPcaArn must be provided in sourceData.");
  if (source.sourceType === "CERTIFICATE_BUNDLE") {
    if (data.x509CertificateData === undefined) throw validation("x509CertificateData is required for the CERTIFICATE_BUNDLE source type.");
    checkLength("source.sourceData.x509CertificateData", data.x509CertificateData, 1, 8000);
    parseBundle(data.x509CertificateData);
    return { sourceType: "CERTIFICATE_BUNDLE", sourceData: data.x509CertificateData };
  }
  if (source.sourceType === "AWS_ACM_PCA") {
    if (data.acmPcaArn === undefined) throw validation("acmPcaArn is required for the AWS_ACM_PCA source type.");
    // [INF wording] a string that is not a Private CA's ARN at all.
    if (!ACM_PCA_ARN.test(data.acmPcaArn)) throw validation(`Invalid acmPcaArn: ${data.acmPcaArn}. Expected arn:aws:acm-pca:<region>:<account>:certificate-authority/<id>.`);
    // The service reads the CA from ACM PCA; this sandbox has no Private CA, so, as for an account
    // without that CA (or without access to it), the read fails. AWS's answer, as reported in
    // https://github.com/crossplane-contrib/provider-upjet-aws/issues/545 (ValidationException, 400):
    throw validation("Error creating TrustAnchor. Given AWS PCA did not allow get request.");
  }
  if (source.sourceType === undefined) throw validation("sourceType is required.");
  throw validation(`Invalid sourceType: ${source.sourceType}. Valid values are AWS_ACM_PCA, CERTIFICATE_BUNDLE.`);
}

const anchors = raResource({ model: () => db.raTrustAnchor, type: "trust-anchor", idField: "trustAnchorId", listKey: "trustAnchors", toDetail: toTrustAnchorDetail });
const authorizedAnchor = anchors.authorized;

export interface CreateTrustAnchorInput {
  name: string;
  source: TrustAnchorSource;
  enabled?: boolean;
  tags?: RaTagInput[];
  notificationSettings?: NotificationSetting[];
}

interface NewAnchor {
  name: string;
  enabled: boolean;
  tags: RaTagInput[];
  sourceType: string;
  sourceData: string;
  caPrivateKey?: string;
  notificationSettings?: string;
}

async function insertAnchor(caller: Caller, input: NewAnchor): Promise<TrustAnchorDetail> {
  const id = newRaId();
  const arn = raArn(caller.accountId, "trust-anchor", id);
  const row = await db.$transaction(async (tx) => {
    const now = serverNow();
    const created = await tx.raTrustAnchor.create({
      data: { id, accountId: caller.accountId, arn, name: input.name, enabled: input.enabled, sourceType: input.sourceType, sourceData: input.sourceData, caPrivateKey: input.caPrivateKey, notificationSettings: input.notificationSettings ?? "[]", createdAt: now, updatedAt: now },
    });
    await writeTags(tx, caller.accountId, arn, input.tags);
    return created;
  });
  return toTrustAnchorDetail(row);
}

/** CreateTrustAnchor. `enabled` defaults to false, as the API's (the console sends true) [INF]. */
export async function createTrustAnchor(caller: Caller, input: CreateTrustAnchorInput): Promise<TrustAnchorDetail> {
  required("name", input.name);
  required("source", input.source);
  checkName("name", input.name);
  const tags = input.tags ?? [];
  checkTags(tags);
  const settings = checkNotificationSettings(input.notificationSettings ?? []);
  await authorizeAccountAction(caller, "rolesanywhere:CreateTrustAnchor", tags.length ? { context: requestTagContext(tags) } : {});
  const source = checkSource(input.source);
  return insertAnchor(caller, { name: input.name, enabled: input.enabled ?? false, tags, ...source, notificationSettings: mergeSettings("[]", settings) });
}

export interface GenerateTrustAnchorInput {
  name: string;
  /** The CA certificate's CN; defaults to the anchor's name. */
  commonName?: string;
  algorithm?: KeyAlgorithm;
  /** Default true: a generated CA is made to be used right away. */
  enabled?: boolean;
  tags?: RaTagInput[];
}

/**
 * Sandbox extension: a trust anchor whose CA the sandbox generates (a CERTIFICATE_BUNDLE to anyone who
 * reads it). The CA key stays in the sandbox so it can mint workload certificates. Authorized as
 * CreateTrustAnchor, which is what it is on the wire.
 */
export async function generateTrustAnchorCa(caller: Caller, input: GenerateTrustAnchorInput): Promise<TrustAnchorDetail> {
  required("name", input.name);
  checkName("name", input.name);
  const tags = input.tags ?? [];
  checkTags(tags);
  await authorizeAccountAction(caller, "rolesanywhere:CreateTrustAnchor", tags.length ? { context: requestTagContext(tags) } : {});
  const ca = await generateCaCertificate({ commonName: input.commonName?.trim() || input.name, algorithm: input.algorithm });
  return insertAnchor(caller, { name: input.name, enabled: input.enabled ?? true, tags, sourceType: "CERTIFICATE_BUNDLE", sourceData: ca.certPem, caPrivateKey: ca.keyPem });
}

export type TrustAnchorList = RaList<"trustAnchors", TrustAnchorDetail>;

export const listTrustAnchors = (caller: Caller, input: ListInput = {}): Promise<TrustAnchorList> => anchors.list(caller, "rolesanywhere:ListTrustAnchors", input);
export const getTrustAnchor = (caller: Caller, trustAnchorId: string) => anchors.get(caller, "rolesanywhere:GetTrustAnchor", trustAnchorId);

export interface UpdateTrustAnchorInput {
  trustAnchorId: string;
  name?: string;
  source?: TrustAnchorSource;
}

/** UpdateTrustAnchor: a new source replaces the CA, and with it any key the sandbox held for the old one. */
export async function updateTrustAnchor(caller: Caller, input: UpdateTrustAnchorInput): Promise<TrustAnchorDetail> {
  checkId("trustAnchorId", input.trustAnchorId);
  if (input.name !== undefined) checkName("name", input.name);
  const row = await authorizedAnchor(caller, "rolesanywhere:UpdateTrustAnchor", input.trustAnchorId);
  const source = input.source ? checkSource(input.source) : undefined;
  const sameCa = source?.sourceData === row.sourceData;
  const updated = await db.raTrustAnchor.update({
    where: { id: row.id },
    data: { ...(input.name !== undefined ? { name: input.name } : {}), ...(source && !sameCa ? { ...source, caPrivateKey: null } : {}), updatedAt: serverNow() },
  });
  return toTrustAnchorDetail(updated);
}

export const deleteTrustAnchor = (caller: Caller, trustAnchorId: string) => anchors.remove(caller, "rolesanywhere:DeleteTrustAnchor", trustAnchorId);
export const enableTrustAnchor = (caller: Caller, id: string) => anchors.setEnabled(caller, "rolesanywhere:EnableTrustAnchor", id, true);
export const disableTrustAnchor = (caller: Caller, id: string) => anchors.setEnabled(caller, "rolesanywhere:DisableTrustAnchor", id, false);

/** Whether the sandbox holds the anchor's CA key (it generated the CA), for the console and the script. */
export async function trustAnchorHasSandboxCa(caller: Caller, trustAnchorId: string): Promise<boolean> {
  const row = await authorizedAnchor(caller, "rolesanywhere:GetTrustAnchor", trustAnchorId);
  return row.caPrivateKey !== null;
}

/**
 * Sandbox extension: a workload certificate issued by the anchor's sandbox-generated CA. Anyone who
 * may replace the anchor's CA (rolesanywhere:UpdateTrustAnchor) could make certificates it trusts
 * anyway, so that is the permission it takes [INF]. An uploaded CA's key is not here: ValidationException.
 */
export async function mintWorkloadCertificateFor(caller: Caller, trustAnchorId: string, opts: WorkloadCertificateOptions = {}): Promise<WorkloadCertificate> {
  const row = await authorizedAnchor(caller, "rolesanywhere:UpdateTrustAnchor", trustAnchorId);
  if (!row.caPrivateKey) throw validation("This trust anchor's CA was not generated by the sandbox: the sandbox has no key to issue certificates with.");
  return mintWorkloadCertificate(row.sourceData, row.caPrivateKey, opts);
}

/** PutNotificationSettings: each setting overrides the default of its event and channel. */
export async function putNotificationSettings(caller: Caller, input: { trustAnchorId: string; notificationSettings: NotificationSetting[] }): Promise<TrustAnchorDetail> {
  required("trustAnchorId", input.trustAnchorId);
  required("notificationSettings", input.notificationSettings);
  checkId("trustAnchorId", input.trustAnchorId);
  const settings = checkNotificationSettings(input.notificationSettings);
  const row = await authorizedAnchor(caller, "rolesanywhere:PutNotificationSettings", input.trustAnchorId);
  const updated = await db.raTrustAnchor.update({ where: { id: row.id }, data: { notificationSettings: mergeSettings(row.notificationSettings, settings), updatedAt: serverNow() } });
  return toTrustAnchorDetail(updated);
}

/** ResetNotificationSettings: the keys' settings go back to the service's defaults. */
export async function resetNotificationSettings(caller: Caller, input: { trustAnchorId: string; notificationSettingKeys: NotificationSettingKey[] }): Promise<TrustAnchorDetail> {
  required("trustAnchorId", input.trustAnchorId);
  required("notificationSettingKeys", input.notificationSettingKeys);
  checkId("trustAnchorId", input.trustAnchorId);
  const keys = checkNotificationKeys(input.notificationSettingKeys);
  const row = await authorizedAnchor(caller, "rolesanywhere:ResetNotificationSettings", input.trustAnchorId);
  const updated = await db.raTrustAnchor.update({ where: { id: row.id }, data: { notificationSettings: resetSettings(row.notificationSettings, keys), updatedAt: serverNow() } });
  return toTrustAnchorDetail(updated);
}

/**
 * Sandbox extension: a CRL listing `serials`, signed by the anchor's sandbox-generated CA (what the
 * CA's operator would publish), for ImportCrl. Authorized as minting is (UpdateTrustAnchor).
 */
export async function signCrlFor(caller: Caller, trustAnchorId: string, serials: string[]): Promise<string> {
  const row = await authorizedAnchor(caller, "rolesanywhere:UpdateTrustAnchor", trustAnchorId);
  if (!row.caPrivateKey) throw validation("This trust anchor's CA was not generated by the sandbox: the sandbox has no key to sign a CRL with.");
  if (serials.length === 0 || serials.some((s) => !/^[0-9a-fA-F]{1,40}$/.test(s))) throw validation("Give one or more certificate serial numbers in hex.");
  return signCrl(row.sourceData, row.caPrivateKey, serials);
}
