// The OIDC discovery endpoints of every account's outbound issuer, public and unauthenticated as
// AWS's are: `<issuer>/.well-known/openid-configuration` and the JWKS it names,
// `<issuer>/.well-known/jwks.json`. server.ts answers them before Next (no session, no CSRF gate).
// AWS: https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_providers_outbound_token_claims.html
// An issuer stays published while the feature is disabled: tokens issued before still verify
// (API_DisableOutboundWebIdentityFederation: "does not affect tokens that were issued before").
import { discoveryPath, issuerUrl } from "./issuer";
import { federationByIssuer } from "./federation";
import { parseKeys, publicJwk, SIGNING_ALGORITHMS } from "./keys";

const NOT_FOUND = () => new Response(JSON.stringify({ message: "Not Found" }), { status: 404, headers: { "Content-Type": "application/json" } });

/** The answer for a discovery path, or null when `pathname` is not one (the caller serves it otherwise). */
export async function discoveryResponse(method: string, pathname: string): Promise<Response | null> {
  const target = discoveryPath(pathname);
  if (!target) return null;
  if (method !== "GET" && method !== "HEAD") return new Response(null, { status: 405, headers: { Allow: "GET, HEAD" } });
  const row = await federationByIssuer(target.issuerId);
  if (!row) return NOT_FOUND();
  const issuer = issuerUrl(row.issuerId);
  const body =
    target.document === "jwks.json"
      ? { keys: parseKeys(row.keys).map(publicJwk) }
      : {
          issuer,
          jwks_uri: `${issuer}/.well-known/jwks.json`,
          response_types_supported: ["id_token"],
          subject_types_supported: ["public"],
          id_token_signing_alg_values_supported: [...SIGNING_ALGORITHMS],
        };
  return new Response(method === "HEAD" ? null : JSON.stringify(body), {
    status: 200,
    headers: { "Content-Type": "application/json", "Cache-Control": "public, max-age=300", "Access-Control-Allow-Origin": "*" },
  });
}
