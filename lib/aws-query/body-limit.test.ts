// The wire endpoint refuses oversized bodies early: a real node:http server (the same listener
// server.ts uses) must answer 413 RequestEntityTooLarge without reading the whole upload, whether
// the size is declared (Content-Length) or streamed (chunked); the Fetch handler (route.ts under
// `next dev`) likewise. A maximal legal policy document still goes through, signed by the real SDK.
import { type IncomingMessage, type Server, type ServerResponse, createServer, request } from "node:http";
import type { AddressInfo, Socket } from "node:net";
import { CreateRoleCommand, IAMClient } from "@aws-sdk/client-iam";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { MAX_BODY_BYTES } from "@/lib/http/bounded-body";
import { createQueryHandler } from "./handler";
import { nodeListener } from "./node-adapter";
import { requireString } from "./params";

const KEY = { accessKeyId: "AKIABODYLIMITTEST001", secretAccessKey: "body/limit+secret" };

const handler = createQueryHandler<{ arn: string }>({
  lookup: async (id) => (id === KEY.accessKeyId ? { secretAccessKey: KEY.secretAccessKey } : null),
  resolveCaller: async () => ({ arn: "arn:aws:iam::123456789012:user/alice" }),
  logError: () => {},
  actions: {
    iam: {
      CreateRole: async (p) => ({
        Role: { RoleName: requireString(p, "RoleName"), Description: `${requireString(p, "AssumeRolePolicyDocument").length}` },
      }),
    },
  },
});

let server: Server;
let port: number;
const sockets: Socket[] = [];

beforeAll(async () => {
  const listener = nodeListener(handler);
  server = createServer((req: IncomingMessage, res: ServerResponse) => {
    sockets.push(req.socket);
    listener(req, res);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  port = (server.address() as AddressInfo).port;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

interface Upload {
  status: number;
  body: string;
  ms: number;
  /** Bytes the server's socket read from the kernel for this request. */
  serverRead: number;
}

/** POSTs `total` bytes in 64 KiB writes (declared or chunked) and stops writing once answered. */
function upload(total: number, declare: boolean): Promise<Upload> {
  const started = Date.now();
  const chunk = Buffer.alloc(64 * 1024, "a");
  return new Promise((resolve, reject) => {
    let answered = false;
    const req = request({
      host: "127.0.0.1",
      port,
      path: "/api/aws",
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded", ...(declare ? { "content-length": String(total) } : {}) },
    });
    req.on("response", (res) => {
      answered = true;
      let body = "";
      res.setEncoding("utf8");
      res.on("data", (d: string) => (body += d));
      res.on("end", () => {
        const socket = sockets.at(-1)!;
        // Let the server finish dropping the socket before reading its counter.
        setTimeout(() => resolve({ status: res.statusCode ?? 0, body, ms: Date.now() - started, serverRead: socket.bytesRead }), 50);
      });
    });
    // Writes after the server closed fail with EPIPE/ECONNRESET: expected, the answer already came.
    req.on("error", (e) => (answered ? undefined : reject(e)));
    let sent = 0;
    const pump = () => {
      while (!answered && sent < total) {
        sent += chunk.length;
        if (!req.write(chunk)) return void req.once("drain", pump);
      }
      if (!answered) req.end();
    };
    pump();
  });
}

const HUNDRED_FIFTY_MB = 150 * 1024 * 1024;

describe("request body cap on node:http", () => {
  it.each([
    ["declared with Content-Length", true],
    ["streamed chunked, no Content-Length", false],
  ])("a 150 MB POST %s gets 413 RequestEntityTooLarge without being read", async (_label, declare) => {
    const out = await upload(HUNDRED_FIFTY_MB, declare);
    expect(out.status).toBe(413);
    expect(out.body).toContain("<Code>RequestEntityTooLarge</Code>");
    expect(out.body).toContain("<Type>Sender</Type>");
    expect(out.body).toMatch(/<RequestId>[0-9a-f-]{36}<\/RequestId>/);
    // Reading 150 MB over loopback takes seconds; the refusal must come long before.
    expect(out.ms).toBeLessThan(3_000);
    expect(out.serverRead).toBeLessThan(MAX_BODY_BYTES + 4 * 1024 * 1024);
  });

  it("a body just over the cap is refused, one at the cap is parsed", async () => {
    expect((await upload(MAX_BODY_BYTES + 64 * 1024, false)).status).toBe(413);
    // 1 MiB of "a": a form with no Action, parsed and answered as AWS would (not a size error).
    const atCap = await upload(MAX_BODY_BYTES, true);
    expect(atCap.status).not.toBe(413);
    expect(atCap.body).not.toContain("RequestEntityTooLarge");
  });

  it("a maximal 131,072-character policy document still works through the SDK", async () => {
    const iam = new IAMClient({ endpoint: `http://127.0.0.1:${port}`, region: "us-east-1", credentials: KEY, maxAttempts: 1 });
    // Characters that percent-encode (quotes, braces, spaces, U+00E9) to make the form body large.
    const filler = '"é {} '.repeat(131_072 / 6 + 1);
    const document = `{"Version":"2012-10-17","Statement":[],"Sid":"${filler}`.slice(0, 131_072);
    const out = await iam.send(new CreateRoleCommand({ RoleName: "big", AssumeRolePolicyDocument: document }));
    expect(out.Role?.Description).toBe("131072");
  });
});

describe("request body cap on the Fetch handler (route.ts)", () => {
  function endless(): { stream: ReadableStream<Uint8Array>; pulled: () => number; cancelled: () => boolean } {
    let pulled = 0;
    let cancelled = false;
    const chunk = new Uint8Array(64 * 1024).fill(97);
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        pulled += chunk.length;
        controller.enqueue(chunk);
      },
      cancel() {
        cancelled = true;
      },
    });
    return { stream, pulled: () => pulled, cancelled: () => cancelled };
  }

  it("an endless chunked body is cancelled just past the cap", async () => {
    const body = endless();
    const res = await handler(new Request("http://localhost/api/aws", { method: "POST", body: body.stream, duplex: "half" } as RequestInit));
    expect(res.status).toBe(413);
    expect(await res.text()).toContain("<Code>RequestEntityTooLarge</Code>");
    expect(body.cancelled()).toBe(true);
    expect(body.pulled()).toBeLessThan(MAX_BODY_BYTES + 1024 * 1024);
  });

  it("a declared Content-Length over the cap is refused before reading", async () => {
    const body = endless();
    const req = new Request("http://localhost/api/aws", {
      method: "POST",
      body: body.stream,
      headers: { "content-length": String(HUNDRED_FIFTY_MB) },
      duplex: "half",
    } as RequestInit);
    const res = await handler(req);
    expect(res.status).toBe(413);
    expect(body.pulled()).toBeLessThanOrEqual(64 * 1024 * 2);
  });
});
