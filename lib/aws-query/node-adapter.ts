// Serves the Query endpoint from node:http: the production server (server.ts), test servers and
// scripts. A handler made by createQueryHandler is served through its core, straight from the
// IncomingMessage; any other Fetch-style handler through Request/Response objects.

import type { IncomingMessage, RequestListener, ServerResponse } from "node:http";
import { isAwsError } from "@/lib/errors";
import { closeAfterResponse, readNodeBody as readBody } from "@/lib/http/bounded-body";
import { addressOf, stampClientAddress } from "@/lib/net/stamped-address";
import { type QueryCore, type QueryResponse, WIRE_SECURITY_HEADERS, queryErrorResponse } from "./handler";

/**
 * Header lookup over rawHeaders, joining repeats with ", " the way Fetch's Headers (and SigV4) do.
 * A class, so `get` is not a closure renamed per request by the loader (see bounded-body.ts).
 */
class RawHeaderBag {
  private readonly values = new Map<string, string>();

  constructor(rawHeaders: string[]) {
    for (let i = 0; i < rawHeaders.length; i += 2) {
      const name = rawHeaders[i].toLowerCase();
      const prev = this.values.get(name);
      this.values.set(name, prev === undefined ? rawHeaders[i + 1] : `${prev}, ${rawHeaders[i + 1]}`);
    }
  }

  get(name: string): string | null {
    return this.values.get(name.toLowerCase()) ?? null;
  }
}

export async function toFetchRequest(req: IncomingMessage): Promise<Request> {
  const body = await readBody(req);
  const headers = new Headers();
  // rawHeaders keeps repeated headers apart; Headers joins them the way SigV4 canonicalisation expects.
  for (let i = 0; i < req.rawHeaders.length; i += 2) headers.append(req.rawHeaders[i], req.rawHeaders[i + 1]);
  const hasBody = req.method !== "GET" && req.method !== "HEAD";
  return new Request(`http://${req.headers.host ?? "localhost"}${req.url ?? "/"}`, {
    method: req.method,
    headers,
    body: hasBody ? body : undefined,
  });
}

export async function writeFetchResponse(res: ServerResponse, response: Response): Promise<void> {
  res.writeHead(response.status, Object.fromEntries(response.headers));
  res.end(Buffer.from(await response.arrayBuffer()));
}

/**
 * With its length declared, the head and the XML leave in one write; without it Node streams the
 * body chunked (head, chunk, terminator: more bytes, and parsing work on both ends).
 */
function send(res: ServerResponse, out: QueryResponse): void {
  res.writeHead(out.status, Object.assign({ "Content-Length": String(Buffer.byteLength(out.body)) }, out.headers));
  res.end(out.body);
}

async function serveCore(core: QueryCore, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const body = await readBody(req);
  const sourceIp = addressOf(req);
  send(res, await core({ method: req.method ?? "GET", url: req.url ?? "/", headers: new RawHeaderBag(req.rawHeaders), body, sourceIp }));
}

/** `createServer(nodeListener(handler))`. */
export function nodeListener(handler: ((req: Request) => Promise<Response>) & { core?: QueryCore }): RequestListener {
  return (req, res) => {
    // A Fetch handler has no socket: it reads the client address from the stamped header.
    if (!handler.core) stampClientAddress(req);
    const served = handler.core
      ? serveCore(handler.core, req, res)
      : toFetchRequest(req)
          .then(handler)
          .then((response) => writeFetchResponse(res, response));
    served.catch((error: unknown) => {
      if (isAwsError(error) && !res.headersSent) {
        // A refused body (over the size cap): answer, then drop the connection instead of reading on.
        closeAfterResponse(req, res);
        send(res, queryErrorResponse(error));
        return;
      }
      if (!res.headersSent) res.writeHead(500, WIRE_SECURITY_HEADERS);
      res.end();
    });
  };
}
