// Reading an OIDC ID token's claims for AssumeRoleWithWebIdentity (spec §1.3): which provider issued
// it, which audience matched, whether it is still valid, its session tags, and the context keys a trust
// policy tests (`<provider host/path>:aud`, `:sub`, `:azp`, Google's `:oaud`, Cognito's `:amr`).
import { db } from "@/lib/db";
import { AwsError } from "@/lib/errors";
import type { ContextValue } from "@/lib/policy";
import type { SessionTag } from "./credentials";

export const WRONG_AUDIENCE = "Incorrect token audience";
export const noProviderMessage = (iss: string) => `No OpenIDConnect provider found in your account for ${iss}`;

/** Providers every account trusts without registering them (the trust policy names them directly). */
const BUILT_IN = new Set(["accounts.google.com", "cognito-identity.amazonaws.com", "www.amazon.com", "graph.facebook.com"]);
const TAGS_CLAIM = "https://aws.amazon.com/tags";

export interface Provider {
  /** What a trust policy's "Federated" names, and aws:FederatedProvider. */
  principal: string;
  /** The condition-key prefix: the issuer without its scheme. */
  hostPath: string;
  /** Registered providers only; built-ins take any audience (the trust policy's :aud condition decides). */
  clientIds?: string[];
}

function stringList(json: string): string[] {
  try {
    const v: unknown = JSON.parse(json);
    return Array.isArray(v) ? v.filter((x): x is string => typeof x === "string") : [];
  } catch {
    return [];
  }
}

/** Step 1: the issuer must be a registered OIDC provider of the role's account, or built in. */
export async function findProvider(iss: string, accountId: string | undefined): Promise<Provider> {
  const hostPath = iss.startsWith("https://") ? iss.slice("https://".length).replace(/\/+$/, "") : iss;
  if (BUILT_IN.has(hostPath)) return { principal: hostPath, hostPath };
  if (accountId && iss.startsWith("https://") && !/^[^/]*:\d+/.test(hostPath)) {
    const arn = `arn:aws:iam::${accountId}:oidc-provider/${hostPath}`;
    const row = await db.identityProvider.findUnique({ where: { arn } });
    if (row && row.kind === "OIDC") return { principal: arn, hostPath, clientIds: stringList(row.clientIds) };
  }
  throw new AwsError("InvalidIdentityToken", noProviderMessage(iss));
}

const audiences = (aud: unknown): string[] => (typeof aud === "string" ? [aud] : Array.isArray(aud) ? aud.filter((a): a is string => typeof a === "string") : []);

/** Step 2: `aud` (or `azp`) must be one of the provider's client ids; returns the matching audience. */
export function matchAudience(provider: Provider, claims: Record<string, unknown>): string {
  const candidates = [...audiences(claims.aud), ...(typeof claims.azp === "string" ? [claims.azp] : [])];
  if (!provider.clientIds) {
    if (candidates.length === 0) throw new AwsError("InvalidIdentityToken", WRONG_AUDIENCE);
    // Google's :aud is the authorized party when there is one (its :oaud is the raw aud).
    return typeof claims.azp === "string" ? claims.azp : candidates[0];
  }
  const hit = candidates.find((a) => provider.clientIds?.includes(a));
  if (hit === undefined) throw new AwsError("InvalidIdentityToken", WRONG_AUDIENCE);
  return hit;
}

const numericDate = (v: unknown): v is number => typeof v === "number" && Number.isInteger(v);
export const isoSeconds = (d: Date) => d.toISOString().replace(/\.\d{3}Z$/, "Z");

/** Step 4 (and the NumericDate rule): expired tokens fail with STS's ExpiredTokenException. */
export function checkTimes(claims: Record<string, unknown>, now: Date): void {
  for (const k of ["exp", "iat", "nbf"]) {
    if (claims[k] !== undefined && !numericDate(claims[k])) throw new AwsError("InvalidIdentityToken", `Invalid ${k} claim: it must be an integer NumericDate.`);
  }
  if (!numericDate(claims.exp)) throw new AwsError("InvalidIdentityToken", "Missing a required claim: exp");
  const exp = new Date(claims.exp * 1000);
  if (exp.getTime() <= now.getTime()) {
    throw new AwsError("ExpiredTokenException", `Token expired: current date/time ${isoSeconds(now)} must be before the expiration date/time ${isoSeconds(exp)}`);
  }
  if (numericDate(claims.nbf) && claims.nbf * 1000 > now.getTime()) throw new AwsError("InvalidIdentityToken", "The token is not yet valid (nbf).");
}

/** Session tags from the `https://aws.amazon.com/tags` claim: one value per key. */
export function claimTags(claims: Record<string, unknown>): { tags: SessionTag[]; transitive: string[] } {
  const raw = claims[TAGS_CLAIM];
  if (raw === undefined) return { tags: [], transitive: [] };
  const block = raw && typeof raw === "object" ? (raw as { principal_tags?: unknown; transitive_tag_keys?: unknown }) : {};
  const tags: SessionTag[] = [];
  const principalTags = block.principal_tags && typeof block.principal_tags === "object" ? block.principal_tags : {};
  for (const [Key, values] of Object.entries(principalTags)) {
    if (!Array.isArray(values) || values.length !== 1 || typeof values[0] !== "string") {
      throw new AwsError("InvalidIdentityToken", `Invalid session tag ${Key}: each principal tag must have exactly one string value.`);
    }
    tags.push({ Key, Value: values[0] });
  }
  const transitive = Array.isArray(block.transitive_tag_keys) ? block.transitive_tag_keys.filter((k): k is string => typeof k === "string") : [];
  return { tags, transitive };
}

/** The claims a trust policy can test, under the provider's host path (spec §1.3 step 5). */
export function claimContext(provider: Provider, claims: Record<string, unknown>, audience: string): Record<string, ContextValue | undefined> {
  const p = provider.hostPath;
  const context: Record<string, ContextValue | undefined> = {
    "aws:FederatedProvider": provider.principal,
    [`${p}:aud`]: audience,
    [`${p}:sub`]: claims.sub as string,
    [`${p}:azp`]: typeof claims.azp === "string" ? claims.azp : undefined,
  };
  if (p === "accounts.google.com") context[`${p}:oaud`] = audiences(claims.aud)[0];
  if (p === "cognito-identity.amazonaws.com") context[`${p}:amr`] = audiences(claims.amr);
  return context;
}
