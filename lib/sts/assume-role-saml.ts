// sts:AssumeRoleWithSAML (issue #13): an unsigned call whose only credential is a SAML 2.0 Response
// signed by an IdP registered as a SAML provider. Checked in this order [INF: AWS does not publish
// its order]: the provider exists → the signature verifies against a certificate of the provider's
// metadata (saml-assertion.ts, reading only what the signature covers) → Issuer = the metadata's
// entityID → recipient, audience and validity window (saml-claims.ts) → the Role attribute lists the
// requested role/provider pair → RoleSessionName, SessionDuration, SourceIdentity, session tags →
// session policies → the role's trust policy, evaluated for the anonymous caller with "Federated" =
// the provider ARN and the SAML:* context keys → the role's maximum session duration.
// The session is an ordinary assumed-role session; the provider is recorded as its source (the
// caller CloudTrail would call a SAMLUser).
import { undisclosedDenial } from "@/lib/authz/access-denied";
import type { AnonymousCaller } from "@/lib/authz/caller";
import { cachedRoleWithTags } from "@/lib/data/roles";
import { db } from "@/lib/db";
import { AwsError } from "@/lib/errors";
import type { ContextValue } from "@/lib/policy";
import { MAX_SESSION_EXCEEDED } from "./assume-role";
import { issueRoleSession, type RoleSession } from "./role-session";
import { parseMetadata, verifiedAssertion } from "./saml-assertion";
import { checkSamlTimes, hasRolePair, nameQualifier, readClaims, samlContext, samlTags, sessionDuration, sessionName, sourceIdentity, WRONG_ISSUER } from "./saml-claims";
import { checkSessionInputs, planTags } from "./session-inputs";
import { authorizeFederated, type FederatedCallInput } from "./federated-trust";
import { serverNow } from "@/lib/server-now";

export const ACTION = "sts:AssumeRoleWithSAML";
/** [INF] from AWS's troubleshooting guide (https://docs.aws.amazon.com/IAM/latest/UserGuide/troubleshoot_saml.html). */
export const NO_PROVIDER = "Specified provider doesn't exist";

export interface SamlInput extends FederatedCallInput {
  roleArn: string;
  principalArn: string;
  samlAssertion: string;
}

export interface SamlResult extends RoleSession {
  PackedPolicySize?: number;
  Subject: string;
  SubjectType: string;
  Issuer: string;
  Audience: string;
  NameQualifier: string;
  SourceIdentity?: string;
}

async function samlProvider(arn: string) {
  const row = await db.identityProvider.findUnique({ where: { arn } });
  const metadata = row?.kind === "SAML" && row.samlMetadata ? parseMetadata(row.samlMetadata) : null;
  if (!row || !metadata) throw new AwsError("InvalidIdentityToken", NO_PROVIDER);
  return { arn, accountId: row.accountId, name: row.name, metadata };
}

export async function assumeRoleWithSAML(input: SamlInput): Promise<SamlResult> {
  const now = input.now ?? serverNow();
  const role = await cachedRoleWithTags(input.roleArn);
  const attribute = (principalArn: string) => role && input.attribute?.({ accountId: role.accountId, principalArn });
  attribute("anonymous");

  const provider = await samlProvider(input.principalArn);
  attribute(provider.arn);
  const claims = readClaims(verifiedAssertion(input.samlAssertion, provider.metadata));
  const caller: AnonymousCaller = { kind: "anonymous", federatedProvider: provider.arn, sourceIp: input.sourceIp, userAgent: input.userAgent, region: input.region };
  input.noteActor?.({
    kind: "saml",
    caller,
    nameQualifier: nameQualifier(claims.issuer, provider.accountId, provider.name),
    subject: claims.subject,
    identityProvider: provider.arn,
  });
  if (claims.issuer !== provider.metadata.entityId) throw new AwsError("InvalidIdentityToken", WRONG_ISSUER);
  checkSamlTimes(claims, now);

  // The troubleshooting guide gives "Not authorized to perform sts:AssumeRoleWithSAML" for a role the assertion does not list.
  if (!hasRolePair(claims, input.roleArn, input.principalArn)) throw undisclosedDenial(caller, ACTION, input.roleArn);
  const roleSessionName = sessionName(claims);
  sessionDuration(claims);
  const source = sourceIdentity(claims);
  const { tags, transitive } = samlTags(claims);
  const plan = planTags(tags, transitive, { tags: [], transitiveTagKeys: [] });
  const { policyArns, packed } = checkSessionInputs({ policy: input.policy, policyArns: input.policyArns, tags: plan.tags, tagsPassed: tags.length > 0 });

  const context: Record<string, ContextValue | undefined> = {
    "sts:RoleSessionName": roleSessionName,
    "sts:SourceIdentity": source,
    ...samlContext(claims, provider),
  };
  const trusted = await authorizeFederated({ caller, action: ACTION, roleArn: input.roleArn, role, context, tags, transitive, sourceIdentity: source, now });

  const requested = input.durationSeconds ?? 3600;
  if (requested > trusted.maxSessionDuration) throw new AwsError("ValidationError", MAX_SESSION_EXCEEDED);
  // The session ends at DurationSeconds or at the assertion's SessionNotOnOrAfter, whichever is sooner.
  const untilSessionEnd = claims.sessionNotOnOrAfter ? Math.floor((claims.sessionNotOnOrAfter.getTime() - now.getTime()) / 1000) : requested;
  const session = await issueRoleSession(trusted, {
    durationSeconds: Math.max(1, Math.min(requested, untilSessionEnd)),
    sessionName: roleSessionName,
    sourcePrincipalArn: provider.arn,
    sourceIdentity: source,
    sessionPolicy: input.policy,
    sessionPolicyArns: policyArns,
    tags: plan.tags,
    transitiveTagKeys: plan.transitiveTagKeys,
    region: input.region,
    now,
  });
  return {
    ...session,
    PackedPolicySize: packed,
    Subject: claims.subject,
    SubjectType: claims.subjectType,
    Issuer: claims.issuer,
    Audience: claims.recipient,
    NameQualifier: context["SAML:namequalifier"] as string,
    SourceIdentity: source,
  };
}
