// The console's JSON bodies (lib/api/with-console-api.ts) go through readJsonBody: a body over the
// cap is RequestEntityTooLarge (413) whether declared or streamed, bad JSON stays a ValidationError.
import { describe, expect, it } from "vitest";
import { AwsError } from "@/lib/errors";
import { MAX_BODY_BYTES, readJsonBody } from "./bounded-body";

const post = (body: BodyInit, headers: Record<string, string> = {}) =>
  new Request("http://localhost/api/console/users", { method: "POST", body, headers, duplex: "half" } as RequestInit);

function streamOf(bytes: number): ReadableStream<Uint8Array> {
  let left = bytes;
  return new ReadableStream({
    pull(controller) {
      if (left <= 0) return controller.close();
      const n = Math.min(left, 64 * 1024);
      left -= n;
      controller.enqueue(new Uint8Array(n).fill(32));
    },
  });
}

async function failure(p: Promise<unknown>): Promise<AwsError> {
  const e = await p.then(
    () => undefined,
    (err: unknown) => err,
  );
  if (!(e instanceof AwsError)) throw new Error(`expected an AwsError, got ${String(e)}`);
  return e;
}

describe("readJsonBody", () => {
  it("parses a policy-sized body (a 131,072-character document, JSON-escaped)", async () => {
    const policyDocument = '"é\\'.repeat(131_072 / 3 + 1).slice(0, 131_072);
    const body = JSON.stringify({ policyName: "big", policyDocument });
    expect(((await readJsonBody(post(body))) as { policyDocument: string }).policyDocument).toHaveLength(131_072);
  });

  it("refuses a declared Content-Length over the cap", async () => {
    const e = await failure(readJsonBody(post(streamOf(10), { "content-length": String(MAX_BODY_BYTES + 1) })));
    expect([e.code, e.status]).toEqual(["RequestEntityTooLarge", 413]);
  });

  it("refuses a streamed body once it passes the cap", async () => {
    const e = await failure(readJsonBody(post(streamOf(50 * MAX_BODY_BYTES))));
    expect([e.code, e.status]).toEqual(["RequestEntityTooLarge", 413]);
  });

  it("keeps bad JSON a ValidationError", async () => {
    const e = await failure(readJsonBody(post("{not json")));
    expect([e.code, e.message]).toEqual(["ValidationError", "Request body is not valid JSON."]);
  });
});
