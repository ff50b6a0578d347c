// What every Roles Anywhere resource shares: its ARN (arn:aws:rolesanywhere:REGION:ACCT:<type>/<uuid>),
// the model's input constraints with the service's "1 validation error detected" texts, NotFound,
// nextToken/pageSize paging, and the aws:ResourceTag context a decision on an existing resource carries.
// AWS: https://docs.aws.amazon.com/rolesanywhere/latest/APIReference/CommonErrors.html
import { randomUUID } from "node:crypto";
import { db, type Tx } from "@/lib/db";
import { AwsError } from "@/lib/errors";
import type { ContextValue } from "@/lib/policy";

/** The sandbox is one region; Roles Anywhere is regional, so every ARN names it. */
export const RA_REGION = "us-east-1";

export type RaResourceType = "trust-anchor" | "profile" | "subject" | "crl";

export function raArn(accountId: string, type: RaResourceType, id: string): string {
  return `arn:aws:rolesanywhere:${RA_REGION}:${accountId}:${type}/${id}`;
}

/** A new resource id: a lowercase UUID, as AWS's. */
export function newRaId(): string {
  return randomUUID();
}

/** The Coral validation text AWS's REST-JSON services answer (ValidationException, HTTP 400). */
export function invalid(field: string, value: unknown, constraint: string): AwsError {
  const shown = typeof value === "string" ? value : JSON.stringify(value);
  return new AwsError("ValidationException", `1 validation error detected: Value '${shown}' at '${field}' failed to satisfy constraint: ${constraint}`, { field });
}

/** A plain ValidationException sentence (semantic checks beyond the model's constraints). */
export function validation(message: string): AwsError {
  return new AwsError("ValidationException", message);
}

/** [INF] AWS's sentence for an id that names nothing in the account. */
export function notFound(): AwsError {
  return new AwsError("ResourceNotFoundException", "Resource not found.");
}

export function required(field: string, value: unknown): void {
  if (value === undefined || value === null) throw invalid(field, "null", "Member must not be null");
}

export function checkLength(field: string, value: string, min: number, max: number): void {
  if (value.length < min) throw invalid(field, value, `Member must have length greater than or equal to ${min}`);
  if (value.length > max) throw invalid(field, value, `Member must have length less than or equal to ${max}`);
}

export function checkPattern(field: string, value: string, pattern: string): void {
  if (!new RegExp(pattern).test(value)) throw invalid(field, value, `Member must satisfy regular expression pattern: ${pattern}`);
}

const UUID_PATTERN = "[a-f0-9]{8}-([a-z0-9]{4}-){3}[a-z0-9]{12}";

/** A resource id (trustAnchorId, profileId, subjectId): 36 characters, the model's Uuid pattern. */
export function checkId(field: string, id: string): void {
  checkLength(field, id, 36, 36);
  checkPattern(field, id, UUID_PATTERN);
}

const NAME_PATTERN = "^[ a-zA-Z0-9-_]*$";

export function checkName(field: string, name: string): void {
  checkLength(field, name, 1, 255);
  checkPattern(field, name, NAME_PATTERN);
}

// ---------- paging ----------

export interface ListInput {
  nextToken?: string;
  pageSize?: number;
}

/** [INF] AWS documents no default page size for Roles Anywhere lists; 50 is its usual. */
const DEFAULT_PAGE_SIZE = 50;
const MAX_PAGE_SIZE = 1000;

export interface PageCursor {
  size: number;
  offset: number;
}

/** Validates nextToken/pageSize (before authorization, as the model's validation runs first). */
export function pageCursor(input: ListInput): PageCursor {
  const size = input.pageSize ?? DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(size) || size < 1) throw invalid("pageSize", String(input.pageSize), "Member must have value greater than or equal to 1");
  if (size > MAX_PAGE_SIZE) throw invalid("pageSize", String(size), `Member must have value less than or equal to ${MAX_PAGE_SIZE}`);
  if (input.nextToken === undefined) return { size, offset: 0 };
  checkLength("nextToken", input.nextToken, 1, 10000);
  const offset = /^[A-Za-z0-9_-]+$/.test(input.nextToken) ? Number(Buffer.from(input.nextToken, "base64url").toString("utf8").replace(/^o:/, "")) : NaN;
  if (!Number.isInteger(offset) || offset < 0) throw validation("Invalid pagination token.");
  return { size, offset };
}

/** Cuts `rows` (fetched with skip offset, take size + 1) into the page and its nextToken. */
export function pageOut<T>(rows: T[], cursor: PageCursor): { items: T[]; nextToken?: string } {
  if (rows.length <= cursor.size) return { items: rows };
  return { items: rows.slice(0, cursor.size), nextToken: Buffer.from(`o:${cursor.offset + cursor.size}`, "utf8").toString("base64url") };
}

// ---------- tags ----------

export interface RaTagInput {
  key: string;
  value: string;
}

export const TAG_LIMIT = 50;
const TAG_PATTERN = "^[ a-zA-Z0-9_.:/=+@-]*$";

/** The model's Tag constraints (keys and values case-sensitive; `aws:` reserved). */
export function checkTags(tags: RaTagInput[], field = "tags"): void {
  if (tags.length > TAG_LIMIT) throw invalid(field, `[${tags.map((t) => `${t.key}=${t.value}`).join(", ")}]`, `Member must have length less than or equal to ${TAG_LIMIT}`);
  tags.forEach((t, i) => {
    const at = `${field}.${i + 1}.member`;
    checkLength(`${at}.key`, t.key, 1, 128);
    checkPattern(`${at}.key`, t.key, TAG_PATTERN);
    checkLength(`${at}.value`, t.value, 0, 256);
    checkPattern(`${at}.value`, t.value, TAG_PATTERN);
    // [INF] wording; AWS reserves the prefix for its own tags.
    if (t.key.toLowerCase().startsWith("aws:")) throw validation("Tag keys starting with 'aws:' are reserved for AWS use.");
  });
  if (new Set(tags.map((t) => t.key)).size !== tags.length) throw validation("Duplicate tag keys are not allowed.");
}

/** aws:RequestTag/<key> and aws:TagKeys for a call that sets tags. */
export function requestTagContext(tags: RaTagInput[]): Record<string, ContextValue> {
  const ctx: Record<string, ContextValue> = {};
  for (const t of tags) ctx[`aws:RequestTag/${t.key}`] = t.value;
  ctx["aws:TagKeys"] = tags.map((t) => t.key);
  return ctx;
}

export async function tagsOf(resourceArn: string, tx: Tx = db): Promise<RaTagInput[]> {
  const rows = await tx.raTag.findMany({ where: { resourceArn }, orderBy: { key: "asc" } });
  return rows.map((r) => ({ key: r.key, value: r.value }));
}

/** aws:ResourceTag/<key> of an existing resource, for decisions on it. */
export async function resourceTagContext(resourceArn: string): Promise<Record<string, ContextValue>> {
  const ctx: Record<string, ContextValue> = {};
  for (const t of await tagsOf(resourceArn)) ctx[`aws:ResourceTag/${t.key}`] = t.value;
  return ctx;
}

/** Adds or overwrites tags; more than 50 in all is TooManyTagsException. */
export async function writeTags(tx: Tx, accountId: string, resourceArn: string, tags: RaTagInput[]): Promise<void> {
  if (tags.length === 0) return;
  const existing = new Set((await tx.raTag.findMany({ where: { resourceArn }, select: { key: true } })).map((r) => r.key));
  for (const t of tags) existing.add(t.key);
  // [INF] wording of TooManyTagsException.
  if (existing.size > TAG_LIMIT) throw new AwsError("TooManyTagsException", `A resource can have at most ${TAG_LIMIT} tags.`);
  for (const t of tags) {
    await tx.raTag.upsert({
      where: { resourceArn_key: { resourceArn, key: t.key } },
      create: { resourceArn, key: t.key, value: t.value, accountId },
      update: { value: t.value },
    });
  }
}
