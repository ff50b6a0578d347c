// The discovery endpoints (discovery.ts) in front of another node:http listener: server.ts puts them
// before Next, tests before the wire endpoint, so both serve them through the same code.
import type { IncomingMessage, RequestListener, ServerResponse } from "node:http";
import { discoveryResponse } from "./discovery";
import { ISSUER_PATH } from "./issuer";

export function withIssuerDiscovery(next: RequestListener): RequestListener {
  return (req: IncomingMessage, res: ServerResponse) => {
    const url = req.url ?? "/";
    if (!url.startsWith(ISSUER_PATH)) return next(req, res);
    const q = url.indexOf("?");
    discoveryResponse(req.method ?? "GET", q === -1 ? url : url.slice(0, q))
      .then(async (answer) => {
        if (!answer) return next(req, res);
        res.writeHead(answer.status, Object.fromEntries(answer.headers));
        res.end(Buffer.from(await answer.arrayBuffer()));
      })
      .catch((error: unknown) => {
        console.error("issuer discovery failed", error);
        if (!res.headersSent) res.writeHead(503, { "Content-Type": "application/json" });
        res.end(JSON.stringify({ message: "Service Unavailable" }));
      });
  };
}
