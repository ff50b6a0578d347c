import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { assertWellFormed, csrfRefusal, hasMalformedPath, isWellFormedText } from "./request-guards";

const headers = (h: Record<string, string>) => new Headers(h);
const JSON_CT = { "content-type": "application/json", host: "localhost:3000" };

describe("csrfRefusal", () => {
  it("lets reads through whatever their headers", () => {
    for (const m of ["GET", "HEAD", "OPTIONS"]) expect(csrfRefusal(m, headers({ origin: "https://evil.example" }))).toBeNull();
  });

  it("accepts same-origin JSON (Origin, or Sec-Fetch-Site when Origin is absent)", () => {
    expect(csrfRefusal("POST", headers({ ...JSON_CT, origin: "http://localhost:3000" }))).toBeNull();
    expect(csrfRefusal("DELETE", headers({ ...JSON_CT, "content-type": "application/json; charset=UTF-8", origin: "http://localhost:3000" }))).toBeNull();
    expect(csrfRefusal("PUT", headers({ ...JSON_CT, "sec-fetch-site": "same-origin" }))).toBeNull();
    expect(csrfRefusal("PATCH", headers({ "content-type": "application/json", host: "iam.example:443", origin: "https://iam.example" }))).toBeNull();
  });

  it("refuses the bodies an HTML form can send (the text/plain CSRF of issue #10)", () => {
    for (const ct of ["text/plain", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x", "application/json-patch+json", "application/json; charset=latin1", ""]) {
      const refused = csrfRefusal("POST", headers({ host: "localhost:3000", origin: "http://localhost:3000", ...(ct ? { "content-type": ct } : {}) }));
      expect(refused?.code, ct).toBe("AccessDenied");
      expect(refused?.status).toBe(403);
    }
  });

  it("refuses other origins, other origins of the same site, opaque origins and no origin at all", () => {
    for (const origin of ["http://localhost:8081", "https://evil.example", "null", "http://localhost:3000/", "http://localhost:3000.evil.example"]) {
      expect(csrfRefusal("POST", headers({ ...JSON_CT, origin }))?.code, origin).toBe("AccessDenied");
    }
    expect(csrfRefusal("POST", headers(JSON_CT))?.code).toBe("AccessDenied");
    expect(csrfRefusal("POST", headers({ ...JSON_CT, "sec-fetch-site": "same-site" }))?.code).toBe("AccessDenied");
  });

  it("compares with Host, never X-Forwarded-Host (the client sets that)", () => {
    const forged = headers({ ...JSON_CT, origin: "https://evil.example", "x-forwarded-host": "evil.example" });
    expect(csrfRefusal("POST", forged)?.code).toBe("AccessDenied");
  });
});

describe("assertWellFormed", () => {
  it("finds an unpaired surrogate anywhere, keys included, and names the field", () => {
    expect(() => assertWellFormed({ a: ["ok", { userName: "x\ud800y" }] }, "body")).toThrow(/body\.a\.2\.userName/);
    expect(() => assertWellFormed({ ["k\udc00"]: 1 }, "body")).toThrow(/ValidationError|validation error/);
    expect(() => assertWellFormed({ name: "😀 paired is fine" }, "body")).not.toThrow();
  });

  it("answers MalformedPolicyDocument for policy document fields, as AWS does", () => {
    for (const field of ["policyDocument", "assumeRolePolicyDocument", "document"]) {
      try {
        assertWellFormed({ [field]: "\ud800" }, "body");
        expect.unreachable();
      } catch (e) {
        expect((e as { code: string }).code).toBe("MalformedPolicyDocument");
      }
    }
  });

  it("walks a deeply nested value without exhausting the stack", () => {
    let deep: unknown = "\ud800";
    for (let i = 0; i < 200_000; i++) deep = [deep];
    expect(() => assertWellFormed(deep, "body")).toThrow();
  });

  it("agrees with String.prototype.isWellFormed", () => {
    fc.assert(fc.property(fc.string({ unit: "binary" }), (s) => isWellFormedText(s) === (s as unknown as { isWellFormed(): boolean }).isWellFormed()), { seed: 10 });
  });
});

describe("hasMalformedPath", () => {
  it("flags bad escapes and encoded surrogates in the path, not in the query", () => {
    expect(hasMalformedPath("/api/console/roles/%ZZ")).toBe(true);
    expect(hasMalformedPath("/api/console/roles/%ED%A0%80")).toBe(true);
    expect(hasMalformedPath("/iam/roles/a%")).toBe(true);
    expect(hasMalformedPath("/api/console/roles/a%20b?search=%ZZ")).toBe(false);
    expect(hasMalformedPath("/api/console/policies/arn%3Aaws%3Aiam%3A%3Aaws%3Apolicy%2FX")).toBe(false);
  });
});
