// The wire endpoint's answers carry nosniff and frame-ancestors on every path: served from
// node:http (server.ts, where next.config.js headers never apply), through the Fetch handler
// (route.ts under `next dev`), for successes, AWS errors and a refused oversized body alike.
import { type Server, createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createQueryHandler } from "./handler";
import { nodeListener } from "./node-adapter";

const handler = createQueryHandler<never>({
  lookup: async () => null,
  resolveCaller: async () => {
    throw new Error("no caller in this test");
  },
  logError: () => {},
  actions: {},
  unsignedActions: { sts: { Ping: async () => ({ Pong: "yes" }) } },
});

function expectWireHeaders(headers: Headers) {
  expect(headers.get("x-content-type-options")).toBe("nosniff");
  expect(headers.get("content-security-policy")).toContain("frame-ancestors 'none'");
  expect(headers.get("content-security-policy")).toContain("default-src 'none'");
  expect(headers.get("x-frame-options")).toBe("DENY");
}

let server: Server;
let endpoint: string;

beforeAll(async () => {
  server = createServer(nodeListener(handler));
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  endpoint = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/aws`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

const form = { "content-type": "application/x-www-form-urlencoded" };

describe("wire security headers", () => {
  it.each([
    ["a success", "Action=Ping&Version=2011-06-15", 200],
    ["an AWS error (unsigned, no such action)", "Action=GetCallerIdentity&Version=2011-06-15", 403],
  ])("node:http: %s", async (_label, body, status) => {
    const res = await fetch(endpoint, { method: "POST", headers: form, body });
    expect(res.status).toBe(status);
    expectWireHeaders(res.headers);
    // Sized, not chunked: the head and the XML go out in one write (node-adapter.ts).
    const text = await res.text();
    expect(res.headers.get("transfer-encoding")).toBeNull();
    expect(res.headers.get("content-length")).toBe(String(Buffer.byteLength(text)));
  });

  it("node:http: a refused oversized body", async () => {
    const res = await fetch(endpoint, { method: "POST", headers: form, body: "a".repeat(2 * 1024 * 1024) });
    expect(res.status).toBe(413);
    expectWireHeaders(res.headers);
    expect(res.headers.get("content-length")).toBe(String(Buffer.byteLength(await res.text())));
  });

  it("Fetch handler (route.ts)", async () => {
    const res = await handler(new Request("http://localhost/api/aws", { method: "POST", headers: form, body: "Action=Ping&Version=2011-06-15" }));
    expect(res.status).toBe(200);
    expectWireHeaders(res.headers);
  });
});
