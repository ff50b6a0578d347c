// The evaluation request for one decision: the principal's policies (identity, boundary, session,
// SCPs), the resource account's RCPs, the optional resource/trust policy and the request context.
import type { Tx } from "@/lib/db";
import { createContext, type CompiledPolicy, type ContextValue, type EvaluationRequest, type PrincipalInfo } from "@/lib/policy";
import type { AnonymousCaller, Caller } from "./caller";
import { anonymousContext, callerContext } from "./context";
import { isRootSession } from "@/lib/iam/organizations/root-tasks";
import { organizationPolicies, policiesFor, type CallerPolicies } from "./policies";
import { serverNow } from "@/lib/server-now";

export interface AuthorizeOptions {
  /** Extra context keys for this request (aws:RequestTag/…, aws:ResourceTag/…, iam:PassedToService…). */
  context?: Record<string, ContextValue | undefined>;
  /** A resource-based policy that governs the resource (a role's trust policy for sts:AssumeRole). */
  resourcePolicy?: CompiledPolicy;
  /** The account that owns the resource when its ARN does not say (it decides whose RCPs apply). */
  resourceAccountId?: string;
  tx?: Tx;
  now?: Date;
}

export function principalInfo(caller: Caller): PrincipalInfo {
  return {
    kind: caller.kind,
    arn: caller.arn,
    accountId: caller.accountId,
    uniqueId: caller.kind === "user" ? caller.userId : caller.role?.id,
    roleArn: caller.role?.arn,
    userArn: caller.federatedBy,
    // A user's or the root's session comes from GetSessionToken (session-caller.ts), except a root
    // session from AssumeRoot, which its task policy scopes instead.
    // A delegated session (GetDelegatedAccessToken) is neither: the request's policy caps it.
    credentials: caller.session?.delegated
      ? "delegated"
      : caller.session && (caller.kind === "user" || (caller.kind === "root" && !isRootSession(caller)))
        ? "session-token"
        : undefined,
  };
}

/** Context keys that come from the caller's stored data: principal tags and the organization. */
function principalContext(p: CallerPolicies): Record<string, ContextValue> {
  const out: Record<string, ContextValue> = {};
  for (const [k, v] of Object.entries(p.principalTags)) out[`aws:PrincipalTag/${k}`] = v;
  if (p.orgId) out["aws:PrincipalOrgID"] = p.orgId;
  return out;
}

const ARN_ACCOUNT = /^arn:[^:]*:[^:]*:[^:]*:(\d{12}):/;

/** The account that owns the resource, as the engine reads it: the option, the ARN, else the caller's. */
function resourceAccountOf(caller: Caller, resource: string, opts: AuthorizeOptions): string {
  return opts.resourceAccountId ?? ARN_ACCOUNT.exec(resource)?.[1] ?? caller.accountId;
}

/**
 * SCPs bind the caller's account, RCPs the resource's (spec §5.3): a cross-account call takes its RCPs
 * from the account that owns the resource, and the caller's own RCPs do not follow it there.
 */
async function resourceControlPolicies(caller: Caller, p: CallerPolicies, resource: string, opts: AuthorizeOptions) {
  const account = resourceAccountOf(caller, resource, opts);
  if (account === caller.accountId) return p.rcps;
  return (await organizationPolicies(account, opts.tx)).rcps;
}

export async function buildRequest(caller: Caller, action: string, resource: string, opts: AuthorizeOptions = {}): Promise<EvaluationRequest> {
  const p = await policiesFor(caller, opts.tx);
  const rcps = await resourceControlPolicies(caller, p, resource, opts);
  return assembleRequest(caller, p, rcps, action, resource, opts);
}

/**
 * The request from policies already gathered (the access graph loads a whole account set at once):
 * the same assembly buildRequest does once it has read the caller's policies and the RCPs.
 */
export function assembleRequest(
  caller: Caller,
  p: CallerPolicies,
  rcps: CompiledPolicy[][] | undefined,
  action: string,
  resource: string,
  opts: Omit<AuthorizeOptions, "tx"> = {},
): EvaluationRequest {
  return {
    principal: principalInfo(caller),
    action,
    resource,
    resourceAccountId: opts.resourceAccountId,
    // The caller's keys written after the principal's in one object, not a merged copy (context.ts).
    context: createContext(callerContext(caller, opts.now ?? serverNow(), opts.context, principalContext(p))),
    identityPolicies: p.identity,
    permissionsBoundary: p.boundary,
    sessionPolicies: p.session,
    resourcePolicy: opts.resourcePolicy,
    scps: p.scps,
    rcps,
  };
}

/**
 * An anonymous caller has no identity policies and no SCPs (those bind IAM principals): the resource
 * (trust) policy is the only one that can allow, and the resource account's RCPs still bind.
 */
export async function buildAnonymousRequest(caller: AnonymousCaller, action: string, resource: string, opts: AuthorizeOptions = {}): Promise<EvaluationRequest> {
  const account = opts.resourceAccountId ?? ARN_ACCOUNT.exec(resource)?.[1];
  return assembleAnonymousRequest(caller, account ? (await organizationPolicies(account, opts.tx)).rcps : undefined, action, resource, opts);
}

/** The anonymous request from the resource account's RCPs already gathered. */
export function assembleAnonymousRequest(
  caller: AnonymousCaller,
  rcps: CompiledPolicy[][] | undefined,
  action: string,
  resource: string,
  opts: Omit<AuthorizeOptions, "tx"> = {},
): EvaluationRequest {
  return {
    principal: { kind: "anonymous", arn: "anonymous", accountId: "", federatedProvider: caller.federatedProvider },
    action,
    resource,
    resourceAccountId: opts.resourceAccountId,
    context: createContext(anonymousContext(caller, opts.now ?? serverNow(), opts.context)),
    identityPolicies: [],
    resourcePolicy: opts.resourcePolicy,
    rcps,
  };
}
