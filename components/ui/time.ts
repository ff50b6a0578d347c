// Console date formats: relative ("7 minutes ago") for activity, and the long form with UTC offset.

// The server's clock minus the browser's (components/ui/server-clock.tsx sets it).
let serverOffset = 0;

export function setServerClock(serverNow: number, clientNow = Date.now()): void {
  serverOffset = serverNow - clientNow;
}

/** Now, by the server's clock. */
export function serverNow(): number {
  return Date.now() + serverOffset;
}

export function relativeTime(iso: string | null | undefined, now = serverNow()): string {
  if (!iso) return "-";
  const seconds = Math.max(0, Math.round((now - new Date(iso).getTime()) / 1000));
  const units: [number, string][] = [
    [86400, "day"],
    [3600, "hour"],
    [60, "minute"],
  ];
  for (const [size, unit] of units) {
    if (seconds >= size) {
      const n = Math.floor(seconds / size);
      return `${n} ${unit}${n === 1 ? "" : "s"} ago`;
    }
  }
  return "Now";
}

/** "January 15, 2026, 09:30 (UTC+00:00)" */
export function longDate(iso: string): string {
  const d = new Date(iso);
  const date = d.toLocaleDateString("en-US", { year: "numeric", month: "long", day: "numeric", timeZone: "UTC" });
  const time = d.toLocaleTimeString("en-GB", { hour: "2-digit", minute: "2-digit", timeZone: "UTC" });
  return `${date}, ${time} (UTC+00:00)`;
}
