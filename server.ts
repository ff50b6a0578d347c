// The production server (`npm start` / `npm run serve`): Next.js for the console, and the AWS wire
// endpoint (/api/aws) answered straight from node:http with the same handler app/api/aws/route.ts
// exports. Next's per-request pipeline costs ~1 ms of CPU here — a no-op route handler under
// `next start` tops out near 1,000 req/s on 2 cores — and the CLI/SDK traffic needs none of it
// (no pages, cookies or middleware). `npm run dev` runs this file too (`--dev`: Next in dev mode,
// the wire through the route file so edits reload), so both see the client address the same way.
//
// Only this file sees the socket. It works out the client's address (lib/net/client-address.ts:
// the peer, or X-Forwarded-For through TRUSTED_PROXIES) and stamps it on every request it hands to
// Next, replacing any copy the client sent; the console reads nothing else.
import { createServer } from "node:http";
import path from "node:path";
import next from "next";
import { hasMalformedPath, malformedPathResponse } from "@/lib/api/request-guards";
import { nodeListener } from "@/lib/aws-query";
import { flushPendingWrites } from "@/lib/data/sql";
import { startTrailRetention } from "@/lib/data/trail-events";
import { db } from "@/lib/db";
import { DATA_DIR } from "@/lib/database-url";
import { isMultiSandbox } from "@/lib/sandbox/mode";
import { INSTRUCTOR_TOKEN_FILE, instructorTokenSource } from "@/lib/sandbox/instructor";
import { startSandboxPrune } from "@/lib/sandbox/provision";
import { withIssuerDiscovery } from "@/lib/iam/outbound-federation/node-listener";
import { trustedProxies } from "@/lib/net/client-address";
import { stampClientAddress } from "@/lib/net/stamped-address";
import { createAwsEndpoint } from "@/lib/wire/endpoint";

// Files the server creates (SQLite -wal/-shm, the OIDC key, caches) are the owner's only; the data
// directory's modes themselves are set by scripts/prepare-data.ts (lib/data-dir.ts).
process.umask(0o077);

const port = Number(process.env.PORT ?? 3000);
// Not HOSTNAME: container runtimes export it as the machine's name, which would bind one interface.
const host = process.env.HOST;
const dev = process.argv.includes("--dev");

/**
 * `/api/aws` and `/api/aws/` (SDK v3 adds the slash), with or without a query string (GET), and the
 * REST URIs below it (IAM Roles Anywhere: /api/aws/trustanchors, /api/aws/sessions…).
 */
function isWirePath(url: string | undefined): boolean {
  if (!url) return false;
  const q = url.indexOf("?");
  const path = q === -1 ? url : url.slice(0, q);
  return path === "/api/aws" || path.startsWith("/api/aws/");
}

async function main(): Promise<void> {
  // A TRUSTED_PROXIES typo stops the server here rather than trusting nobody (or everybody).
  trustedProxies();
  const app = next({ dev, dir: process.cwd(), hostname: host ?? "localhost", port });
  const handleNext = app.getRequestHandler();
  await app.prepare();
  const handleWire = nodeListener(createAwsEndpoint());

  // Outbound issuers' OIDC discovery (public, as AWS's) is answered before Next, like the wire.
  const server = createServer(withIssuerDiscovery((req, res) => {
    if (!dev && isWirePath(req.url)) return handleWire(req, res);
    // Next decodes dynamic segments itself and answers an undecodable one (%ZZ) with a bare 500.
    if (hasMalformedPath(req.url)) {
      const answer = malformedPathResponse(req.url!);
      res.writeHead(answer.status, { "Content-Type": answer.contentType }).end(answer.body);
      return;
    }
    stampClientAddress(req);
    handleNext(req, res).catch((error: unknown) => {
      console.error("request failed", error);
      if (!res.headersSent) res.writeHead(500);
      res.end();
    });
  }));
  // Keep CLI/SDK connections open between calls (the SDKs reuse sockets).
  server.keepAliveTimeout = 65_000;
  // Without HOST, every interface (IPv4 and IPv6), as `next start` does.
  server.listen({ port, host }, () => console.log(`▲ IAM console ready on http://localhost:${port} (wire endpoint /api/aws)`));
  // CloudTrail's 90-day retention: the only thing that ever deletes a trail record.
  startTrailRetention();
  // A training server deletes the sandboxes idle for 14 days (training spec §6).
  if (isMultiSandbox()) {
    startSandboxPrune(db);
    // Where the instructor's token is (never the token itself: server logs are often shared).
    const source = instructorTokenSource();
    if ("problem" in source) console.warn(`Instructor view off: ${source.problem}`);
    else console.log(`Instructor view: http://localhost:${port}/sandboxes/instructor (token: ${source.from === "env" ? "SANDBOX_INSTRUCTOR_TOKEN" : `the file ${path.join(DATA_DIR, INSTRUCTOR_TOKEN_FILE)}`})`);
  }

  const stop = () => {
    // Rows of calls still in flight (their answers wait for this commit): commit them before exiting.
    void flushPendingWrites();
    server.close(() => process.exit(0));
    server.closeIdleConnections();
    setTimeout(() => process.exit(0), 2000).unref();
  };
  process.on("SIGTERM", stop);
  process.on("SIGINT", stop);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
