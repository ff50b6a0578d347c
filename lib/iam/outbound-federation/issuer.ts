// Where an account's outbound issuer lives. AWS's is https://<uuid>.tokens.sts.global.api.aws, a host
// that cannot resolve offline; here each account's issuer is a path under this server's own public
// origin, so `<issuer>/.well-known/openid-configuration` and the JWKS it names are answered by this
// server (discovery.ts). The origin is the configured one (NEXTAUTH_URL, the same default
// lib/auth/options.ts gives it), never a request's Host or X-Forwarded-* header: those are the
// client's to choose, and a token's `iss` must not be.

/** The path prefix every issuer shares; the issuer id follows it. */
export const ISSUER_PATH = "/sts-issuers/";
const ISSUER_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** This server's public origin (scheme, host, port), as configured. */
export function publicOrigin(): string {
  return new URL(process.env.NEXTAUTH_URL ?? `http://localhost:${process.env.PORT ?? 3000}`).origin;
}

export function issuerUrl(issuerId: string): string {
  return `${publicOrigin()}${ISSUER_PATH}${issuerId}`;
}

export type DiscoveryDocument = "openid-configuration" | "jwks.json";

/** `/sts-issuers/<id>/.well-known/<document>` → its parts; null for any other path. */
export function discoveryPath(pathname: string): { issuerId: string; document: DiscoveryDocument } | null {
  if (!pathname.startsWith(ISSUER_PATH)) return null;
  const [issuerId, wellKnown, document, ...rest] = pathname.slice(ISSUER_PATH.length).split("/");
  if (rest.length > 0 || wellKnown !== ".well-known" || !ISSUER_ID.test(issuerId)) return null;
  return document === "openid-configuration" || document === "jwks.json" ? { issuerId, document } : null;
}

/** Whether `iss` names an issuer of this server (whatever account): its tokens are outbound ones. */
export function isOwnIssuer(iss: string): boolean {
  let url: URL;
  try {
    url = new URL(iss);
  } catch {
    return false;
  }
  const origin = new URL(publicOrigin());
  return url.host.toLowerCase() === origin.host.toLowerCase() && url.pathname.replace(/\/+$/, "").startsWith(ISSUER_PATH);
}
