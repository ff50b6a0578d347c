// Property tests: the parser inverts the clients' encoding, and no input makes the protocol layer
// throw anything but an AwsError.

import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { AwsError } from "@/lib/errors";
import { parseForm, uriEncode } from "./form";
import { verifySigV4 } from "./sigv4";
import { elementXml } from "./xml";

describe("properties", () => {
  it("parseForm inverts RFC 3986 form encoding for any names and values", () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.tuple(fc.string({ minLength: 1, unit: "binary" }), fc.string({ unit: "binary" })), { selector: ([k]) => k }), (pairs) => {
        const body = pairs.map(([k, v]) => `${uriEncode(k)}=${uriEncode(v)}`).join("&");
        expect([...parseForm(body)]).toEqual(pairs);
      }),
    );
  });

  it("verifySigV4 fails only with AwsError on arbitrary auth headers, dates and queries", async () => {
    const lookup = async () => ({ secretAccessKey: "s" });
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(fc.string(), fc.constantFrom("AWS4-HMAC-SHA256 ", "AWS4-HMAC-SHA256 Credential=a/b/c/d/e, SignedHeaders=host, Signature=x")).chain(
          (prefix) => fc.tuple(fc.constant(prefix), fc.string()),
        ),
        fc.oneof(fc.string(), fc.constant("20261122T140000Z")),
        fc.string(),
        async ([prefix, rest], date, query) => {
          try {
            await verifySigV4(
              { method: "POST", path: "/", query, headers: { host: "h", authorization: prefix + rest, "x-amz-date": date }, body: "" },
              lookup,
              new Date("2026-11-22T14:00:00Z"),
            );
          } catch (e) {
            expect(e).toBeInstanceOf(AwsError);
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it("escaped text never opens or closes an element", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary" }), (text) => {
        const xml = elementXml("M", text);
        expect(xml.slice(3, -4)).not.toMatch(/[<>]/);
      }),
    );
  });
});
