// A trust anchor's notification settings: when Roles Anywhere warns that a CA certificate or an
// end-entity certificate is about to expire. Every anchor has the service's defaults (both events,
// channel ALL, configuredBy rolesanywhere.amazonaws.com); PutNotificationSettings overrides one by
// (event, channel) and the setting then reads configuredBy the account; ResetNotificationSettings
// drops the override. The sandbox sends no notifications: it keeps and reports the settings.
// AWS: https://docs.aws.amazon.com/rolesanywhere/latest/APIReference/API_PutNotificationSettings.html
// AWS: https://docs.aws.amazon.com/rolesanywhere/latest/APIReference/API_NotificationSettingDetail.html
import { invalid, validation } from "./common";

export const NOTIFICATION_EVENTS = ["CA_CERTIFICATE_EXPIRY", "END_ENTITY_CERTIFICATE_EXPIRY"] as const;
export type NotificationEvent = (typeof NOTIFICATION_EVENTS)[number];
const CHANNELS = ["ALL"];
/** [INF] the service's default threshold (days before expiry); AWS's console shows 45. */
export const DEFAULT_THRESHOLD = 45;
const SERVICE = "rolesanywhere.amazonaws.com";

export interface NotificationSetting {
  event: string;
  enabled: boolean;
  channel?: string;
  threshold?: number;
}

export interface NotificationSettingKey {
  event: string;
  channel?: string;
}

/** The model's NotificationSettingDetail. */
export interface NotificationSettingDetail {
  event: string;
  enabled: boolean;
  channel: string;
  threshold?: number;
  configuredBy: string;
}

interface Stored {
  event: string;
  channel: string;
  enabled: boolean;
  threshold?: number;
}

function parseStored(json: string): Stored[] {
  try {
    const v: unknown = JSON.parse(json);
    return Array.isArray(v) ? (v as Stored[]) : [];
  } catch {
    return [];
  }
}

/** The settings as the API reports them: the defaults, each replaced by the account's override. */
export function notificationDetails(storedJson: string, accountId: string): NotificationSettingDetail[] {
  const custom = parseStored(storedJson);
  return NOTIFICATION_EVENTS.map((event) => {
    const own = custom.find((c) => c.event === event && c.channel === "ALL");
    if (own) return { event, enabled: own.enabled, channel: own.channel, ...(own.threshold !== undefined ? { threshold: own.threshold } : {}), configuredBy: accountId };
    return { event, enabled: true, channel: "ALL", threshold: DEFAULT_THRESHOLD, configuredBy: SERVICE };
  });
}

const LIST_MAX = 50;

function checkKey(at: string, key: NotificationSettingKey): string {
  if (key.event === undefined || key.event === null) throw invalid(`${at}.event`, "null", "Member must not be null");
  if (!(NOTIFICATION_EVENTS as readonly string[]).includes(key.event)) throw invalid(`${at}.event`, key.event, `Member must satisfy enum value set: [${NOTIFICATION_EVENTS.join(", ")}]`);
  const channel = key.channel ?? "ALL";
  if (!CHANNELS.includes(channel)) throw invalid(`${at}.channel`, channel, `Member must satisfy enum value set: [${CHANNELS.join(", ")}]`);
  return channel;
}

/** The model's constraints on a NotificationSetting list (PutNotificationSettings, CreateTrustAnchor). */
export function checkNotificationSettings(settings: NotificationSetting[], field = "notificationSettings"): Stored[] {
  if (settings.length > LIST_MAX) throw invalid(field, `[${settings.length} settings]`, `Member must have length less than or equal to ${LIST_MAX}`);
  return settings.map((s, i) => {
    const at = `${field}.${i + 1}.member`;
    const channel = checkKey(at, s);
    if (typeof s.enabled !== "boolean") throw invalid(`${at}.enabled`, "null", "Member must not be null");
    if (s.threshold !== undefined) {
      if (!Number.isInteger(s.threshold) || s.threshold < 1) throw invalid(`${at}.threshold`, String(s.threshold), "Member must have value greater than or equal to 1");
      if (s.threshold > 360) throw invalid(`${at}.threshold`, String(s.threshold), "Member must have value less than or equal to 360");
    }
    // [DOC] "This value is required for a notification setting that is enabled." (wording [INF])
    if (s.enabled && s.threshold === undefined) throw validation(`A threshold is required for the enabled ${s.event} notification setting.`);
    return { event: s.event, channel, enabled: s.enabled, ...(s.threshold !== undefined ? { threshold: s.threshold } : {}) };
  });
}

export function checkNotificationKeys(keys: NotificationSettingKey[]): Array<{ event: string; channel: string }> {
  if (keys.length > LIST_MAX) throw invalid("notificationSettingKeys", `[${keys.length} keys]`, `Member must have length less than or equal to ${LIST_MAX}`);
  return keys.map((k, i) => ({ event: k.event, channel: checkKey(`notificationSettingKeys.${i + 1}.member`, k) }));
}

/** The stored overrides after `put` (each replaces the one with its event and channel). */
export function mergeSettings(storedJson: string, put: Stored[]): string {
  const out = parseStored(storedJson).filter((c) => !put.some((p) => p.event === c.event && p.channel === c.channel));
  return JSON.stringify([...out, ...put]);
}

/** The stored overrides after resetting `keys` to the defaults. */
export function resetSettings(storedJson: string, keys: Array<{ event: string; channel: string }>): string {
  return JSON.stringify(parseStored(storedJson).filter((c) => !keys.some((k) => k.event === c.event && k.channel === c.channel)));
}
