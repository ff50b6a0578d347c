// The client's address, as aws:SourceIp, the activity log and sign-in throttling see it. It is the
// TCP peer's address; X-Forwarded-For is honoured only when the peer is a proxy the operator trusts
// (TRUSTED_PROXIES), walking the hops right to left and stopping at the first untrusted one — the
// way nginx's real_ip (with real_ip_recursive) and Express's `trust proxy` work. Nothing a client
// sends on its own can change it. X-Real-IP is never read: any client can send it.
import { BlockList, isIP } from "node:net";
import { boundedMemo } from "@/lib/bounded-memo";

export type TrustedProxies = BlockList;

/** `::ffff:1.2.3.4` (how Node reports IPv4 peers on a dual-stack socket) → `1.2.3.4`; others lower-cased. */
export function normaliseAddress(text: string): string | undefined {
  let addr = text.trim();
  // Some proxies append the port: `[2001:db8::1]:443` or `203.0.113.7:5000`.
  const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(addr);
  if (bracketed) addr = bracketed[1];
  else if (/^[\d.]+:\d+$/.test(addr)) addr = addr.slice(0, addr.indexOf(":"));
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(addr);
  if (mapped) addr = mapped[1];
  return isIP(addr) ? addr.toLowerCase() : undefined;
}

/**
 * Parses TRUSTED_PROXIES: comma-separated addresses and CIDR blocks, IPv4 or IPv6
 * (`127.0.0.1, 10.0.0.0/8, ::1, fd00::/8`). Throws on an entry it cannot read: a typo must not
 * silently trust nobody (or everybody).
 */
export function parseTrustedProxies(spec: string | undefined): TrustedProxies {
  const list = new BlockList();
  for (const entry of (spec ?? "").split(",").map((e) => e.trim()).filter(Boolean)) {
    const [addrText, prefixText, extra] = entry.split("/");
    const addr = normaliseAddress(addrText);
    const family = addr && isIP(addr) === 6 ? "ipv6" : "ipv4";
    const width = family === "ipv6" ? 128 : 32;
    const prefix = prefixText === undefined ? width : /^\d{1,3}$/.test(prefixText) ? Number(prefixText) : NaN;
    if (!addr || extra !== undefined || !(prefix >= 0 && prefix <= width)) {
      throw new Error(`TRUSTED_PROXIES: "${entry}" is not an IP address or CIDR block`);
    }
    list.addSubnet(addr, prefix, family);
  }
  return list;
}

// BlockList.check builds a SocketAddress per call, a visible share of a cheap wire call; a server
// sees few distinct peers. Verdicts are kept per list (a list is not changed once in use).
const MAX_REMEMBERED = 10_000;
const verdicts = new WeakMap<TrustedProxies, (addr: string) => boolean>();

function isTrusted(addr: string, trusted: TrustedProxies): boolean {
  let check = verdicts.get(trusted);
  if (!check) {
    check = boundedMemo((a) => trusted.check(a, isIP(a) === 6 ? "ipv6" : "ipv4"), MAX_REMEMBERED);
    verdicts.set(trusted, check);
  }
  return check(addr);
}

/** normaliseAddress for socket peers, remembered: the same few connections send every request. */
const normalisePeer = boundedMemo(normaliseAddress, MAX_REMEMBERED);

/**
 * The client address of one request: the socket peer, or — through trusted proxies only — the
 * nearest X-Forwarded-For hop that is not itself a trusted proxy. A malformed hop ends the walk at
 * the proxy that forwarded it. Undefined only when the socket has no address (it was closed).
 */
export function clientAddress(
  remoteAddress: string | undefined,
  forwardedFor: string | string[] | null | undefined,
  trusted: TrustedProxies,
): string | undefined {
  let client = remoteAddress === undefined ? undefined : normalisePeer(remoteAddress);
  if (!client || !isTrusted(client, trusted) || !forwardedFor) return client;
  // Repeated X-Forwarded-For headers are one list, in order.
  const hops = (Array.isArray(forwardedFor) ? forwardedFor.join(",") : forwardedFor).split(",");
  for (let i = hops.length - 1; i >= 0; i--) {
    const hop = normaliseAddress(hops[i]);
    if (!hop) return client;
    client = hop;
    if (!isTrusted(hop, trusted)) return hop;
  }
  return client;
}

let cached: { spec: string | undefined; list: TrustedProxies } | undefined;

/** TRUSTED_PROXIES from the environment (default: trust no proxy). */
export function trustedProxies(): TrustedProxies {
  const spec = process.env.TRUSTED_PROXIES;
  if (!cached || cached.spec !== spec) cached = { spec, list: parseTrustedProxies(spec) };
  return cached.list;
}
