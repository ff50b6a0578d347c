// sts:GetWebIdentityToken: a short-lived JWT, signed with the account's outbound issuer key, that
// states the caller's identity to a service outside AWS. Authorized through the one door with the
// condition keys AWS documents (sts:IdentityTokenAudience, sts:DurationSeconds, sts:SigningAlgorithm;
// aws:RequestTag/aws:TagKeys and sts:TagGetWebIdentityToken when Tags are passed), then refused
// while the account has not enabled outbound identity federation.
// AWS: https://docs.aws.amazon.com/STS/latest/APIReference/API_GetWebIdentityToken.html
// Claims: https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_providers_outbound_token_claims.html
import { randomUUID } from "node:crypto";
import { SignJWT } from "jose";
import { authorize } from "@/lib/authz/authorize";
import type { Caller } from "@/lib/authz/caller";
import { policiesFor } from "@/lib/authz/policies";
import { AwsError } from "@/lib/errors";
import type { ContextValue } from "@/lib/policy";
import { federationOf } from "@/lib/iam/outbound-federation/federation";
import { issuerUrl } from "@/lib/iam/outbound-federation/issuer";
import { parseKeys, signingKey, type SigningAlgorithm } from "@/lib/iam/outbound-federation/keys";
import type { SessionTag } from "./credentials";
import { serverNow } from "@/lib/server-now";

export const DEFAULT_TOKEN_SECONDS = 300;
/** AWS's namespace for its own claims in the token. */
export const STS_CLAIMS = "https://sts.amazonaws.com/";
export const FEATURE_DISABLED =
  "The outbound web identity federation feature is not enabled for this account. To use this feature, you must first enable it through the AWS Management Console or API.";
export const DURATION_ESCALATION =
  "The requested token duration would extend the session beyond its original expiration time. You cannot use this operation to extend the lifetime of a session beyond what was granted when the session was originally created.";
export const PAYLOAD_TOO_LARGE =
  "The requested token payload size exceeds the maximum allowed size. Reduce the number of request tags included in the GetWebIdentityToken API call to reduce the token payload size.";
/** [INF] AWS does not publish the limit; the claims' JSON may not exceed this many bytes. */
export const MAX_PAYLOAD_BYTES = 8192;

export interface WebIdentityTokenInput {
  audience: string[];
  durationSeconds?: number;
  signingAlgorithm: SigningAlgorithm;
  tags?: SessionTag[];
  region?: string;
  now?: Date;
}

export interface WebIdentityTokenResult {
  WebIdentityToken: string;
  Expiration: Date;
}

/** `sub`: the principal's ARN; for a role session the role's (AWS's sample token), not the session's. */
export function tokenSubject(caller: Caller): string {
  return caller.kind === "assumed-role" && caller.role ? caller.role.arn : caller.arn;
}

const nonEmpty = <T extends object>(o: T): T | undefined => (Object.keys(o).length > 0 ? o : undefined);

async function stsClaims(caller: Caller, input: WebIdentityTokenInput): Promise<Record<string, unknown>> {
  const { principalTags, orgId } = await policiesFor(caller);
  const requestTags = Object.fromEntries((input.tags ?? []).map((t) => [t.Key, t.Value]));
  // Absent members are left out (AWS: "all these claims may not be present in a token at the same time").
  return JSON.parse(
    JSON.stringify({
      aws_account: caller.accountId,
      source_region: input.region,
      org_id: orgId,
      principal_tags: nonEmpty(principalTags),
      source_identity: caller.session?.sourceIdentity,
      request_tags: nonEmpty(requestTags),
    }),
  ) as Record<string, unknown>;
}

export async function getWebIdentityToken(caller: Caller, input: WebIdentityTokenInput): Promise<WebIdentityTokenResult> {
  const now = input.now ?? serverNow();
  const duration = input.durationSeconds ?? DEFAULT_TOKEN_SECONDS;
  const tags = input.tags ?? [];
  // [INF] sts:DurationSeconds carries the effective duration (the default too), so a policy capping it
  // (NumericLessThanEquals) allows a call that leaves it out.
  const context: Record<string, ContextValue> = {
    "sts:IdentityTokenAudience": input.audience,
    "sts:DurationSeconds": String(duration),
    "sts:SigningAlgorithm": input.signingAlgorithm,
  };
  if (tags.length > 0) {
    for (const t of tags) context[`aws:RequestTag/${t.Key}`] = t.Value;
    context["aws:TagKeys"] = tags.map((t) => t.Key);
    await authorize(caller, "sts:TagGetWebIdentityToken", "*", { context, now });
  }
  await authorize(caller, "sts:GetWebIdentityToken", "*", { context, now });

  const federation = await federationOf(caller.accountId);
  if (!federation?.enabled) throw new AwsError("OutboundWebIdentityFederationDisabledException", FEATURE_DISABLED);
  const expiration = new Date(Math.floor(now.getTime() / 1000) * 1000 + duration * 1000);
  if (caller.session && expiration.getTime() > caller.session.expiresAt.getTime()) {
    throw new AwsError("SessionDurationEscalationException", DURATION_ESCALATION);
  }

  const iat = Math.floor(now.getTime() / 1000);
  const payload = {
    iss: issuerUrl(federation.issuerId),
    aud: input.audience.length === 1 ? input.audience[0] : input.audience,
    sub: tokenSubject(caller),
    iat,
    exp: iat + duration,
    jti: randomUUID(),
    [STS_CLAIMS]: await stsClaims(caller, input),
  };
  if (Buffer.byteLength(JSON.stringify(payload)) > MAX_PAYLOAD_BYTES) throw new AwsError("JWTPayloadSizeExceededException", PAYLOAD_TOO_LARGE);
  const key = parseKeys(federation.keys).find((k) => k.alg === input.signingAlgorithm);
  if (!key) throw new Error(`outbound federation of ${caller.accountId} has no ${input.signingAlgorithm} key`);
  const token = await new SignJWT(payload).setProtectedHeader({ alg: key.alg, kid: key.kid, typ: "JWT" }).sign(await signingKey(key));
  return { WebIdentityToken: token, Expiration: expiration };
}
