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

// The console's dates are in UTC and English whatever the browser's locale, so they are spelled out
// here rather than by Intl: a page's first Intl date format costs 30–55 ms of ICU setup on this
// machine's Chromium (bench:graph-page), for text these few lines produce. time.test.ts holds them to
// Intl's en-US/en-GB output.
const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
const two = (n: number) => String(n).padStart(2, "0");

/** "January 15, 2026, 09:30 (UTC+00:00)"; with seconds "January 15, 2026, 09:30:05 (UTC+00:00)". */
export function longDate(iso: string, { seconds = false } = {}): string {
  const d = new Date(iso);
  const time = `${two(d.getUTCHours())}:${two(d.getUTCMinutes())}${seconds ? `:${two(d.getUTCSeconds())}` : ""}`;
  return `${MONTHS[d.getUTCMonth()]} ${d.getUTCDate()}, ${d.getUTCFullYear()}, ${time} (UTC+00:00)`;
}
