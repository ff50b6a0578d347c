import { createServer, type IncomingMessage } from "node:http";
import type { AddressInfo } from "node:net";
import { describe, expect, it } from "vitest";
import { CLIENT_IP_HEADER, stampClientAddress, stampedClientAddress } from "./stamped-address";

/** One real request over loopback, stamped the way server.ts stamps it; resolves with what Next would see. */
async function stampedOverLoopback(headers: Record<string, string>): Promise<IncomingMessage> {
  const server = createServer((req, res) => {
    stampClientAddress(req);
    res.end();
    seen(req);
  });
  let seen: (req: IncomingMessage) => void = () => undefined;
  const got = new Promise<IncomingMessage>((resolve) => (seen = resolve));
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  await fetch(`http://127.0.0.1:${(server.address() as AddressInfo).port}/`, { headers });
  server.close();
  return got;
}

describe("the address server.ts hands to the Next side", () => {
  it("replaces a client's own copy of the header with the socket address", async () => {
    const req = await stampedOverLoopback({ [CLIENT_IP_HEADER]: "203.0.113.7", "x-forwarded-for": "203.0.113.8" });
    expect(stampedClientAddress(req.headers[CLIENT_IP_HEADER])).toBe("127.0.0.1");
    const raw = req.rawHeaders.filter((_, i) => i % 2 === 0 && req.rawHeaders[i].toLowerCase() === CLIENT_IP_HEADER);
    expect(raw).toHaveLength(1);
  });

  it("believes no header it did not stamp (the app run without server.ts)", async () => {
    const stamped = (await stampedOverLoopback({}))?.headers[CLIENT_IP_HEADER] as string;
    const token = stamped.split(" ")[0];
    expect(stampedClientAddress("203.0.113.7")).toBeUndefined();
    expect(stampedClientAddress("forged 203.0.113.7")).toBeUndefined();
    expect(stampedClientAddress(`${token}x 203.0.113.7`)).toBeUndefined();
    expect(stampedClientAddress(`${token} 203.0.113.7, ${token} 6.6.6.6`)).toBeUndefined();
    expect(stampedClientAddress([stamped])).toBeUndefined();
    expect(stampedClientAddress(null)).toBeUndefined();
    expect(stampedClientAddress(`${token} 203.0.113.7`)).toBe("203.0.113.7");
  });
});
