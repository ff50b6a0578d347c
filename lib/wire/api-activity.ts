// The wire endpoints' activity hook: every call lands in the ActivityEvent log (last-accessed data
// reads it), including failures that never resolved a caller (attributed to the access key's owner
// when it exists), and becomes CloudTrail record(s) (lib/cloudtrail/record.ts, spec §1.1).
import { decisionOf } from "@/lib/authz/access-denied";
import type { Caller } from "@/lib/authz/caller";
import { encodedMessageOf } from "@/lib/authz/decoded-message";
import type { CallRecord } from "@/lib/aws-query";
import { buildTrailRecords, isDenial } from "@/lib/cloudtrail/record";
import type { TrailActor, TrailCall, TrailEventSource, TrailRecord } from "@/lib/cloudtrail/types";
import { findAccessKeyWithUser } from "@/lib/data/access-keys";
import { appendActivity } from "@/lib/data/activity";
import { sessionOwner } from "@/lib/data/sessions";
import { appendTrailRecords } from "@/lib/data/trail-events";
import { db } from "@/lib/db";
import { noteSandboxUse } from "@/lib/sandbox/ownership";
import { serverNow } from "@/lib/server-now";

/** A call as either wire core reports it: Query (iam, sts) or JSON 1.1 (cloudtrail). */
export type WireCallRecord = CallRecord<Caller>;

const EVENT_SOURCES: ReadonlySet<string> = new Set<TrailEventSource>([
  "iam.amazonaws.com",
  "sts.amazonaws.com",
  "cloudtrail.amazonaws.com",
  "organizations.amazonaws.com",
  "access-analyzer.amazonaws.com",
  "rolesanywhere.amazonaws.com",
]);

async function ownerOfKey(accessKeyId: string): Promise<{ accountId: string; principalArn: string } | null> {
  if (accessKeyId.startsWith("ASIA")) return sessionOwner(accessKeyId);
  const key = await findAccessKeyWithUser(accessKeyId);
  if (!key) return null;
  return { accountId: key.accountId, principalArn: key.user?.arn ?? `arn:aws:iam::${key.accountId}:root` };
}

async function accountAlias(accountId: string): Promise<string | undefined> {
  const account = await db.account.findUnique({ where: { id: accountId }, select: { alias: true } });
  return account?.alias ?? undefined;
}

/** The encoded authorization message of a denial (clone extension: the Decision panel), never in the JSON. */
function decisionFor(record: WireCallRecord): string | undefined {
  if (!isDenial(record.errorCode)) return undefined;
  const decision = decisionOf(record.exception);
  return decision ? encodedMessageOf(decision) : undefined;
}

/**
 * The TrailCall of a wire call, or null when CloudTrail would not record it: requests that failed
 * authentication (no caller) are skipped [INF], except AssumeRoleWithWebIdentity/WithSAML, whose
 * token or assertion named a user at a role that exists [DOC].
 */
export async function trailCallOf(record: WireCallRecord): Promise<TrailCall | null> {
  const eventSource = `${record.service}.amazonaws.com`;
  if (!record.action || !EVENT_SOURCES.has(eventSource)) return null;
  let actor: TrailActor;
  let resourceAccountId = record.notes?.resourceAccountId;
  if (record.caller) {
    actor = { kind: "caller", caller: record.caller };
  } else if (record.notes?.actor && record.attributedTo) {
    actor = record.notes.actor;
    resourceAccountId = record.attributedTo.accountId;
  } else {
    return null;
  }
  const source = eventSource as TrailEventSource;
  const caller = record.caller;
  return {
    eventTime: record.receivedAt ?? serverNow(),
    eventSource: source,
    eventName: record.action,
    // IAM is global: its events are recorded in us-east-1 [DOC]; the others in the signing region [INF].
    awsRegion: source === "iam.amazonaws.com" ? "us-east-1" : (record.region ?? "us-east-1"),
    actor,
    accessKeyId: caller ? record.accessKeyId : undefined,
    sourceIPAddress: record.sourceIp ?? "",
    userAgent: record.userAgent ?? "",
    requestId: record.requestId,
    request: record.request ?? null,
    response: (record.result as Record<string, unknown> | null | undefined) ?? null,
    error: record.errorCode ? { code: record.errorCode, message: record.errorMessage ?? "" } : undefined,
    fromConsole: caller?.via === "console" || undefined,
    resourceAccountId,
    decision: decisionFor(record),
    accountAlias: caller?.kind === "root" ? await accountAlias(caller.accountId) : undefined,
  };
}

export async function recordApiCall(record: WireCallRecord): Promise<void> {
  let who: { accountId: string; principalArn: string } | null = record.caller
    ? { accountId: record.caller.accountId, principalArn: record.caller.arn }
    : (record.attributedTo ?? null);
  // Unknown keys belong to no account: there is no log to write them to.
  if (!who && record.accessKeyId) who = await ownerOfKey(record.accessKeyId);
  if (!who) return;
  // The 14-day idle prune must see a sandbox used only from the CLI: a Map read, the write is off the path.
  noteSandboxUse(who.accountId);
  const trail = await trailCallOf(record);
  let records: TrailRecord[] = [];
  try {
    if (trail) records = buildTrailRecords(trail);
  } catch (error) {
    // A record that cannot be built must not cost the call its ActivityEvent row (last-accessed data).
    console.error(`CloudTrail record for ${record.requestId} failed`, error);
  }
  // Every wire call writes its rows, committed before the answer leaves (the Query core awaits this
  // hook): an answered call is never missing from the log, even after kill -9. Both appends join
  // the same group commit.
  await Promise.all([
    appendActivity({
      time: serverNow(),
      accountId: who.accountId,
      principalArn: who.principalArn,
      action: `${record.service ?? "sts"}:${record.action ?? "Unknown"}`,
      resource: "",
      result: record.errorCode ? "Failure" : "Success",
      errorCode: record.errorCode ?? null,
      errorMessage: record.errorMessage ?? null,
      sourceIp: record.sourceIp ?? null,
      userAgent: record.userAgent?.slice(0, 512) ?? null,
      requestId: record.requestId,
      source: "api",
    }),
    appendTrailRecords(records),
  ]);
}
