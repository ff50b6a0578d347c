// The CloudTrail-like log of wire calls: one row per call, committed before the answer leaves.
import type { ActivityEvent } from "@/generated/prisma/client";
import { table } from "./columns";
import { store } from "./sql";

/** A row to append: the id is the database's. */
export type NewActivityEvent = Omit<ActivityEvent, "id">;

export const activityEvents = table<NewActivityEvent>("ActivityEvent", {
  time: "date",
  accountId: "text",
  principalArn: "text",
  action: "text",
  resource: "text",
  result: "text",
  errorCode: "text",
  errorMessage: "text",
  sourceIp: "text",
  userAgent: "text",
  requestId: "text",
  source: "text",
});

const insert = activityEvents.insertQuery("activity_insert");

/**
 * Appends one event in the current group commit; resolves once it is committed, so an answered call
 * is never missing from the log, even after kill -9, and the wait is one shared commit, not one per call.
 */
export async function appendActivity(row: NewActivityEvent): Promise<void> {
  await store().insert(insert, activityEvents.values(row).map(withoutNul));
}

/**
 * The log records what clients sent (action names, user agents, messages echoing input), and
 * PostgreSQL's text type refuses NUL: the row would be lost. Both stores keep U+FFFD instead.
 */
export function withoutNul<V>(value: V): V {
  return typeof value === "string" && value.includes("\u0000") ? (value.replaceAll("\u0000", "\uFFFD") as V) : value;
}
