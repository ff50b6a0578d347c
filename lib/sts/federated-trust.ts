// The trust decision for the anonymous callers of AssumeRoleWithWebIdentity and AssumeRoleWithSAML:
// the caller's claims (already in `context`) plus the role's resource keys and the session tags the
// credential carries, the actions the request needs (sts:TagSession for tags, sts:SetSourceIdentity
// for a source identity), through the one door (decide) with the trust policy as the only policy
// that can allow. A missing role and a refusal look alike, as AWS makes them.
import { accessDenied, undisclosedDenial } from "@/lib/authz/access-denied";
import type { AnonymousCaller } from "@/lib/authz/caller";
import { decide } from "@/lib/authz/decide";
import type { TrailActor } from "@/lib/cloudtrail/types";
import type { RoleWithTags } from "@/lib/data/roles";
import type { ContextValue } from "@/lib/policy";
import type { SessionTag } from "./credentials";
import { compiledTrustPolicy } from "./trust";

/**
 * What AssumeRoleWithWebIdentity and AssumeRoleWithSAML take besides the role and the credential:
 * the session policies and duration, where the request came from, and the wire's hooks.
 */
export interface FederatedCallInput {
  policy?: string;
  policyArns?: string[];
  durationSeconds?: number;
  region?: string;
  sourceIp?: string;
  userAgent?: string;
  now?: Date;
  /** Told who the anonymous caller turned out to be, for the activity log. */
  attribute?: (who: { accountId: string; principalArn: string }) => void;
  /**
   * Told the caller as the CloudTrail record names it: the assertion's NameQualifier and Subject
   * (SAMLUser), or the token's provider, audience and subject (WebIdentityUser).
   */
  noteActor?: (actor: TrailActor) => void;
}

export interface FederatedTrustInput {
  caller: AnonymousCaller;
  action: string;
  roleArn: string;
  role: RoleWithTags | null;
  context: Record<string, ContextValue | undefined>;
  tags: SessionTag[];
  transitive: string[];
  sourceIdentity?: string;
  now: Date;
}

/** The role, once its trust policy allows this federated caller; otherwise AccessDenied. */
export async function authorizeFederated(input: FederatedTrustInput): Promise<RoleWithTags> {
  const { role } = input;
  const trust = role ? compiledTrustPolicy(role) : null;
  if (!role || !trust) throw undisclosedDenial(input.caller, input.action, input.roleArn);
  const actions = federatedTrustRequest(role, input);
  const decision = await decide(input.caller, actions, input.roleArn, { resourcePolicy: trust, resourceAccountId: role.accountId, context: input.context, now: input.now });
  if (!decision.allowed) throw accessDenied(decision, { disclose: false });
  return role;
}

/**
 * Completes `input.context` with the role's keys and the session tags, and returns the actions the
 * request needs. Shared with the access graph (lib/graph), which asks the same question of each IdP.
 */
export function federatedTrustRequest(
  role: Pick<RoleWithTags, "accountId" | "tags"> | null,
  input: Pick<FederatedTrustInput, "action" | "context" | "tags" | "transitive" | "sourceIdentity">,
): string[] {
  const { context, tags, transitive } = input;
  if (role) {
    context["aws:ResourceAccount"] = role.accountId;
    for (const t of role.tags) context[`aws:ResourceTag/${t.key}`] = t.value;
  }
  if (tags.length > 0) {
    for (const t of tags) context[`aws:RequestTag/${t.Key}`] = t.Value;
    context["aws:TagKeys"] = tags.map((t) => t.Key);
  }
  if (transitive.length > 0) context["sts:TransitiveTagKeys"] = transitive;
  const actions = [input.action];
  if (tags.length > 0 || transitive.length > 0) actions.push("sts:TagSession");
  if (input.sourceIdentity !== undefined) actions.push("sts:SetSourceIdentity");
  return actions;
}
