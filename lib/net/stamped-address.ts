// server.ts sees the socket; Next route handlers and server components do not. So server.ts
// computes the client address and hands it to the Next side in an internal request header, after
// removing any copy the client sent. The header also carries a per-process secret: when the app
// runs without server.ts (plain `next start`), a client-sent copy is never believed, and the
// console simply knows no address.
import { randomBytes, timingSafeEqual } from "node:crypto";
import type { IncomingMessage } from "node:http";
import { clientAddress, normaliseAddress, trustedProxies } from "./client-address";

export const CLIENT_IP_HEADER = "x-sandbox-client-ip";

// On globalThis: server.ts and the Next bundle each load this module in the same process, and
// both must hold the same secret.
const shared = globalThis as unknown as { __sandboxClientIpToken?: string };
const token = Buffer.from((shared.__sandboxClientIpToken ??= randomBytes(24).toString("hex")));

/** The client address of a node:http request (socket peer, X-Forwarded-For through trusted proxies). */
export function addressOf(req: IncomingMessage): string | undefined {
  return clientAddress(req.socket.remoteAddress, req.headers["x-forwarded-for"], trustedProxies());
}

/** Replaces whatever the client sent as CLIENT_IP_HEADER with the address server.ts computed. */
export function stampClientAddress(req: IncomingMessage): string | undefined {
  const address = addressOf(req);
  const raw: string[] = [];
  for (let i = 0; i < req.rawHeaders.length; i += 2) {
    if (req.rawHeaders[i].toLowerCase() !== CLIENT_IP_HEADER) raw.push(req.rawHeaders[i], req.rawHeaders[i + 1]);
  }
  delete req.headers[CLIENT_IP_HEADER];
  if (address) {
    const value = `${token.toString()} ${address}`;
    req.headers[CLIENT_IP_HEADER] = value;
    raw.push(CLIENT_IP_HEADER, value);
  }
  req.rawHeaders = raw;
  return address;
}

/** The address server.ts stamped on this request; undefined when the header is missing or forged. */
export function stampedClientAddress(value: string | string[] | null | undefined): string | undefined {
  if (typeof value !== "string") return undefined;
  const space = value.indexOf(" ");
  if (space === -1) return undefined;
  const claimed = Buffer.from(value.slice(0, space));
  if (claimed.length !== token.length || !timingSafeEqual(claimed, token)) return undefined;
  return normaliseAddress(value.slice(space + 1));
}
