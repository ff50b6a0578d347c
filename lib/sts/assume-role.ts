// sts:AssumeRole (spec §1.2, processing order §1.2.4): validate, check tags and session policies,
// verify MFA, evaluate the trust policy (and the caller's side for cross-account), then issue a
// role session. Also the console's Switch role entry point.
import { db } from "@/lib/db";
import { AwsError } from "@/lib/errors";
import { parseStsArn } from "@/lib/aws/arn";
import type { Caller } from "@/lib/authz/caller";
import type { ContextValue } from "@/lib/policy";
import type { SessionTag } from "./credentials";
import { cachedRoleWithTags, type RoleWithTags } from "@/lib/data/roles";
import { refuseByFixedRule } from "@/lib/authz/authorize";
import { checkMfa, consumeMfa } from "./mfa";
import { issueRoleSession, type RoleSession } from "./role-session";
import { checkSessionInputs, planTags } from "./session-inputs";
import { compiledTrustPolicy } from "./trust";
import { assumeDenied, authorizeTrust } from "./trust-check";
import { sameSandbox } from "@/lib/sandbox/scope";
import { serverNow } from "@/lib/server-now";

export const CHAINED_MAX_SECONDS = 3600;
export { ROOT_CANNOT_ASSUME } from "@/lib/policy/fixed-rules";
export const MAX_SESSION_EXCEEDED = "The requested DurationSeconds exceeds the MaxSessionDuration set for this role.";
export const CHAINING_EXCEEDED = "The requested DurationSeconds exceeds the 1 hour session limit for roles assumed by role chaining.";

export interface AssumeRoleInput {
  roleArn: string;
  roleSessionName: string;
  durationSeconds?: number;
  policy?: string;
  policyArns?: string[];
  tags?: SessionTag[];
  transitiveTagKeys?: string[];
  externalId?: string;
  serialNumber?: string;
  tokenCode?: string;
  sourceIdentity?: string;
  region?: string;
  /** Console Switch role: the session is marked as a console session. */
  viaConsole?: boolean;
  now?: Date;
}

export interface AssumeRoleResult extends RoleSession {
  PackedPolicySize?: number;
  SourceIdentity?: string;
}

export async function assumeRole(caller: Caller, input: AssumeRoleInput): Promise<AssumeRoleResult> {
  const now = input.now ?? serverNow();
  parseStsArn(input.roleArn);
  // Refused before the role is looked up, whatever its trust policy says (the engine applies the same rule).
  refuseByFixedRule(caller, "sts:AssumeRole", input.roleArn);

  // Role chaining: the session the caller was resolved from (lib/sts/session-caller.ts), not a re-read.
  const parent = caller.session;
  const role = await cachedRoleWithTags(input.roleArn);
  const inherited = { tags: parent?.tags ?? [], transitiveTagKeys: parent?.transitiveTagKeys ?? [] };
  const passedTags = input.tags ?? [];
  const passedTransitive = input.transitiveTagKeys ?? [];
  const plan = planTags(passedTags, passedTransitive, inherited);

  const { policyArns, packed } = checkSessionInputs({ policy: input.policy, policyArns: input.policyArns, tags: plan.tags, tagsPassed: passedTags.length > 0 });

  // Checked now (its errors come before the trust decision, as AWS orders them), used up only once
  // the call has passed every check that can still refuse it.
  const mfa = await checkMfa(caller, input.serialNumber, input.tokenCode, now);
  const mfaVerifiedAt = mfa?.verifiedAt;

  // Another sandbox's role is a nonexistent one (training spec §6): the same AccessDenied, whatever its trust says.
  if (!role || !(await sameSandbox(caller.accountId, role.accountId))) throw assumeDenied(caller, input.roleArn);
  const trust = compiledTrustPolicy(role);
  if (!trust) throw assumeDenied(caller, input.roleArn);

  const inheritedSourceIdentity = parent?.sourceIdentity;
  if (inheritedSourceIdentity && input.sourceIdentity !== undefined && input.sourceIdentity !== inheritedSourceIdentity) {
    // A source identity can never change within a chain [DOC]; AWS's reaction is undocumented [INF].
    throw assumeDenied(caller, input.roleArn, "sts:SetSourceIdentity");
  }
  const sourceIdentity = input.sourceIdentity ?? inheritedSourceIdentity;

  const { actions, context } = assumeRoleTrustRequest(role, {
    roleSessionName: input.roleSessionName,
    externalId: input.externalId,
    sourceIdentity,
    inheritedSourceIdentity,
    passedTags,
    passedTransitive,
    sessionTags: plan.tags,
    mfaVerified: mfaVerifiedAt !== undefined,
    // GetSessionToken sessions are temporary credentials: they always say whether MFA was used.
    sessionUserMfa: caller.session && caller.kind === "user" ? caller.mfa : undefined,
  });
  await authorizeTrust(caller, actions, role.arn, { resourcePolicy: trust, resourceAccountId: role.accountId, context, now });

  const chained = caller.session !== undefined;
  const duration = input.durationSeconds ?? 3600;
  if (duration > role.maxSessionDuration) throw new AwsError("ValidationError", MAX_SESSION_EXCEEDED);
  if (chained && duration > CHAINED_MAX_SECONDS) throw new AwsError("ValidationError", CHAINING_EXCEEDED);
  await consumeMfa(mfa);

  // MFA travels with console and GetSessionToken sessions, not from one role session to the next.
  const mfaAt = mfaVerifiedAt ?? (caller.kind !== "assumed-role" && caller.mfa ? (caller.mfaAuthenticatedAt ?? now) : undefined);
  const session = await issueRoleSession(role, {
    durationSeconds: duration,
    sessionName: input.roleSessionName,
    sourcePrincipalArn: caller.arn,
    sourceIdentity,
    chainDepth: parent ? (parent.chainDepth ?? 0) + 1 : 0,
    mfaAuthenticatedAt: mfaAt,
    sessionPolicy: input.policy,
    sessionPolicyArns: policyArns,
    tags: plan.tags,
    transitiveTagKeys: plan.transitiveTagKeys,
    viaConsole: input.viaConsole,
    region: input.region,
    now,
  });
  // Listed, not spread: the member order is the wire order (Credentials, AssumedRoleUser, …).
  return {
    Credentials: session.Credentials,
    AssumedRoleUser: session.AssumedRoleUser,
    PackedPolicySize: packed,
    SourceIdentity: sourceIdentity,
  };
}

export interface TrustRequestInput {
  roleSessionName: string;
  externalId?: string;
  /** The source identity the new session gets (passed, or inherited down a chain). */
  sourceIdentity?: string;
  /** The calling session's source identity (aws:SourceIdentity). */
  inheritedSourceIdentity?: string;
  passedTags: SessionTag[];
  passedTransitive: string[];
  /** The new session's tags (inherited transitive tags overridden by the passed ones). */
  sessionTags: SessionTag[];
  /** A SerialNumber/TokenCode pair verified in this call. */
  mfaVerified: boolean;
  /** A GetSessionToken session of a user: whether it was issued with MFA. */
  sessionUserMfa?: boolean;
}

/**
 * The trust-side request of one AssumeRole: the actions it needs and the request context beyond the
 * caller's own keys. Shared by AssumeRole and the access graph (lib/graph), which asks the same
 * question for every candidate context without making the call.
 */
export function assumeRoleTrustRequest(role: Pick<RoleWithTags, "accountId" | "tags">, input: TrustRequestInput): { actions: string[]; context: Record<string, ContextValue | undefined> } {
  const context: Record<string, ContextValue | undefined> = {
    "sts:RoleSessionName": input.roleSessionName,
    "sts:ExternalId": input.externalId,
    "sts:SourceIdentity": input.sourceIdentity,
    "aws:SourceIdentity": input.inheritedSourceIdentity,
    "aws:ResourceAccount": role.accountId,
  };
  for (const t of role.tags) context[`aws:ResourceTag/${t.key}`] = t.value;
  // In a chain, inherited transitive tags stand in for the role's tags of the same key (spec §4.4).
  for (const t of input.sessionTags) context[`aws:ResourceTag/${t.Key}`] = t.Value;
  if (input.passedTags.length > 0) {
    for (const t of input.passedTags) context[`aws:RequestTag/${t.Key}`] = t.Value;
    context["aws:TagKeys"] = input.passedTags.map((t) => t.Key);
  }
  if (input.passedTransitive.length > 0) context["sts:TransitiveTagKeys"] = input.passedTransitive;
  if (input.mfaVerified) {
    context["aws:MultiFactorAuthPresent"] = "true";
    context["aws:MultiFactorAuthAge"] = "0";
  } else if (input.sessionUserMfa !== undefined) {
    context["aws:MultiFactorAuthPresent"] = String(input.sessionUserMfa);
  }
  const actions = ["sts:AssumeRole"];
  if (input.passedTags.length > 0 || input.passedTransitive.length > 0) actions.push("sts:TagSession");
  if (input.sourceIdentity !== undefined) actions.push("sts:SetSourceIdentity");
  return { actions, context };
}

/**
 * The role ARN the console form means: the name may carry a path ("path/name"); a bare name finds a
 * role with a path by account + name, as the console's switch-role form does.
 */
export async function consoleRoleArn(accountId: string, roleName: string, path?: string): Promise<string> {
  if (path === undefined) {
    const role = await db.role.findFirst({ where: { accountId, name: roleName }, select: { arn: true } });
    if (role) return role.arn;
  }
  return `arn:aws:iam::${accountId}:role${path ?? "/"}${roleName}`;
}

/**
 * Console Switch role: one-hour session named after the user, no ExternalId/tags/source identity
 * (the console cannot pass them). Authorizes with the caller's identity as given.
 */
export async function assumeRoleForConsole(
  caller: Caller,
  input: { accountId: string; roleName: string; sessionName?: string; durationSeconds?: number; path?: string },
): Promise<AssumeRoleResult> {
  const sessionName = input.sessionName ?? caller.userName ?? caller.role?.name ?? caller.accountId;
  return assumeRole(caller, {
    roleArn: await consoleRoleArn(input.accountId, input.roleName, input.path),
    roleSessionName: sessionName,
    durationSeconds: input.durationSeconds ?? CHAINED_MAX_SECONDS,
    viaConsole: true,
  });
}
