// Serves a Fetch-style handler from node:http, for test servers and scripts that want the Query
// endpoint without Next.js (e.g. driving lib/sts with the real SDK in a vitest file).

import type { IncomingMessage, RequestListener, ServerResponse } from "node:http";

export async function toFetchRequest(req: IncomingMessage): Promise<Request> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const headers = new Headers();
  // rawHeaders keeps repeated headers apart; Headers joins them the way SigV4 canonicalisation expects.
  for (let i = 0; i < req.rawHeaders.length; i += 2) headers.append(req.rawHeaders[i], req.rawHeaders[i + 1]);
  const hasBody = req.method !== "GET" && req.method !== "HEAD";
  return new Request(`http://${req.headers.host ?? "localhost"}${req.url ?? "/"}`, {
    method: req.method,
    headers,
    body: hasBody ? Buffer.concat(chunks) : undefined,
  });
}

export async function writeFetchResponse(res: ServerResponse, response: Response): Promise<void> {
  res.writeHead(response.status, Object.fromEntries(response.headers));
  res.end(Buffer.from(await response.arrayBuffer()));
}

/** `createServer(nodeListener(handler))`. */
export function nodeListener(handler: (req: Request) => Promise<Response>): RequestListener {
  return (req, res) => {
    toFetchRequest(req)
      .then(handler)
      .then((response) => writeFetchResponse(res, response))
      .catch(() => {
        if (!res.headersSent) res.writeHead(500);
        res.end();
      });
  };
}
