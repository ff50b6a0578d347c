// TagResource, UntagResource, ListTagsForResource on trust anchors, profiles, subjects and CRLs, addressed
// by ARN. The ARN must be one of this account's Roles Anywhere resources; the decision names it.
// AWS: https://docs.aws.amazon.com/rolesanywhere/latest/APIReference/API_TagResource.html
import { db } from "@/lib/db";
import type { AuthorizeOptions } from "@/lib/authz/authorize";
import type { Caller } from "@/lib/authz/caller";
import { authorizeRa } from "./authorized";
import { checkLength, checkTags, invalid, required, requestTagContext, tagsOf, writeTags, type RaResourceType, type RaTagInput } from "./common";

const RA_ARN = /^arn:aws:rolesanywhere:([a-z0-9-]+):(\d{12}):(trust-anchor|profile|subject|crl)\/(.+)$/;

async function rowFor(accountId: string, type: RaResourceType, id: string): Promise<{ arn: string } | null> {
  const where = { id, accountId };
  if (type === "trust-anchor") return db.raTrustAnchor.findFirst({ where, select: { arn: true } });
  if (type === "profile") return db.raProfile.findFirst({ where, select: { arn: true } });
  if (type === "subject") return db.raSubject.findFirst({ where, select: { arn: true } });
  if (type === "crl") return db.raCrl.findFirst({ where, select: { arn: true } });
  return null;
}

/** The resource an ARN names, once `action` on it is allowed; ResourceNotFoundException otherwise. */
async function authorizedResource(caller: Caller, action: string, resourceArn: string, opts: AuthorizeOptions = {}): Promise<{ arn: string }> {
  required("resourceArn", resourceArn);
  checkLength("resourceArn", resourceArn, 1, 1011);
  const m = RA_ARN.exec(resourceArn);
  if (!m) throw invalid("resourceArn", resourceArn, "Member must be a valid IAM Roles Anywhere resource ARN");
  const [, , account, type, id] = m;
  const row = account === caller.accountId ? await rowFor(account, type as RaResourceType, id) : null;
  // Another account's ARN is decided as named, and then not found: nothing about it is told.
  return authorizeRa(caller, action, resourceArn, row, opts);
}

export async function tagResource(caller: Caller, input: { resourceArn: string; tags: RaTagInput[] }): Promise<Record<string, never>> {
  required("tags", input.tags);
  checkTags(input.tags);
  const row = await authorizedResource(caller, "rolesanywhere:TagResource", input.resourceArn, { context: requestTagContext(input.tags) });
  await db.$transaction((tx) => writeTags(tx, caller.accountId, row.arn, input.tags));
  return {};
}

export async function untagResource(caller: Caller, input: { resourceArn: string; tagKeys: string[] }): Promise<Record<string, never>> {
  required("tagKeys", input.tagKeys);
  if (input.tagKeys.length > 50) throw invalid("tagKeys", `[${input.tagKeys.join(", ")}]`, "Member must have length less than or equal to 50");
  input.tagKeys.forEach((k, i) => checkLength(`tagKeys.${i + 1}.member`, k, 1, 128));
  const row = await authorizedResource(caller, "rolesanywhere:UntagResource", input.resourceArn, { context: { "aws:TagKeys": input.tagKeys } });
  await db.raTag.deleteMany({ where: { resourceArn: row.arn, key: { in: input.tagKeys } } });
  return {};
}

export async function listTagsForResource(caller: Caller, resourceArn: string): Promise<{ tags: RaTagInput[] }> {
  const row = await authorizedResource(caller, "rolesanywhere:ListTagsForResource", resourceArn);
  return { tags: await tagsOf(row.arn) };
}
