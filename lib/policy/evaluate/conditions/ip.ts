import { memoLast } from "./memo";
import { defineOperator, type AnyOperatorDef } from "./operator";

/** An address as a 32- or 128-bit integer. */
export interface IpAddr {
  v6: boolean;
  bits: bigint;
}
interface Cidr extends IpAddr {
  prefix: number;
}

const V4 = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/;

function parseV4(text: string): bigint | undefined {
  const m = V4.exec(text);
  if (!m) return undefined;
  let bits = 0n;
  for (const octet of m.slice(1)) {
    const n = Number(octet);
    if (n > 255) return undefined;
    bits = (bits << 8n) | BigInt(n);
  }
  return bits;
}

function parseGroups(text: string): number[] | undefined {
  if (text === "") return [];
  const groups: number[] = [];
  const fields = text.split(":");
  for (let i = 0; i < fields.length; i++) {
    const field = fields[i];
    if (i === fields.length - 1 && field.includes(".")) {
      const v4 = parseV4(field);
      if (v4 === undefined) return undefined;
      groups.push(Number(v4 >> 16n), Number(v4 & 0xffffn));
    } else if (/^[0-9a-fA-F]{1,4}$/.test(field)) {
      groups.push(parseInt(field, 16));
    } else {
      return undefined;
    }
  }
  return groups;
}

function parseV6(text: string): bigint | undefined {
  const halves = text.split("::");
  if (halves.length > 2) return undefined;
  const head = parseGroups(halves[0]);
  const tail = halves.length === 2 ? parseGroups(halves[1]) : [];
  if (!head || !tail) return undefined;
  const missing = 8 - head.length - tail.length;
  if (halves.length === 2 ? missing < 1 : missing !== 0) return undefined;
  const groups = [...head, ...new Array<number>(missing).fill(0), ...tail];
  return groups.reduce((acc, g) => (acc << 16n) | BigInt(g), 0n);
}

/** A plain IPv4 or IPv6 address. */
export function parseIp(text: string): IpAddr | undefined {
  const trimmed = text.trim();
  const v4 = parseV4(trimmed);
  if (v4 !== undefined) return { v6: false, bits: v4 };
  const v6 = trimmed.includes(":") ? parseV6(trimmed) : undefined;
  return v6 === undefined ? undefined : { v6: true, bits: v6 };
}

/** A CIDR block; a bare address is a /32 (IPv4) or /128 (IPv6) block. */
export function parseCidr(text: string): Cidr | undefined {
  const [addr, prefixText, extra] = text.trim().split("/");
  if (extra !== undefined) return undefined;
  const ip = parseIp(addr);
  if (!ip) return undefined;
  const width = ip.v6 ? 128 : 32;
  if (prefixText === undefined) return { ...ip, prefix: width };
  if (!/^\d{1,3}$/.test(prefixText) || Number(prefixText) > width) return undefined;
  return { ...ip, prefix: Number(prefixText) };
}

function inCidr(ip: IpAddr, cidr: Cidr): boolean {
  if (ip.v6 !== cidr.v6) return false;
  const shift = BigInt((cidr.v6 ? 128 : 32) - cidr.prefix);
  return ip.bits >> shift === cidr.bits >> shift;
}

const parseContextIp = memoLast(parseIp);

function ipOperator(negated: boolean): AnyOperatorDef {
  return defineOperator<Cidr, IpAddr>({ negated, variables: false, value: parseCidr, context: parseContextIp, test: inCidr });
}

export const ipOperators: Record<string, AnyOperatorDef> = {
  IpAddress: ipOperator(false),
  NotIpAddress: ipOperator(true),
};
