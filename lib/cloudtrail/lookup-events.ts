// CloudTrail LookupEvents over the JSON 1.1 protocol (spec observability §1.6; AWS API reference:
// https://docs.aws.amazon.com/awscloudtrail/latest/APIReference/API_LookupEvents.html). Authorized
// first (cloudtrail:LookupEvents on *), then the input is checked in the order of the parameters
// (attributes, category, time range, MaxResults, NextToken), then the caller's own account is read.
import { createHash } from "node:crypto";
import { authorize } from "@/lib/authz/authorize";
import type { Caller } from "@/lib/authz/caller";
import { AwsError } from "@/lib/errors";
import { InvalidCursorError, isTrailCursor, lookupTrailEvents } from "@/lib/data/trail-events";
import { LOOKUP_ATTRIBUTE_KEYS, type LookupAttributeKey, type LookupQuery, type TrailRecord } from "./types";

/** The X-Amz-Target prefixes: botocore's (the CLI) and SDK v3's (the Smithy service name alone). */
export const CLOUDTRAIL_TARGET_PREFIXES = ["com.amazonaws.cloudtrail.v20131101.CloudTrail_20131101", "CloudTrail_20131101"] as const;
export const MAX_RESULTS = 50;
const VALUE_MAX = 2000;

const invalidAttributes = (message: string) => new AwsError("InvalidLookupAttributesException", message);
const serialization = (member: string, expected: string) => new AwsError("SerializationException", `${member} must be ${expected}.`);

function isKey(k: string): k is LookupAttributeKey {
  return (LOOKUP_ATTRIBUTE_KEYS as readonly string[]).includes(k);
}

interface LookupInput {
  attribute?: { key: LookupAttributeKey; value: string };
  insight: boolean;
  startTime?: Date;
  endTime?: Date;
  limit: number;
  nextToken?: string;
}

function present(v: unknown): boolean {
  return v !== undefined && v !== null;
}

function timestamp(input: Record<string, unknown>, member: string): Date | undefined {
  const v = input[member];
  if (!present(v)) return undefined;
  if (typeof v !== "number" || !Number.isFinite(v)) throw serialization(member, "a timestamp in epoch seconds");
  const d = new Date(v * 1000);
  if (Number.isNaN(d.getTime())) throw new AwsError("InvalidTimeRangeException", `${member} is outside the range of possible values.`);
  return d;
}

function attribute(input: Record<string, unknown>): LookupInput["attribute"] {
  const list = input.LookupAttributes;
  if (!present(list)) return undefined;
  if (!Array.isArray(list)) throw serialization("LookupAttributes", "a list");
  if (list.length === 0) return undefined;
  if (list.length > 1) throw invalidAttributes("You can specify only one lookup attribute.");
  const a = list[0] as unknown;
  if (a === null || typeof a !== "object" || Array.isArray(a)) throw serialization("LookupAttributes.member.1", "a structure");
  const { AttributeKey: key, AttributeValue: value } = a as Record<string, unknown>;
  if (present(key) && typeof key !== "string") throw serialization("AttributeKey", "a string");
  if (present(value) && typeof value !== "string") throw serialization("AttributeValue", "a string");
  if (typeof key !== "string" || !isKey(key)) {
    throw invalidAttributes(`Lookup attribute key ${typeof key === "string" ? `'${key}' ` : ""}is not valid. Valid keys: ${LOOKUP_ATTRIBUTE_KEYS.join(", ")}.`);
  }
  if (typeof value !== "string" || value.length < 1 || value.length > VALUE_MAX) {
    throw invalidAttributes(`The value of lookup attribute ${key} must be 1 to ${VALUE_MAX} characters long.`);
  }
  if (key === "ReadOnly") {
    const lower = value.toLowerCase();
    if (lower !== "true" && lower !== "false") throw invalidAttributes("The value of lookup attribute ReadOnly must be true or false.");
    return { key, value: lower };
  }
  return { key, value };
}

export function parseLookupInput(input: Record<string, unknown>): LookupInput {
  const attr = attribute(input);
  const category = input.EventCategory;
  if (present(category) && typeof category !== "string") throw serialization("EventCategory", "a string");
  if (present(category) && category !== "insight") {
    throw new AwsError("InvalidEventCategoryException", `EventCategory '${String(category)}' is not valid. Valid value: insight.`);
  }
  const startTime = timestamp(input, "StartTime");
  const endTime = timestamp(input, "EndTime");
  if (startTime && endTime && startTime.getTime() > endTime.getTime()) {
    throw new AwsError("InvalidTimeRangeException", "The start time must not be after the end time.");
  }
  const max = input.MaxResults;
  if (present(max) && (typeof max !== "number" || !Number.isInteger(max))) throw serialization("MaxResults", "an integer");
  if (typeof max === "number" && (max < 1 || max > MAX_RESULTS)) {
    throw new AwsError("InvalidMaxResultsException", `MaxResults must be between 1 and ${MAX_RESULTS}.`);
  }
  const token = input.NextToken;
  if (present(token) && typeof token !== "string") throw serialization("NextToken", "a string");
  return { attribute: attr, insight: category === "insight", startTime, endTime, limit: typeof max === "number" ? max : MAX_RESULTS, nextToken: (token as string | undefined) || undefined };
}

// ---- NextToken: the store's cursor, bound to the parameters it was made for ----

/** A digest of everything a page depends on except its size (paging may change the page size). */
function parameterHash(accountId: string, p: LookupInput): string {
  const material = JSON.stringify([accountId, p.attribute?.key ?? null, p.attribute?.value ?? null, p.startTime?.getTime() ?? null, p.endTime?.getTime() ?? null]);
  return createHash("sha256").update(material).digest("base64url").slice(0, 22);
}

function makeToken(cursor: string, hash: string): string {
  return Buffer.from(JSON.stringify({ c: cursor, h: hash }), "utf8").toString("base64url");
}

// The store's own refusal (same code and text): this check also binds the time range and runs first.
const invalidToken = () => new InvalidCursorError();

function cursorOf(token: string, hash: string): string {
  let parsed: unknown;
  try {
    parsed = /^[A-Za-z0-9_-]+$/.test(token) ? JSON.parse(Buffer.from(token, "base64url").toString("utf8")) : null;
  } catch {
    throw invalidToken();
  }
  const t = parsed as { c?: unknown; h?: unknown } | null;
  if (!t || typeof t !== "object" || typeof t.c !== "string" || t.h !== hash || !isTrailCursor(t.c)) throw invalidToken();
  return t.c;
}

/** An event as LookupEvents lists it, keys in AWS's order [OBS]. */
export function lookupEvent(r: TrailRecord): Record<string, unknown> {
  return {
    EventId: r.eventId,
    EventName: r.eventName,
    ReadOnly: r.readOnly ? "true" : "false",
    ...(r.accessKeyId ? { AccessKeyId: r.accessKeyId } : {}),
    EventTime: r.eventTime,
    EventSource: r.eventSource,
    ...(r.username ? { Username: r.username } : {}),
    Resources: r.resources.map((x) => ({ ResourceType: x.type, ResourceName: x.name })),
    CloudTrailEvent: r.cloudTrailEvent,
  };
}

export async function lookupEvents(input: Record<string, unknown>, caller: Caller): Promise<object> {
  await authorize(caller, "cloudtrail:LookupEvents", "*");
  const p = parseLookupInput(input);
  const hash = parameterHash(caller.accountId, p);
  const after = p.nextToken ? cursorOf(p.nextToken, hash) : undefined;
  // Insights events are not recorded here: the category has none [spec §1.6].
  if (p.insight) return { Events: [] };
  const q: LookupQuery = { accountId: caller.accountId, attribute: p.attribute, startTime: p.startTime, endTime: p.endTime, limit: p.limit, after };
  const page = await lookupTrailEvents(q);
  return { Events: page.records.map(lookupEvent), ...(page.next ? { NextToken: makeToken(page.next, hash) } : {}) };
}
