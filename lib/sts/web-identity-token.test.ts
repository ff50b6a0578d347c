import { generateKeyPairSync, sign } from "node:crypto";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { decodeJwt, mintSandboxToken, sandboxSigningKey, verifyJwtSignature } from "./web-identity-token";

const dataDir = () => mkdtempSync(path.join(tmpdir(), "wi-token-"));
const ISSUER = "https://token.actions.githubusercontent.com";

describe("sandbox signing key", () => {
  it("is generated once into the data directory and reused", () => {
    const dir = dataDir();
    const key = sandboxSigningKey(dir);
    expect(key.kid).toMatch(/^sandbox-[\w-]{16}$/);
    const pem = readFileSync(path.join(dir, "sandbox-oidc-key.pem"), "utf8");
    expect(pem).toContain("BEGIN PRIVATE KEY");
    expect(sandboxSigningKey(dir).kid).toBe(key.kid);
    expect(sandboxSigningKey(dataDir()).kid).not.toBe(key.kid);
  });
});

describe("mint / decode / verify", () => {
  it("mints an RS256 JWT with the sandbox kid and the requested claims", async () => {
    const dir = dataDir();
    const now = new Date("2026-01-01T00:00:00Z");
    const token = await mintSandboxToken({ issuer: ISSUER, subject: "repo:o/r:ref:refs/heads/main", audience: "sts.amazonaws.com", ttlSeconds: 600, now, dataDir: dir });
    const jwt = decodeJwt(token);
    expect(jwt?.header).toEqual({ alg: "RS256", typ: "JWT", kid: sandboxSigningKey(dir).kid });
    expect(jwt?.claims).toEqual({ iss: ISSUER, sub: "repo:o/r:ref:refs/heads/main", aud: "sts.amazonaws.com", iat: 1767225600, exp: 1767226200 });
    expect(await verifyJwtSignature(jwt!, sandboxSigningKey(dir).publicKey)).toBe(true);
  });

  it("rejects a token whose payload was changed or that another key signed", async () => {
    const dir = dataDir();
    const token = await mintSandboxToken({ issuer: ISSUER, subject: "repo:o/r:ref:refs/heads/main", audience: "a", dataDir: dir });
    const [h, , s] = token.split(".");
    const forged = `${h}.${Buffer.from(JSON.stringify({ iss: ISSUER, sub: "repo:evil/r", aud: "a" })).toString("base64url")}.${s}`;
    expect(await verifyJwtSignature(decodeJwt(forged)!, sandboxSigningKey(dir).publicKey)).toBe(false);
    expect(await verifyJwtSignature(decodeJwt(token)!, sandboxSigningKey(dataDir()).publicKey)).toBe(false);
  });

  it("verifies ES256 (IEEE P1363 signatures) and refuses alg none / HS256", async () => {
    const { privateKey, publicKey } = generateKeyPairSync("ec", { namedCurve: "P-256" });
    const enc = (o: object) => Buffer.from(JSON.stringify(o)).toString("base64url");
    const input = `${enc({ alg: "ES256", kid: "k" })}.${enc({ iss: ISSUER })}`;
    const sig = sign("sha256", Buffer.from(input), { key: privateKey, dsaEncoding: "ieee-p1363" }).toString("base64url");
    expect(await verifyJwtSignature(decodeJwt(`${input}.${sig}`)!, publicKey)).toBe(true);
    const none = `${enc({ alg: "none" })}.${enc({ iss: ISSUER })}.${sig}`;
    expect(await verifyJwtSignature(decodeJwt(none)!, publicKey)).toBe(false);
    const hs = `${enc({ alg: "HS256" })}.${enc({ iss: ISSUER })}.${sig}`;
    expect(await verifyJwtSignature(decodeJwt(hs)!, publicKey)).toBe(false);
  });

  it("does not decode opaque tokens", () => {
    expect(decodeJwt("ya29.opaque-access-token")).toBeNull();
    expect(decodeJwt("a.b.c")).toBeNull();
    expect(decodeJwt("abcd")).toBeNull();
  });
});
