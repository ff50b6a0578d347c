// SigV4 verification against signatures made by the real AWS signer (@smithy/signature-v4, the one
// SDK v3 uses), in both the CLI's header set and the SDK's, plus every failure AWS distinguishes.

import { Sha256 } from "@smithy/core/checksum";
import { SignatureV4 } from "@smithy/signature-v4";
import { describe, expect, it } from "vitest";
import { AwsError } from "@/lib/errors";
import { uriEncode } from "./form";
import { type SigV4Request, type StoredCredential, SIGNATURE_MISMATCH, verifySigV4 } from "./sigv4";

const NOW = new Date("2026-11-22T14:00:00Z");
const AKID = "AKIAIOSFODNN7EXAMPLE";
const SECRET = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY";
const TEMP_AKID = "ASIAIOSFODNN7EXAMPLE";
const TEMP_SECRET = "temp/secret/key";
const TOKEN = "FwoGZXIvYXdzEXAMPLETOKEN+/=";
const BODY = "Action=GetCallerIdentity&Version=2011-06-15";

const store = new Map<string, StoredCredential>([
  [AKID, { secretAccessKey: SECRET }],
  [TEMP_AKID, { secretAccessKey: TEMP_SECRET, sessionToken: TOKEN, expiresAt: new Date("2026-11-22T15:00:00Z") }],
  ["ASIAEXPIREDEXAMPLE", { secretAccessKey: "s", sessionToken: "old-token", expiresAt: new Date("2026-11-22T13:59:59Z") }],
]);
const lookup = async (id: string) => store.get(id) ?? null;

interface SignOptions {
  body?: string;
  accessKeyId?: string;
  secret?: string;
  sessionToken?: string;
  date?: Date;
  region?: string;
  service?: string;
  sdkStyle?: boolean;
  path?: string;
  query?: Record<string, string>;
}

function queryString(query: Record<string, string | string[] | null>): string {
  return Object.entries(query)
    .map(([k, v]) => `${uriEncode(k)}=${uriEncode(String(v))}`)
    .join("&");
}

/** A request as the CLI (content-type;host;x-amz-date) or SDK v3 (+ payload hash etc.) signs it. */
async function signed(o: SignOptions = {}): Promise<SigV4Request & { headers: Record<string, string> }> {
  const body = o.body ?? BODY;
  const signer = new SignatureV4({
    credentials: { accessKeyId: o.accessKeyId ?? AKID, secretAccessKey: o.secret ?? SECRET, sessionToken: o.sessionToken },
    region: o.region ?? "us-east-1",
    service: o.service ?? "sts",
    sha256: Sha256,
    applyChecksum: o.sdkStyle ?? false,
  });
  const headers: Record<string, string> = o.sdkStyle
    ? {
        "content-type": "application/x-www-form-urlencoded",
        host: "localhost:3000",
        "content-length": String(Buffer.byteLength(body)),
        "amz-sdk-invocation-id": "5a0e1f1c-0000-4000-8000-000000000000",
        "amz-sdk-request": "attempt=1; max=3",
        "x-amz-user-agent": "aws-sdk-js/3.1168.0",
      }
    : { "content-type": "application/x-www-form-urlencoded; charset=utf-8", host: "localhost:3000" };
  const req = await signer.sign(
    { method: "POST", protocol: "http:", hostname: "localhost", port: 3000, path: o.path ?? "/", query: o.query ?? {}, headers, body },
    { signingDate: o.date ?? NOW },
  );
  return { method: "POST", path: o.path ?? "/", query: queryString(o.query ?? {}), headers: req.headers, body };
}

async function failure(req: SigV4Request, options?: { service?: string }, now = NOW): Promise<AwsError> {
  try {
    await verifySigV4(req, lookup, now, options);
  } catch (e) {
    if (e instanceof AwsError) return e;
    throw e;
  }
  throw new Error("expected verification to fail");
}

describe("valid signatures", () => {
  it("accepts the CLI's header set, hashing the body itself", async () => {
    const req = await signed();
    expect(req.headers.authorization).toContain("SignedHeaders=content-type;host;x-amz-date,");
    const auth = await verifySigV4(req, lookup, NOW);
    expect(auth).toMatchObject({ accessKeyId: AKID, region: "us-east-1", service: "sts", via: "header" });
    expect(auth.signedAt.toISOString()).toBe("2026-11-22T14:00:00.000Z");
    expect(auth.sessionToken).toBeUndefined();
  });

  it("accepts the SDK's header set with x-amz-content-sha256, from Fetch Headers too", async () => {
    const req = await signed({ sdkStyle: true });
    expect(req.headers.authorization).toContain("x-amz-content-sha256;x-amz-date;x-amz-user-agent");
    await expect(verifySigV4(req, lookup, NOW)).resolves.toMatchObject({ accessKeyId: AKID });
    await expect(verifySigV4({ ...req, headers: new Headers(req.headers) }, lookup, NOW)).resolves.toMatchObject({ service: "sts" });
  });

  it("accepts any region, a non-root path and a signed query string", async () => {
    const req = await signed({ region: "eu-west-1", service: "iam", path: "/api/aws", query: { Action: "ListRoles", "a b": "c/d" } });
    await expect(verifySigV4(req, lookup, NOW, { service: "iam" })).resolves.toMatchObject({ region: "eu-west-1", service: "iam" });
    // SDK v3 sends `/api/aws/` for an endpoint ending in `/api/aws`; the slash is part of what it signs.
    const slash = await signed({ path: "/api/aws/" });
    await expect(verifySigV4(slash, lookup, NOW)).resolves.toBeTruthy();
    expect((await failure({ ...slash, path: "/api/aws" })).code).toBe("SignatureDoesNotMatch");
  });

  it("accepts session credentials with the token signed, or added unsigned", async () => {
    const req = await signed({ accessKeyId: TEMP_AKID, secret: TEMP_SECRET, sessionToken: TOKEN, sdkStyle: true });
    expect(req.headers.authorization).toContain("x-amz-security-token");
    await expect(verifySigV4(req, lookup, NOW)).resolves.toMatchObject({ accessKeyId: TEMP_AKID, sessionToken: TOKEN });
    const unsigned = await signed({ accessKeyId: TEMP_AKID, secret: TEMP_SECRET });
    unsigned.headers["x-amz-security-token"] = TOKEN;
    await expect(verifySigV4(unsigned, lookup, NOW)).resolves.toMatchObject({ sessionToken: TOKEN });
  });

  it("tolerates up to 15 minutes of skew either way", async () => {
    await expect(verifySigV4(await signed({ date: new Date(NOW.getTime() - 14 * 60_000) }), lookup, NOW)).resolves.toBeTruthy();
    await expect(verifySigV4(await signed({ date: new Date(NOW.getTime() + 14 * 60_000) }), lookup, NOW)).resolves.toBeTruthy();
  });
});

describe("signature failures", () => {
  it("rejects a tampered body (CLI style) and a body that no longer matches its signed hash (SDK style)", async () => {
    for (const sdkStyle of [false, true]) {
      const req = await signed({ sdkStyle });
      const e = await failure({ ...req, body: "Action=AssumeRole&Version=2011-06-15" });
      expect(e.code).toBe("SignatureDoesNotMatch");
      expect(e.message).toBe(SIGNATURE_MISMATCH);
      expect(e.status).toBe(403);
    }
  });

  it("rejects a wrong secret, a changed signed header and a changed query string", async () => {
    expect((await failure(await signed({ secret: "not-the-secret" }))).code).toBe("SignatureDoesNotMatch");
    const req = await signed({ query: { a: "1" } });
    expect((await failure({ ...req, headers: { ...req.headers, host: "evil.example" } })).code).toBe("SignatureDoesNotMatch");
    expect((await failure({ ...req, query: "a=2" })).code).toBe("SignatureDoesNotMatch");
  });

  it("rejects a stale or future date with AWS's 15-minute texts", async () => {
    const stale = await failure(await signed({ date: new Date("2026-11-22T13:44:59Z") }));
    expect(stale.code).toBe("SignatureDoesNotMatch");
    expect(stale.message).toBe("Signature expired: 20261122T134459Z is now earlier than 20261122T134500Z (20261122T140000Z - 15 min.)");
    const future = await failure(await signed({ date: new Date("2026-11-22T14:15:01Z") }));
    expect(future.message).toBe(
      "Signature not yet current: 20261122T141501Z is still later than 20261122T141500Z (20261122T140000Z + 15 min.)",
    );
  });

  it("rejects a credential scope for another service when one is expected", async () => {
    const e = await failure(await signed({ service: "sts" }), { service: "iam" });
    expect(e.code).toBe("SignatureDoesNotMatch");
    expect(e.message).toMatch(/^Credential should be scoped to correct service: 'iam'/);
  });
});

describe("malformed or missing authentication", () => {
  it("answers MissingAuthenticationToken when nothing is signed", async () => {
    const e = await failure({ method: "POST", path: "/", query: "", headers: { host: "h" }, body: BODY });
    expect(e.code).toBe("MissingAuthenticationToken");
    expect(e.message).toBe("Request is missing Authentication Token");
  });

  it("lists every missing Authorization component and the missing date, as AWS does", async () => {
    const header = `AWS4-HMAC-SHA256 Credential=${AKID}/20261122/us-east-1/sts/aws4_request`;
    const e = await failure({ method: "POST", path: "/", query: "", headers: { host: "h", authorization: header }, body: "" });
    expect(e.code).toBe("IncompleteSignature");
    expect(e.message).toBe(
      "Authorization header requires 'Signature' parameter. Authorization header requires 'SignedHeaders' parameter. " +
        `Authorization header requires existence of either a 'X-Amz-Date' or a 'Date' header. Authorization=${header}`,
    );
  });

  it("rejects a component without '=' (e.g. a space pasted into the access key)", async () => {
    const req = await signed();
    const broken = req.headers.authorization.replace(`Credential=${AKID}/`, `Credential=${AKID} /`);
    const e = await failure({ ...req, headers: { ...req.headers, authorization: broken } });
    expect(e.code).toBe("IncompleteSignature");
    expect(e.message).toBe(`'/20261122/us-east-1/sts/aws4_request' not a valid key=value pair (missing equal-sign) in Authorization header: '${broken}'.`);
  });

  it("rejects a credential without five parts, a scope date unlike X-Amz-Date, and an unsigned host", async () => {
    const req = await signed();
    const auth = req.headers.authorization;
    const short = await failure({ ...req, headers: { ...req.headers, authorization: auth.replace("/aws4_request", "") } });
    expect(short.code).toBe("IncompleteSignature");
    expect(short.message).toMatch(/^Credential must have exactly 5 slash-delimited elements/);
    const dated = await failure({ ...req, headers: { ...req.headers, authorization: auth.replace("/20261122/", "/20261121/") } });
    expect(dated.code).toBe("SignatureDoesNotMatch");
    expect(dated.message).toBe(
      "Date in Credential scope does not match YYYYMMDD from ISO-8601 version of date from HTTP: '20261121' != '20261122', from '20261122T140000Z'.",
    );
    const noHost = await failure({ ...req, headers: { ...req.headers, authorization: auth.replace("content-type;host;", "content-type;") } });
    expect(noHost.code).toBe("IncompleteSignature");
  });

  it("rejects an unparseable X-Amz-Date and a SigV4a algorithm", async () => {
    const req = await signed();
    expect((await failure({ ...req, headers: { ...req.headers, "x-amz-date": "2026-11-22" } })).code).toBe("IncompleteSignature");
    const v4a = req.headers.authorization.replace("AWS4-HMAC-SHA256", "AWS4-ECDSA-P256-SHA256");
    expect((await failure({ ...req, headers: { ...req.headers, authorization: v4a } })).message).toBe(
      "Unsupported AWS 'algorithm': 'AWS4-ECDSA-P256-SHA256'",
    );
  });
});

describe("access keys and session tokens", () => {
  it("rejects an unknown key: no final period for STS, a period elsewhere", async () => {
    const sts = await failure(await signed({ accessKeyId: "AKIAUNKNOWNEXAMPLE0" }));
    expect(sts.code).toBe("InvalidClientTokenId");
    expect(sts.message).toBe("The security token included in the request is invalid");
    const iam = await failure(await signed({ accessKeyId: "AKIAUNKNOWNEXAMPLE0", service: "iam" }));
    expect(iam.message).toBe("The security token included in the request is invalid.");
  });

  it("rejects a temporary key whose token is missing, wrong, or sent with a long-term key", async () => {
    const missing = await failure(await signed({ accessKeyId: TEMP_AKID, secret: TEMP_SECRET }));
    expect(missing.code).toBe("InvalidClientTokenId");
    const wrong = await failure(await signed({ accessKeyId: TEMP_AKID, secret: TEMP_SECRET, sessionToken: `${TOKEN}x` }));
    expect(wrong.code).toBe("InvalidClientTokenId");
    const stray = await failure(await signed({ sessionToken: TOKEN }));
    expect(stray.code).toBe("InvalidClientTokenId");
  });

  it("rejects an expired session with ExpiredToken, before looking at the signature", async () => {
    const e = await failure(await signed({ accessKeyId: "ASIAEXPIREDEXAMPLE", secret: "wrong", sessionToken: "old-token" }));
    expect(e.code).toBe("ExpiredToken");
    expect(e.message).toBe("The security token included in the request is expired");
  });
});

describe("presigned query-string requests", () => {
  async function presigned(date = NOW, sessionToken?: string) {
    const signer = new SignatureV4({
      credentials: sessionToken
        ? { accessKeyId: TEMP_AKID, secretAccessKey: TEMP_SECRET, sessionToken }
        : { accessKeyId: AKID, secretAccessKey: SECRET },
      region: "us-east-1",
      service: "sts",
      sha256: Sha256,
    });
    const req = await signer.presign(
      {
        method: "GET",
        protocol: "https:",
        hostname: "sts.amazonaws.com",
        path: "/",
        query: { Action: "GetCallerIdentity", Version: "2011-06-15" },
        headers: { host: "sts.amazonaws.com", "x-k8s-aws-id": "my-cluster" },
      },
      { signingDate: date, expiresIn: 60 },
    );
    return { method: "GET", path: "/", query: queryString(req.query ?? {}), headers: req.headers as Record<string, string>, body: "" };
  }

  it("accepts a presigned GetCallerIdentity URL (EKS token style), with and without a session token", async () => {
    const req = await presigned();
    expect(req.query).toContain("X-Amz-SignedHeaders=host%3Bx-k8s-aws-id");
    await expect(verifySigV4(req, lookup, NOW)).resolves.toMatchObject({ accessKeyId: AKID, via: "query" });
    await expect(verifySigV4(await presigned(NOW, TOKEN), lookup, NOW)).resolves.toMatchObject({ sessionToken: TOKEN });
  });

  it("rejects a presigned URL with an edited parameter, or older than 15 minutes", async () => {
    const req = await presigned();
    expect((await failure({ ...req, query: req.query.replace("GetCallerIdentity", "GetSessionToken") })).code).toBe(
      "SignatureDoesNotMatch",
    );
    const old = await failure(await presigned(new Date(NOW.getTime() - 16 * 60_000)));
    expect(old.message).toMatch(/^Signature expired: /);
  });

  it("rejects a presigned URL missing a piece, and one that also carries an Authorization header", async () => {
    const req = await presigned();
    const noCredential = req.query.replace(/X-Amz-Credential=[^&]*&?/, "");
    expect((await failure({ ...req, query: noCredential })).message).toBe(
      "AWS query-string parameters must include 'X-Amz-Credential'. Re-examine the query-string parameters.",
    );
    const both = await failure({ ...req, headers: { ...req.headers, authorization: "AWS4-HMAC-SHA256 x=y" } });
    expect(both.code).toBe("IncompleteSignature");
  });
});
