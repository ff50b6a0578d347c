// Value syntax for the typed condition operators: dates, numbers, booleans, CIDR ranges, base64.

const ISO_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?)?)?$/;

export type DateVerdict = "iso" | "epoch" | "invalid";

/** W3C/ISO-8601 profile AWS documents, or epoch seconds (accepted, but AA warns). */
export function classifyDate(v: string | number | boolean): DateVerdict {
  if (typeof v === "boolean") return "invalid";
  const s = String(v);
  if (/^\d{1,19}$/.test(s)) return "epoch";
  const m = ISO_DATE.exec(s);
  if (!m) return "invalid";
  const [, , mo, d, h, mi, se] = m;
  if (mo && (+mo < 1 || +mo > 12)) return "invalid";
  if (d && (+d < 1 || +d > new Date(Date.UTC(+m[1], +mo, 0)).getUTCDate())) return "invalid";
  if (h && (+h > 23 || +mi > 59 || (se !== undefined && +se > 59))) return "invalid";
  return "iso";
}

export function isNumeric(v: string | number | boolean): boolean {
  if (typeof v === "number") return Number.isFinite(v);
  return typeof v === "string" && /^-?\d+(\.\d+)?$/.test(v);
}

export function isBool(v: string | number | boolean): boolean {
  return typeof v === "boolean" || (typeof v === "string" && /^(true|false)$/i.test(v));
}

export function isBase64(v: string | number | boolean): boolean {
  return typeof v === "string" && v.length % 4 === 0 && /^[A-Za-z0-9+/]*={0,2}$/.test(v);
}

export type CidrVerdict = { ok: false } | { ok: true; canonical?: string };

/** A valid CIDR (or bare address). `canonical` is set when host bits are set after the mask (v4). */
export function checkCidr(v: string | number | boolean): CidrVerdict {
  if (typeof v !== "string") return { ok: false };
  const [addr, bits, ...rest] = v.split("/");
  if (rest.length > 0) return { ok: false };
  if (addr.includes(":")) {
    if (!isIpv6(addr)) return { ok: false };
    return bits === undefined || (/^\d{1,3}$/.test(bits) && +bits <= 128) ? { ok: true } : { ok: false };
  }
  const octets = addr.split(".");
  if (octets.length !== 4 || !octets.every((o) => /^\d{1,3}$/.test(o) && +o <= 255)) return { ok: false };
  if (bits === undefined) return { ok: true };
  if (!/^\d{1,2}$/.test(bits) || +bits > 32) return { ok: false };
  const n = octets.reduce((acc, o) => acc * 256 + +o, 0);
  const size = 2 ** (32 - +bits);
  const masked = n - (n % size);
  if (masked === n) return { ok: true };
  const parts = [24, 16, 8, 0].map((s) => Math.floor(masked / 2 ** s) % 256);
  return { ok: true, canonical: `${parts.join(".")}/${bits}` };
}

function isIpv6(addr: string): boolean {
  const halves = addr.split("::");
  if (halves.length > 2) return false;
  const groups = halves.map((h) => (h === "" ? [] : h.split(":")));
  const all = groups.flat();
  // An embedded IPv4 tail (::ffff:1.2.3.4) counts as two groups.
  const last = all[all.length - 1];
  let count = all.length;
  if (last?.includes(".")) {
    if (!checkCidr(last).ok || last.includes("/")) return false;
    all.pop();
    count++;
  }
  if (!all.every((g) => /^[0-9a-fA-F]{1,4}$/.test(g))) return false;
  return halves.length === 2 ? count < 8 : count === 8;
}
