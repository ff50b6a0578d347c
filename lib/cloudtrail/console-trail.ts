// Writes what the console does (sign-ins, Switch role, console API calls) to the event history
// (lib/data/trail-events.ts). A trail that cannot be written never changes the console's answer:
// the failure is logged once and the record dropped, as the activity log's own failures are.
import { decisionOf } from "@/lib/authz/access-denied";
import { encodedMessageOf } from "@/lib/authz/decoded-message";
import { appendTrailRecords } from "@/lib/data/trail-events";
import type { AwsError } from "@/lib/errors";
import { publicOrigin } from "@/lib/iam/outbound-federation/issuer";
import { buildTrailRecords } from "./record";
export { UNKNOWN_ADDRESS } from "./console-call";
import type { TrailCall, TrailRecord } from "./types";

/**
 * Where the console lands after a sign-in or a switch (LoginTo, RedirectTo): the clone's console
 * home at its configured origin, never a request's Host [INF: AWS writes its console's home URL].
 */
export function consoleHomeUrl(): string {
  return `${publicOrigin()}/iam`;
}

/** Builds and appends records; never throws. */
export async function writeTrail(build: () => TrailRecord[]): Promise<void> {
  try {
    const records = build();
    if (records.length > 0) await appendTrailRecords(records);
  } catch (e) {
    console.error("cloudtrail: a record could not be written:", e instanceof Error ? e.message : e);
  }
}

/** The records of calls through the one record builder (cross-account calls give two each). */
export function writeTrailCalls(calls: TrailCall[], adjust: (r: TrailRecord) => TrailRecord = (r) => r): Promise<void> {
  return writeTrail(() => calls.flatMap((c) => buildTrailRecords(c)).map(adjust));
}

/** A refused call's error, and for a policy denial the encoded message the Decision panel decodes. */
export function trailError(err: AwsError): Pick<TrailCall, "error" | "decision"> {
  const decision = decisionOf(err);
  return { error: { code: err.code, message: err.message }, ...(decision ? { decision: encodedMessageOf(decision) } : {}) };
}
