// Server certificates: UploadServerCertificate, GetServerCertificate, ListServerCertificates,
// UpdateServerCertificate (new name and/or path) and DeleteServerCertificate, each authorized on the
// certificate's ARN (arn:aws:iam::ACCT:server-certificate/PATH/NAME) before it is looked up.
// The private key is checked against the certificate at upload and then dropped: AWS never returns it,
// and a key this sandbox cannot use is a secret it should not hold (secure by default).
// AWS: https://docs.aws.amazon.com/IAM/latest/APIReference/API_UploadServerCertificate.html
import { lockQuota } from "@/lib/data/quota-lock";
import { startsWithExactly } from "@/lib/data/text-filters";
import { db } from "@/lib/db";
import { authorize } from "@/lib/authz/authorize";
import type { Caller } from "@/lib/authz/caller";
import { AwsError } from "@/lib/errors";
import { newId } from "@/lib/ids";
import { checkChain, checkPrivateKey, parseCertificate } from "@/lib/x509/pem";
import type { ServerCertificate } from "@/generated/prisma/client";
import { authorizeEntity } from "../authorized";
import { pageOf, pageRequest, type PageInput } from "../pagination";
import { QUOTAS, quotaMessage } from "../quotas";
import { uniqueOr } from "../roles/unique";
import { applyTags, listTags, requestTagContext, validateTags, type Tag } from "../tags";

export function serverCertificateArn(accountId: string, path: string, name: string): string {
  return `arn:aws:iam::${accountId}:server-certificate${path}${name}`;
}

export interface ServerCertificateMetadata {
  Path: string;
  ServerCertificateName: string;
  ServerCertificateId: string;
  Arn: string;
  UploadDate: Date;
  Expiration: Date;
}

const toMetadata = (c: ServerCertificate): ServerCertificateMetadata => ({
  Path: c.path,
  ServerCertificateName: c.name,
  ServerCertificateId: c.id,
  Arn: c.arn,
  UploadDate: c.uploadedAt,
  Expiration: c.expiration,
});

// AWS's texts (as the SDKs' users quote them).
const noSuchCertificate = (name: string) => new AwsError("NoSuchEntity", `The Server Certificate with name ${name} cannot be found.`);
const certificateExists = (name: string) => new AwsError("EntityAlreadyExists", `The Server Certificate with name ${name} already exists.`);

const findByName = (accountId: string, name: string) => db.serverCertificate.findUnique({ where: { accountId_nameLower: { accountId, nameLower: name.toLowerCase() } } });

/** The account's certificate `name` once `action` on it is allowed: AccessDenied comes before NoSuchEntity. */
export async function authorizedServerCertificate(caller: Caller, action: string, name: string, opts = {}): Promise<ServerCertificate> {
  const row = await findByName(caller.accountId, name);
  return authorizeEntity(caller, action, { row, pathlessArn: serverCertificateArn(caller.accountId, "/", name), notFound: () => noSuchCertificate(name) }, opts);
}

export interface UploadServerCertificateInput {
  name: string;
  path?: string;
  body: string;
  privateKey: string;
  chain?: string;
  tags?: Tag[];
}

export async function uploadServerCertificate(caller: Caller, input: UploadServerCertificateInput): Promise<{ ServerCertificateMetadata: ServerCertificateMetadata; Tags?: Tag[] }> {
  const tags = input.tags ?? [];
  validateTags(tags);
  const path = input.path ?? "/";
  const arn = serverCertificateArn(caller.accountId, path, input.name);
  await authorize(caller, "iam:UploadServerCertificate", arn, tags.length ? { context: requestTagContext(tags) } : {});
  const { cert, notAfter } = parseCertificate(input.body);
  checkPrivateKey(cert, input.privateKey);
  if (input.chain !== undefined) checkChain(cert, input.chain);
  const exists = () => certificateExists(input.name);
  const row = await uniqueOr(
    db.$transaction(async (tx) => {
      await lockQuota(tx, `account:${caller.accountId}:server-certificates`);
      if (await tx.serverCertificate.findUnique({ where: { accountId_nameLower: { accountId: caller.accountId, nameLower: input.name.toLowerCase() } }, select: { id: true } })) throw exists();
      const quota = QUOTAS.serverCertificatesPerAccount;
      // [INF] the quota's name in AWS's "Cannot exceed quota for …" text.
      if ((await tx.serverCertificate.count({ where: { accountId: caller.accountId } })) >= quota) throw new AwsError("LimitExceeded", quotaMessage("ServerCertificatesPerAccount", quota));
      const created = await tx.serverCertificate.create({
        // The private key is deliberately not among the stored fields (see the header).
        data: { id: newId("ASCA"), accountId: caller.accountId, name: input.name, nameLower: input.name.toLowerCase(), path, arn, body: input.body, chain: input.chain ?? null, expiration: notAfter },
      });
      await applyTags(tx, "server-certificate", created.id, tags, "TagsPerServerCertificate");
      return created;
    }),
    exists,
  );
  return { ServerCertificateMetadata: toMetadata(row), ...(tags.length ? { Tags: tags } : {}) };
}

export async function getServerCertificate(caller: Caller, name: string) {
  const row = await authorizedServerCertificate(caller, "iam:GetServerCertificate", name);
  const tags = await listTags("server-certificate", row.id);
  return {
    ServerCertificate: {
      ServerCertificateMetadata: toMetadata(row),
      CertificateBody: row.body,
      ...(row.chain ? { CertificateChain: row.chain } : {}),
      ...(tags.length ? { Tags: tags } : {}),
    },
  };
}

export async function listServerCertificates(
  caller: Caller,
  input: PageInput & { pathPrefix?: string } = {},
): Promise<{ ServerCertificateMetadataList: ServerCertificateMetadata[]; IsTruncated: boolean; Marker?: string }> {
  const paging = pageRequest(input);
  const pathPrefix = input.pathPrefix ?? "/";
  await authorize(caller, "iam:ListServerCertificates", serverCertificateArn(caller.accountId, pathPrefix, ""));
  const rows = await db.serverCertificate.findMany({ where: { accountId: caller.accountId, path: startsWithExactly(pathPrefix) } });
  const { items, ...rest } = pageOf(rows, (c) => c.nameLower, paging);
  return { ServerCertificateMetadataList: items.map(toMetadata), ...rest };
}

/**
 * A new name and/or path. The caller needs the permission on the certificate under its old name and
 * path and under its new ones (AWS), both checked before the certificate is looked up.
 */
export async function updateServerCertificate(caller: Caller, input: { name: string; newName?: string; newPath?: string }): Promise<void> {
  const row = await findByName(caller.accountId, input.name);
  await authorize(caller, "iam:UpdateServerCertificate", row?.arn ?? serverCertificateArn(caller.accountId, "/", input.name));
  const name = input.newName ?? row?.name ?? input.name;
  const path = input.newPath ?? row?.path ?? "/";
  const arn = serverCertificateArn(caller.accountId, path, name);
  await authorize(caller, "iam:UpdateServerCertificate", arn);
  if (!row) throw noSuchCertificate(input.name);
  const exists = () => certificateExists(name);
  await uniqueOr(
    db.$transaction(async (tx) => {
      if (name.toLowerCase() !== row.nameLower && (await tx.serverCertificate.findUnique({ where: { accountId_nameLower: { accountId: caller.accountId, nameLower: name.toLowerCase() } } }))) {
        throw exists();
      }
      const done = await tx.serverCertificate.updateMany({ where: { id: row.id, nameLower: row.nameLower }, data: { name, nameLower: name.toLowerCase(), path, arn } });
      if (done.count === 0) throw noSuchCertificate(input.name);
    }),
    exists,
  );
}

export async function deleteServerCertificate(caller: Caller, name: string): Promise<void> {
  const row = await authorizedServerCertificate(caller, "iam:DeleteServerCertificate", name);
  await db.$transaction([db.tag.deleteMany({ where: { ownerType: "server-certificate", ownerId: row.id } }), db.serverCertificate.deleteMany({ where: { id: row.id } })]);
}
