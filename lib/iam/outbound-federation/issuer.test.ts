// Which paths are an issuer's discovery documents, and which `iss` values are this server's own.
import { afterEach, describe, expect, it } from "vitest";
import { discoveryPath, isOwnIssuer, issuerUrl } from "./issuer";

const ID = "0f8fad5b-d9cb-469f-a165-70867728950e";
const saved = process.env.NEXTAUTH_URL;
afterEach(() => {
  process.env.NEXTAUTH_URL = saved;
});

describe("issuer URLs", () => {
  it("are paths under the configured public origin, never a request's host", () => {
    process.env.NEXTAUTH_URL = "https://iam.example.com/console/";
    expect(issuerUrl(ID)).toBe(`https://iam.example.com/sts-issuers/${ID}`);
    expect(isOwnIssuer(`https://IAM.example.com/sts-issuers/${ID}`)).toBe(true);
    expect(isOwnIssuer(`https://evil.example.com/sts-issuers/${ID}`)).toBe(false);
    expect(isOwnIssuer("https://token.actions.githubusercontent.com")).toBe(false);
    expect(isOwnIssuer("not a url")).toBe(false);
  });

  it("serve exactly the two well-known documents of a well-formed issuer id", () => {
    expect(discoveryPath(`/sts-issuers/${ID}/.well-known/openid-configuration`)).toEqual({ issuerId: ID, document: "openid-configuration" });
    expect(discoveryPath(`/sts-issuers/${ID}/.well-known/jwks.json`)).toEqual({ issuerId: ID, document: "jwks.json" });
    for (const p of [
      `/sts-issuers/${ID}/.well-known/other`,
      `/sts-issuers/${ID}/.well-known/jwks.json/x`,
      `/sts-issuers/${ID.toUpperCase()}/.well-known/jwks.json`,
      `/sts-issuers/../.well-known/jwks.json`,
      `/sts-issuers/${ID}`,
      "/api/aws",
    ]) {
      expect(discoveryPath(p)).toBeNull();
    }
  });
});
