// Request bodies are read with a byte cap, so one large POST cannot make the server buffer it all
// (an unauthenticated 150 MB POST once grew the process by 450 MB). A declared Content-Length over
// the cap is refused before reading anything; a chunked or lying body is refused as soon as the
// running total passes the cap, and what is left of it is never read.
import type { IncomingMessage, ServerResponse } from "node:http";
import { AwsError } from "@/lib/errors";

/**
 * 1 MiB. The largest single parameter of any IAM/STS Query action is a 131,072-character policy
 * document whose characters are limited to U+0009, U+000A, U+000D and U+0020–U+00FF
 * (https://docs.aws.amazon.com/IAM/latest/APIReference/API_CreatePolicy.html): at most 2 UTF-8
 * bytes each, 6 once percent-encoded, so 786,432 bytes; the remaining parameters (names, paths,
 * descriptions, 50 tags) add a few tens of kilobytes. The console's JSON bodies carry the same
 * documents JSON-escaped (at most ~2x), so one cap fits both.
 */
export const MAX_BODY_BYTES = 1024 * 1024;

export function bodyTooLarge(limit: number): AwsError {
  return new AwsError("RequestEntityTooLarge", `Request body must be at most ${limit} bytes.`);
}

function declaredLength(value: string | null | undefined): number | undefined {
  if (value == null || !/^\s*\d+\s*$/.test(value)) return undefined;
  return Number(value);
}

/**
 * The body of a node:http request, at most `limit` bytes. Past the cap it rejects with
 * RequestEntityTooLarge and leaves the stream paused: the caller answers and closes the connection
 * (see closeAfterResponse) instead of draining the rest.
 */
export function readNodeBody(req: IncomingMessage, limit: number = MAX_BODY_BYTES): Promise<Buffer<ArrayBuffer>> {
  const declared = declaredLength(req.headers["content-length"]);
  if (declared !== undefined && declared > limit) return Promise.reject(bodyTooLarge(limit));
  return new Promise((resolve, reject) => new NodeBodyReader(req, limit, resolve, reject).listen());
}

/**
 * One body read. A class with listeners assigned as members, not closures declared per call: the
 * dev/prod loader (tsx, esbuild keepNames) renames every named closure with Object.defineProperty,
 * microseconds per request on the wire's hot path.
 */
class NodeBodyReader {
  private readonly chunks: Buffer[] = [];
  private total = 0;
  private readonly onData: (chunk: Buffer) => void;
  private readonly onEnd: () => void;
  private readonly onError: (error: Error) => void;

  constructor(
    private readonly req: IncomingMessage,
    private readonly limit: number,
    private readonly resolve: (body: Buffer<ArrayBuffer>) => void,
    private readonly reject: (error: unknown) => void,
  ) {
    this.onData = (chunk) => this.data(chunk);
    this.onEnd = () => this.end();
    this.onError = (error) => this.fail(error);
  }

  listen(): void {
    this.req.on("data", this.onData);
    this.req.on("end", this.onEnd);
    this.req.on("error", this.onError);
  }

  private cleanup(): void {
    this.req.off("data", this.onData);
    this.req.off("end", this.onEnd);
    this.req.off("error", this.onError);
  }

  private data(chunk: Buffer): void {
    this.total += chunk.length;
    if (this.total > this.limit) {
      this.cleanup();
      this.req.pause();
      this.chunks.length = 0;
      this.reject(bodyTooLarge(this.limit));
      return;
    }
    this.chunks.push(chunk);
  }

  private end(): void {
    this.cleanup();
    this.resolve(Buffer.concat(this.chunks, this.total));
  }

  private fail(error: Error): void {
    this.cleanup();
    this.reject(error);
  }
}

/**
 * After a refused body: tell the client the connection ends with this response, and drop the socket
 * once it is sent rather than reading the rest of the upload.
 */
export function closeAfterResponse(req: IncomingMessage, res: ServerResponse): void {
  res.setHeader("Connection", "close");
  res.once("finish", () => req.socket.destroy());
}

/** The body of a Fetch request, at most `limit` bytes; past the cap the stream is cancelled. */
export async function readFetchBody(req: Request, limit: number = MAX_BODY_BYTES): Promise<Uint8Array> {
  const declared = declaredLength(req.headers.get("content-length"));
  if (declared !== undefined && declared > limit) throw bodyTooLarge(limit);
  if (!req.body) return new Uint8Array();
  const reader = req.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > limit) {
      await reader.cancel().catch(() => undefined);
      throw bodyTooLarge(limit);
    }
    chunks.push(value);
  }
  const body = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    body.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return body;
}

const utf8 = new TextDecoder();

/** A console JSON body, at most `limit` bytes; ValidationError when it is not JSON. */
export async function readJsonBody(req: Request, limit: number = MAX_BODY_BYTES): Promise<unknown> {
  const bytes = await readFetchBody(req, limit);
  try {
    return JSON.parse(utf8.decode(bytes)) as unknown;
  } catch {
    throw new AwsError("ValidationError", "Request body is not valid JSON.");
  }
}
