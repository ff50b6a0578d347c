// What the Roles Anywhere console routes share: the id path parameter, whole lists (the console's
// tables filter and sort in the browser), a trust anchor's certificates read for its page, and the
// Tags section over TagResource / UntagResource / ListTagsForResource.
import { X509Certificate } from "node:crypto";
import { z } from "zod";
import { withConsoleApi } from "@/lib/api/with-console-api";
import type { Caller } from "@/lib/authz/caller";
import { listTagsForResource, raArn, tagResource, untagResource } from "@/lib/rolesanywhere";
import { pemBlocks } from "@/lib/x509/pem";

/** A trust anchor, profile or subject id (a UUID; Roles Anywhere checks its pattern and answers in its words). */
export const ZId = z.object({ id: z.string().min(1).max(64) });

/** Every page of a Roles Anywhere list call, for a table that shows them all. */
export async function listAll<P extends { nextToken?: string }, T>(page: (nextToken?: string) => Promise<P>, items: (p: P) => T[]): Promise<T[]> {
  const out: T[] = [];
  let token: string | undefined;
  // Bounded: a table of more than 50 pages is far beyond the service's quotas.
  for (let i = 0; i < 50; i++) {
    const r = await page(token);
    out.push(...items(r));
    token = r.nextToken;
    if (!token) break;
  }
  return out;
}

export interface CertificateDetails {
  subject: string;
  issuer: string;
  serialNumber: string;
  notBefore: Date;
  notAfter: Date;
  isCa: boolean;
  keyType: string;
  sha256Fingerprint: string;
}

/** The certificates of a CERTIFICATE_BUNDLE as the trust anchor page shows them; none for other sources. */
export function certificateDetails(bundle: string | undefined): CertificateDetails[] {
  const blocks = bundle ? (pemBlocks(bundle) ?? []) : [];
  return blocks.flatMap((b) => {
    try {
      const c = new X509Certificate(b.der);
      const key = c.publicKey;
      const size = key.asymmetricKeyDetails?.modulusLength ? ` ${key.asymmetricKeyDetails.modulusLength}` : key.asymmetricKeyDetails?.namedCurve ? ` ${key.asymmetricKeyDetails.namedCurve}` : "";
      return [
        {
          // node prints one RDN per line; the console shows them comma-separated, as AWS's x509Subject does.
          subject: c.subject.split("\n").join(", "),
          issuer: c.issuer.split("\n").join(", "),
          serialNumber: c.serialNumber,
          notBefore: new Date(c.validFrom),
          notAfter: new Date(c.validTo),
          isCa: c.ca,
          keyType: `${(key.asymmetricKeyType ?? "unknown").toUpperCase()}${size}`,
          sha256Fingerprint: c.fingerprint256,
        },
      ];
    } catch {
      return [];
    }
  });
}

export type RaResourceKind = "trust-anchor" | "profile";

const ZTags = z.object({ tags: z.array(z.object({ Key: z.string().max(128), Value: z.string().max(256) }).strict()).max(50) }).strict();

/**
 * GET and PUT for a resource's Tags section. PUT saves the whole set, as the console's tag editor
 * does: UntagResource for the keys that went, then TagResource for the rest (both authorized).
 */
export function tagRoutes(kind: RaResourceKind) {
  const arnOf = (caller: Caller, id: string) => raArn(caller.accountId, kind, id);
  const GET = withConsoleApi({
    action: "rolesanywhere:ListTagsForResource",
    params: ZId,
    resource: ({ caller, params }) => arnOf(caller, params.id),
    handler: async ({ caller, params }) => {
      const { tags } = await listTagsForResource(caller, arnOf(caller, params.id));
      return { Tags: tags.map((t) => ({ Key: t.key, Value: t.value })) };
    },
  });
  const PUT = withConsoleApi({
    action: "rolesanywhere:TagResource",
    params: ZId,
    body: ZTags,
    resource: ({ caller, params }) => arnOf(caller, params.id),
    handler: async ({ caller, params, body }) => {
      const resourceArn = arnOf(caller, params.id);
      const { tags: current } = await listTagsForResource(caller, resourceArn);
      const keep = new Set(body.tags.map((t) => t.Key));
      const gone = current.filter((t) => !keep.has(t.key)).map((t) => t.key);
      if (gone.length > 0) await untagResource(caller, { resourceArn, tagKeys: gone });
      if (body.tags.length > 0) await tagResource(caller, { resourceArn, tags: body.tags.map((t) => ({ key: t.Key, value: t.Value })) });
      return { ok: true };
    },
  });
  return { GET, PUT };
}

/** Tags as the create forms send them (Roles Anywhere's own spelling). */
export const ZCreateTags = z.array(z.object({ key: z.string().max(128), value: z.string().max(256) }).strict()).max(50).optional();
