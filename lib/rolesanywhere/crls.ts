// Certificate revocation lists: ImportCrl, ListCrls, GetCrl, UpdateCrl, DeleteCrl, EnableCrl,
// DisableCrl. A CRL belongs to one trust anchor (trustAnchorArn); while it is enabled, CreateSession
// through that anchor refuses the certificates it lists (revokedCertificate). Each verb is authorized
// (rolesanywhere:<Verb> on the CRL's ARN, "*" for import and list) before anything is looked up.
// AWS: https://docs.aws.amazon.com/rolesanywhere/latest/APIReference/API_ImportCrl.html
// AWS: https://docs.aws.amazon.com/rolesanywhere/latest/userguide/trust-model.html
import type { X509Certificate } from "node:crypto";
import { db } from "@/lib/db";
import type { Caller } from "@/lib/authz/caller";
import type { RaCrl } from "@/generated/prisma/client";
import { authorizeAccountAction } from "./authorized";
import { raResource, type RaList } from "./resource";
import {
  checkId,
  checkLength,
  checkName,
  checkPattern,
  checkTags,
  invalid,
  newRaId,
  raArn,
  requestTagContext,
  required,
  validation,
  writeTags,
  type ListInput,
  type RaTagInput,
} from "./common";
import { CRL_DATA_MAX, crlRevokes, parseCrl } from "./revocation";
import { serverNow } from "@/lib/server-now";

/** The model's CrlDetail; crlData is the blob as imported (base64 on the wire). */
export interface CrlDetail {
  crlId: string;
  crlArn: string;
  name: string;
  enabled: boolean;
  trustAnchorArn: string;
  crlData: string;
  createdAt: Date;
  updatedAt: Date;
}

export function toCrlDetail(row: RaCrl): CrlDetail {
  return { crlId: row.id, crlArn: row.arn, name: row.name, enabled: row.enabled, trustAnchorArn: row.trustAnchorArn, crlData: row.crlData, createdAt: row.createdAt, updatedAt: row.updatedAt };
}

const TRUST_ANCHOR_ARN_PATTERN = "^arn:aws(-[^:]+)?:rolesanywhere(:.*){2}(:trust-anchor.*)$";

function checkCrlData(field: string, data: Buffer): void {
  if (data.length < 1) throw invalid(field, "", "Member must have length greater than or equal to 1");
  if (data.length > CRL_DATA_MAX) throw invalid(field, `<${data.length} bytes>`, `Member must have length less than or equal to ${CRL_DATA_MAX}`);
  parseCrl(data);
}

const crls = raResource({ model: () => db.raCrl, type: "crl", idField: "crlId", listKey: "crls", toDetail: toCrlDetail });

export interface ImportCrlInput {
  name: string;
  crlData: Buffer;
  trustAnchorArn: string;
  enabled?: boolean;
  tags?: RaTagInput[];
}

/** ImportCrl. `enabled` defaults to false, as the API's [INF]. */
export async function importCrl(caller: Caller, input: ImportCrlInput): Promise<CrlDetail> {
  required("crlData", input.crlData);
  required("name", input.name);
  required("trustAnchorArn", input.trustAnchorArn);
  checkName("name", input.name);
  checkLength("trustAnchorArn", input.trustAnchorArn, 1, 1011);
  checkPattern("trustAnchorArn", input.trustAnchorArn, TRUST_ANCHOR_ARN_PATTERN);
  const tags = input.tags ?? [];
  checkTags(tags);
  await authorizeAccountAction(caller, "rolesanywhere:ImportCrl", tags.length ? { context: requestTagContext(tags) } : {});
  checkCrlData("crlData", input.crlData);
  // [INF] ImportCrl's model names no ResourceNotFoundException: an anchor the account lacks is a bad input.
  const anchor = await db.raTrustAnchor.findFirst({ where: { arn: input.trustAnchorArn, accountId: caller.accountId }, select: { arn: true } });
  if (!anchor) throw validation(`Trust anchor ${input.trustAnchorArn} not found.`);
  const id = newRaId();
  const arn = raArn(caller.accountId, "crl", id);
  const row = await db.$transaction(async (tx) => {
    const now = serverNow();
    const created = await tx.raCrl.create({
      data: { id, accountId: caller.accountId, arn, name: input.name, enabled: input.enabled ?? false, trustAnchorArn: anchor.arn, crlData: input.crlData.toString("base64"), createdAt: now, updatedAt: now },
    });
    await writeTags(tx, caller.accountId, arn, tags);
    return created;
  });
  return toCrlDetail(row);
}

export type CrlList = RaList<"crls", CrlDetail>;

export const listCrls = (caller: Caller, input: ListInput = {}): Promise<CrlList> => crls.list(caller, "rolesanywhere:ListCrls", input);
export const getCrl = (caller: Caller, crlId: string) => crls.get(caller, "rolesanywhere:GetCrl", crlId);

/** UpdateCrl: a new name and/or a new list (the CA's next CRL); only the members given change. */
export async function updateCrl(caller: Caller, input: { crlId: string; name?: string; crlData?: Buffer }): Promise<CrlDetail> {
  checkId("crlId", input.crlId);
  if (input.name !== undefined) checkName("name", input.name);
  const row = await crls.authorized(caller, "rolesanywhere:UpdateCrl", input.crlId);
  if (input.crlData !== undefined) checkCrlData("crlData", input.crlData);
  const updated = await db.raCrl.update({
    where: { id: row.id },
    data: {
      ...(input.name !== undefined ? { name: input.name } : {}),
      ...(input.crlData !== undefined ? { crlData: input.crlData.toString("base64") } : {}),
      updatedAt: serverNow(),
    },
  });
  return toCrlDetail(updated);
}

export const deleteCrl = (caller: Caller, crlId: string) => crls.remove(caller, "rolesanywhere:DeleteCrl", crlId);
export const enableCrl = (caller: Caller, id: string) => crls.setEnabled(caller, "rolesanywhere:EnableCrl", id, true);
export const disableCrl = (caller: Caller, id: string) => crls.setEnabled(caller, "rolesanywhere:DisableCrl", id, false);

/**
 * Whether an enabled CRL of the trust anchor revokes `cert` (CreateSession's check, after the chain
 * verified). `issuers`: the anchor's CA certificates and the intermediates the request carried.
 */
export async function revokedByAnchorCrl(trustAnchorArn: string, cert: X509Certificate, issuers: X509Certificate[]): Promise<boolean> {
  const rows = await db.raCrl.findMany({ where: { trustAnchorArn, enabled: true }, select: { crlData: true } });
  for (const row of rows) {
    let crl;
    try {
      crl = parseCrl(Buffer.from(row.crlData, "base64"));
    } catch {
      continue; // checked at import; a row that no longer parses revokes nothing
    }
    if (await crlRevokes(crl, cert, issuers)) return true;
  }
  return false;
}
