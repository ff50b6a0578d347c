// The text forms CloudTrail writes (spec §1.2): eventTime, the dates inside IAM and STS
// responseElements, and the eventVersion each event source stamps. All times are UTC.
import type { TrailEventSource } from "./types";

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** `2026-11-22T10:15:03Z`: eventTime and sessionContext's creationDate. */
export function trailTime(date: Date): string {
  return date.toISOString().replace(/\.\d{3}Z$/, "Z");
}

function clockParts(date: Date): { day: string; time: string } {
  const h = date.getUTCHours();
  const hour12 = h % 12 === 0 ? 12 : h % 12;
  const mm = String(date.getUTCMinutes()).padStart(2, "0");
  const ss = String(date.getUTCSeconds()).padStart(2, "0");
  return {
    day: `${MONTHS[date.getUTCMonth()]} ${date.getUTCDate()}, ${date.getUTCFullYear()}`,
    time: `${hour12}:${mm}:${ss} ${h < 12 ? "AM" : "PM"}`,
  };
}

/** IAM responseElements dates [OBS]: `Aug 1, 2024 1:37:41 PM`. */
export function iamDate(date: Date): string {
  const { day, time } = clockParts(date);
  return `${day} ${time}`;
}

/** STS responseElements dates (credentials' expiration) [OBS]: `Jul 30, 2024, 9:46:15 PM`. */
export function stsDate(date: Date): string {
  const { day, time } = clockParts(date);
  return `${day}, ${time}`;
}

/** The date form of an event source's responseElements (IAM's for every non-STS source [INF]). */
export function responseDate(source: TrailEventSource, date: Date): string {
  return source === "sts.amazonaws.com" ? stsDate(date) : iamDate(date);
}

/**
 * eventVersion per source (spec §1.2): 1.11 is current [DOC]; records seen carry STS 1.08→1.11,
 * IAM 1.09 and sign-in 1.08 [OBS]. Overridable with TRAIL_EVENT_VERSION_<SOURCE> (e.g.
 * TRAIL_EVENT_VERSION_IAM=1.11), read when a record is built.
 */
export const EVENT_VERSIONS: Readonly<Record<TrailEventSource, string>> = {
  "sts.amazonaws.com": "1.11",
  "iam.amazonaws.com": "1.09",
  "signin.amazonaws.com": "1.08",
  "cloudtrail.amazonaws.com": "1.11",
  "organizations.amazonaws.com": "1.11",
  "access-analyzer.amazonaws.com": "1.11",
  // [OBS] a CreateTrustAnchor record (2024) carries 1.08.
  "rolesanywhere.amazonaws.com": "1.08",
};

const VERSION = /^\d+\.\d{2}$/;

export function eventVersionFor(source: TrailEventSource): string {
  const name = `TRAIL_EVENT_VERSION_${source.split(".")[0].replace(/-/g, "_").toUpperCase()}`;
  const override = process.env[name];
  return override && VERSION.test(override) ? override : EVENT_VERSIONS[source];
}
