// sts:AssumeRoleWithWebIdentity (spec §1.3): an unsigned call whose only credential is an OIDC ID
// token. Checked in AWS's order: the issuer is a provider of the role's account (or built in) → the
// audience is one of its client ids → the signature (web-identity-keys.ts: sandbox key or the
// issuer's JWKS) → expiry → the role's trust policy, evaluated for the anonymous caller with
// "Federated" = provider ARN (or built-in name) and the token's claims as `<provider>:aud/sub/azp…`.
// The session is an ordinary assumed-role session of the role; the provider is recorded as its source.
// The caller is anonymous: the trust decision goes through the same door (decide) as any other, with
// the request context from the same builder; the trust policy is the only policy that can allow.
// Offline, tokens are minted and verified with the sandbox signing key (see web-identity-token.ts).
import type { AnonymousCaller } from "@/lib/authz/caller";
import { AwsError } from "@/lib/errors";
import type { ContextValue } from "@/lib/policy";
import { MAX_SESSION_EXCEEDED } from "./assume-role";
import { cachedRoleWithTags } from "@/lib/data/roles";
import { issueRoleSession, type RoleSession } from "./role-session";
import { checkSessionInputs, planTags } from "./session-inputs";
import { authorizeFederated, type FederatedCallInput } from "./federated-trust";
import { checkTimes, claimContext, claimTags, findProvider, matchAudience } from "./web-identity-claims";
import { verificationKey } from "./web-identity-keys";
import { isOwnIssuer } from "@/lib/iam/outbound-federation/issuer";
import { decodeJwt, verifyJwtSignature } from "./web-identity-token";
import { serverNow } from "@/lib/server-now";

export const ACTION = "sts:AssumeRoleWithWebIdentity";
export const NOT_A_JWT = "The ID Token provided is not a valid JWT. (You may see this error if you sent an Access Token)";
export const BAD_SIGNATURE = "The web identity token signature could not be verified.";
// AWS: tokens from GetWebIdentityToken "cannot be used for OpenID Connect (OIDC) federation into AWS
// (via the AssumeRoleWithWebIdentity API)" (id_roles_providers_outbound_getting_started.html). [INF] the message.
export const OUTBOUND_TOKEN = "Web identity tokens issued by AWS STS GetWebIdentityToken cannot be used with AssumeRoleWithWebIdentity.";
const SOURCE_IDENTITY_CLAIM = "https://aws.amazon.com/source_identity";
const ROLE_ACCOUNT = /^arn:[^:]+:iam::(\d{12}):role\//;

export interface WebIdentityInput extends FederatedCallInput {
  roleArn: string;
  roleSessionName: string;
  webIdentityToken: string;
  providerId?: string;
}

export interface WebIdentityResult extends RoleSession {
  SubjectFromWebIdentityToken: string;
  Provider: string;
  Audience: string;
  PackedPolicySize?: number;
  SourceIdentity?: string;
}

export async function assumeRoleWithWebIdentity(input: WebIdentityInput): Promise<WebIdentityResult> {
  const now = input.now ?? serverNow();
  const roleAccount = ROLE_ACCOUNT.exec(input.roleArn)?.[1];
  const role = await cachedRoleWithTags(input.roleArn);
  const attribute = (principalArn: string) => role && input.attribute?.({ accountId: role.accountId, principalArn });
  attribute("anonymous");

  const jwt = decodeJwt(input.webIdentityToken);
  if (!jwt) throw new AwsError("InvalidIdentityToken", NOT_A_JWT);
  const { claims } = jwt;
  if (typeof claims.iss !== "string") throw new AwsError("InvalidIdentityToken", NOT_A_JWT);
  const provider = await findProvider(claims.iss, roleAccount);
  attribute(provider.principal);
  const caller: AnonymousCaller = {
    kind: "anonymous",
    federatedProvider: provider.principal,
    sourceIp: input.sourceIp,
    userAgent: input.userAgent,
    region: input.region,
  };
  // What the token claims is logged even when it fails its checks, as AWS logs failed calls [DOC].
  const noteActor = (audience: string) =>
    input.noteActor?.({ kind: "web-identity", caller, identityProvider: provider.principal, audience, subject: typeof claims.sub === "string" ? claims.sub : "" });
  noteActor(typeof claims.aud === "string" ? claims.aud : Array.isArray(claims.aud) && typeof claims.aud[0] === "string" ? claims.aud[0] : "");
  const audience = matchAudience(provider, claims);
  noteActor(audience);
  if (isOwnIssuer(claims.iss)) throw new AwsError("InvalidIdentityToken", OUTBOUND_TOKEN);
  if (!(await verifyJwtSignature(jwt, await verificationKey(jwt, claims.iss)))) throw new AwsError("InvalidIdentityToken", BAD_SIGNATURE);
  checkTimes(claims, now);
  if (typeof claims.sub !== "string" || claims.sub.length < 6 || claims.sub.length > 255) {
    throw new AwsError("InvalidIdentityToken", "Missing a required claim: sub");
  }

  const { tags, transitive } = claimTags(claims);
  const plan = planTags(tags, transitive, { tags: [], transitiveTagKeys: [] });
  const sourceIdentity = typeof claims[SOURCE_IDENTITY_CLAIM] === "string" ? (claims[SOURCE_IDENTITY_CLAIM] as string) : undefined;
  const { policyArns, packed } = checkSessionInputs({ policy: input.policy, policyArns: input.policyArns, tags: plan.tags, tagsPassed: tags.length > 0 });

  const context: Record<string, ContextValue | undefined> = {
    "sts:RoleSessionName": input.roleSessionName,
    "sts:SourceIdentity": sourceIdentity,
    ...claimContext(provider, claims, audience),
  };
  const trusted = await authorizeFederated({ caller, action: ACTION, roleArn: input.roleArn, role, context, tags, transitive, sourceIdentity, now });

  const duration = input.durationSeconds ?? 3600;
  if (duration > trusted.maxSessionDuration) throw new AwsError("ValidationError", MAX_SESSION_EXCEEDED);
  const session = await issueRoleSession(trusted, {
    durationSeconds: duration,
    sessionName: input.roleSessionName,
    sourcePrincipalArn: provider.principal,
    sourceIdentity,
    sessionPolicy: input.policy,
    sessionPolicyArns: policyArns,
    tags: plan.tags,
    transitiveTagKeys: plan.transitiveTagKeys,
    region: input.region,
    now,
  });
  return {
    ...session,
    SubjectFromWebIdentityToken: claims.sub,
    Provider: input.providerId ?? claims.iss,
    Audience: audience,
    PackedPolicySize: packed,
    SourceIdentity: sourceIdentity,
  };
}
