import { describe, expect, it } from "vitest";
import { clientAddress, normaliseAddress, parseTrustedProxies } from "./client-address";

const none = parseTrustedProxies(undefined);

describe("normaliseAddress", () => {
  it("unwraps IPv4-mapped IPv6, brackets and ports; rejects what is not an address", () => {
    expect(normaliseAddress("::ffff:127.0.0.1")).toBe("127.0.0.1");
    expect(normaliseAddress("::FFFF:203.0.113.7")).toBe("203.0.113.7");
    expect(normaliseAddress(" 2001:DB8::1 ")).toBe("2001:db8::1");
    expect(normaliseAddress("[2001:db8::1]:443")).toBe("2001:db8::1");
    expect(normaliseAddress("203.0.113.7:5000")).toBe("203.0.113.7");
    for (const bad of ["", "unknown", "203.0.113.256", "1.2.3", "<script>", "_hidden"]) expect(normaliseAddress(bad)).toBeUndefined();
  });
});

describe("parseTrustedProxies", () => {
  it("reads addresses and CIDR blocks of both families", () => {
    const list = parseTrustedProxies(" 127.0.0.1, 10.0.0.0/8 ,::1, fd00::/8,::ffff:192.0.2.1");
    for (const a of ["127.0.0.1", "10.200.3.4", "192.0.2.1"]) expect(list.check(a, "ipv4")).toBe(true);
    for (const a of ["::1", "fd12::7"]) expect(list.check(a, "ipv6")).toBe(true);
    expect(list.check("127.0.0.2", "ipv4")).toBe(false);
    expect(list.check("fe80::1", "ipv6")).toBe(false);
  });

  it("refuses an entry it cannot read instead of silently trusting nobody", () => {
    for (const bad of ["localhost", "10.0.0.0/33", "::1/129", "10.0.0.0/8/1", "10.0.0.0/x"]) {
      expect(() => parseTrustedProxies(bad), bad).toThrow(/TRUSTED_PROXIES/);
    }
  });
});

describe("clientAddress", () => {
  it("is the socket peer when no proxy is trusted, whatever the headers say", () => {
    expect(clientAddress("::ffff:127.0.0.1", "203.0.113.7", none)).toBe("127.0.0.1");
    expect(clientAddress("198.51.100.4", ["203.0.113.7", "10.0.0.1"], none)).toBe("198.51.100.4");
    expect(clientAddress(undefined, "203.0.113.7", none)).toBeUndefined();
  });

  it("walks X-Forwarded-For right to left through trusted proxies only", () => {
    const trusted = parseTrustedProxies("127.0.0.1,10.0.0.0/8");
    expect(clientAddress("::ffff:127.0.0.1", "203.0.113.7", trusted)).toBe("203.0.113.7");
    // The client wrote the leftmost entry itself: only the hop a trusted proxy added counts.
    expect(clientAddress("127.0.0.1", "6.6.6.6, 198.51.100.9", trusted)).toBe("198.51.100.9");
    expect(clientAddress("127.0.0.1", "6.6.6.6, 198.51.100.9, 10.1.1.1", trusted)).toBe("198.51.100.9");
    // Repeated headers are one list.
    expect(clientAddress("127.0.0.1", ["6.6.6.6", "198.51.100.9, 10.1.1.1"], trusted)).toBe("198.51.100.9");
    // Every hop trusted: the furthest one.
    expect(clientAddress("127.0.0.1", "10.9.9.9, 10.1.1.1", trusted)).toBe("10.9.9.9");
    // An untrusted peer's header is ignored entirely.
    expect(clientAddress("198.51.100.4", "203.0.113.7", trusted)).toBe("198.51.100.4");
  });

  it("stops at the proxy that forwarded a malformed hop", () => {
    const trusted = parseTrustedProxies("127.0.0.1,10.0.0.0/8");
    expect(clientAddress("127.0.0.1", "203.0.113.7, garbage", trusted)).toBe("127.0.0.1");
    expect(clientAddress("127.0.0.1", "garbage, 10.1.1.1", trusted)).toBe("10.1.1.1");
    expect(clientAddress("127.0.0.1", "", trusted)).toBe("127.0.0.1");
  });

  it("handles IPv6 peers and proxies", () => {
    const trusted = parseTrustedProxies("::1");
    expect(clientAddress("::1", "2001:db8::7", trusted)).toBe("2001:db8::7");
    expect(clientAddress("::1", "[2001:db8::7]:1234", trusted)).toBe("2001:db8::7");
    expect(clientAddress("::1", "::ffff:203.0.113.7", trusted)).toBe("203.0.113.7");
  });
});
