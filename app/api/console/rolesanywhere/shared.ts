// What the Roles Anywhere console routes share: the id path parameter, whole lists (the console's
// tables filter and sort in the browser), and the Tags section over TagResource / UntagResource / ListTagsForResource.
import { z } from "zod";
import { withConsoleApi } from "@/lib/api/with-console-api";
import type { Caller } from "@/lib/authz/caller";
import { listTagsForResource, raArn, tagResource, untagResource } from "@/lib/rolesanywhere";

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

export type RaResourceKind = "trust-anchor" | "profile";

const ZTags = z.object({ tags: z.array(z.object({ Key: z.string().max(128), Value: z.string().max(256) }).strict()).max(50) }).strict();

/**
 * GET and PUT for a resource's Tags section. PUT saves the whole set, as the console's tag editor
 * does: TagResource for the set, then UntagResource for the keys that went (each authorized).
 */
export function tagRoutes(kind: RaResourceKind) {
  const arnOf = (caller: Caller, id: string) => raArn(caller.accountId, kind, id);
  const GET = withConsoleApi({
    action: "rolesanywhere:ListTagsForResource",
    params: ZId,
    resource: ({ caller, params }) => arnOf(caller, params.id),
    trail: ({ caller, params }) => ({ request: { ResourceArn: arnOf(caller, params.id) } }),
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
    // TagResource, then UntagResource when keys went (the handler's result names them).
    trail: ({ caller, params, body, result }) => {
      const ResourceArn = arnOf(caller, params.id);
      const untagged = (result as { untagged?: string[] } | undefined)?.untagged ?? [];
      const calls = body.tags.length > 0 ? [{ eventName: "TagResource", request: { ResourceArn, TagKeys: body.tags.map((t) => t.Key) } }] : [];
      if (untagged.length > 0 || calls.length === 0) calls.push({ eventName: "UntagResource", request: { ResourceArn, TagKeys: untagged } });
      return calls;
    },
    handler: async ({ caller, params, body }) => {
      const resourceArn = arnOf(caller, params.id);
      // The change is authorized (and the resource found) before its tags are read: a caller who
      // may only read them gets AccessDenied, not an answer about the resource [AWS authorizes first].
      if (body.tags.length > 0) await tagResource(caller, { resourceArn, tags: body.tags.map((t) => ({ key: t.Key, value: t.Value })) });
      else await untagResource(caller, { resourceArn, tagKeys: [] });
      const { tags: current } = await listTagsForResource(caller, resourceArn);
      const keep = new Set(body.tags.map((t) => t.Key));
      const gone = current.filter((t) => !keep.has(t.key)).map((t) => t.key);
      if (gone.length > 0) await untagResource(caller, { resourceArn, tagKeys: gone });
      return { ok: true, untagged: gone };
    },
  });
  return { GET, PUT };
}

/** Tags as the create forms send them (Roles Anywhere's own spelling). */
export const ZCreateTags = z.array(z.object({ key: z.string().max(128), value: z.string().max(256) }).strict()).max(50).optional();
