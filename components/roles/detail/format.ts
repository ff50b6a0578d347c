// Role page formats: "1 hour" / "12 hours" / "1 hour 30 minutes" for session durations, policy JSON
// as the console shows it, and the service-linked explanation shown wherever editing is disabled.
import { SLR_GENERIC_EXPLANATION } from "@/lib/iam/roles/slr-text";
import type { RoleDetail } from "./types";

export function formatDuration(seconds: number): string {
  const h = Math.floor(seconds / 3600);
  const m = Math.floor((seconds % 3600) / 60);
  const s = seconds % 60;
  const parts = [
    h ? `${h} hour${h === 1 ? "" : "s"}` : "",
    m ? `${m} minute${m === 1 ? "" : "s"}` : "",
    s ? `${s} second${s === 1 ? "" : "s"}` : "",
  ].filter(Boolean);
  return parts.join(" ") || "0 seconds";
}

/** The service-linked explanation: the catalog's text for the role's service, else AWS's general one. */
export function slrExplanation(detail: RoleDetail): string {
  return detail.ServiceLinkedRole?.Explanation ?? SLR_GENERIC_EXPLANATION;
}

/** A policy document indented by 4, as the console's JSON views show it; text that isn't JSON is left as typed. */
export function prettyJson(text: string): string {
  try {
    return JSON.stringify(JSON.parse(text), null, 4);
  } catch {
    return text;
  }
}
