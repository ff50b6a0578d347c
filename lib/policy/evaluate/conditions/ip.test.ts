import { describe, it, expect } from "vitest";
import { parseCidr, parseIp } from "./ip";
import { holds } from "./test-helpers";

describe("IP parsing", () => {
  it("reads IPv4 and IPv6 addresses, compressed and with embedded IPv4", () => {
    expect(parseIp("203.0.113.5")).toEqual({ v6: false, bits: 0xcb007105n });
    expect(parseIp("::1")?.bits).toBe(1n);
    expect(parseIp("2001:db8::")?.bits).toBe(0x20010db8n << 96n);
    expect(parseIp("::ffff:192.0.2.1")?.bits).toBe((0xffffn << 32n) | 0xc0000201n);
    expect(parseIp("256.0.0.1")).toBeUndefined();
    expect(parseIp("1:2:3:4:5:6:7:8:9")).toBeUndefined();
    expect(parseIp("1::2::3")).toBeUndefined();
    expect(parseIp("example.com")).toBeUndefined();
  });

  it("reads CIDR blocks; a bare address is a single-host block", () => {
    expect(parseCidr("10.0.0.0/8")?.prefix).toBe(8);
    expect(parseCidr("10.0.0.1")?.prefix).toBe(32);
    expect(parseCidr("2001:db8::1")?.prefix).toBe(128);
    expect(parseCidr("10.0.0.0/33")).toBeUndefined();
    expect(parseCidr("10.0.0.0/")).toBeUndefined();
  });
});

describe("IpAddress / NotIpAddress", () => {
  it("aws:SourceIp within the allowed ranges (AWS doc example)", () => {
    const c = { IpAddress: { "aws:SourceIp": ["192.0.2.0/24", "203.0.113.0/24"] } };
    expect(holds(c, { "aws:SourceIp": "203.0.113.77" })).toBe(true);
    expect(holds(c, { "aws:SourceIp": "198.51.100.1" })).toBe(false);
    expect(holds(c, {})).toBe(false);
  });

  it("NotIpAddress denies outside the range and holds when the key is absent (VPC endpoint calls)", () => {
    const c = { NotIpAddress: { "aws:SourceIp": "192.0.2.0/24" } };
    expect(holds(c, { "aws:SourceIp": "198.51.100.1" })).toBe(true);
    expect(holds(c, { "aws:SourceIp": "192.0.2.9" })).toBe(false);
    expect(holds(c, {})).toBe(true);
  });

  it("matches IPv6 ranges and never mixes families", () => {
    const c = { IpAddress: { "aws:SourceIp": "2001:DB8:1234:5678::/64" } };
    expect(holds(c, { "aws:SourceIp": "2001:db8:1234:5678:abcd::1" })).toBe(true);
    expect(holds(c, { "aws:SourceIp": "2001:db8:1234:5679::1" })).toBe(false);
    expect(holds({ IpAddress: { "aws:SourceIp": "0.0.0.0/0" } }, { "aws:SourceIp": "::1" })).toBe(false);
    expect(holds({ IpAddress: { "aws:SourceIp": "::/0" } }, { "aws:SourceIp": "::1" })).toBe(true);
  });

  it("masks host bits of the policy block and accepts /0 and /32", () => {
    expect(holds({ IpAddress: { "aws:SourceIp": "10.1.2.3/8" } }, { "aws:SourceIp": "10.200.0.1" })).toBe(true);
    expect(holds({ IpAddress: { "aws:SourceIp": "0.0.0.0/0" } }, { "aws:SourceIp": "8.8.8.8" })).toBe(true);
    expect(holds({ IpAddress: { "aws:SourceIp": "10.0.0.1/32" } }, { "aws:SourceIp": "10.0.0.2" })).toBe(false);
  });
});
