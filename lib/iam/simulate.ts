// The IAM policy simulator: SimulatePrincipalPolicy (a user's or role's real policies, plus optional
// extra ones) and SimulateCustomPolicy (only the policies passed in). Both run the real engine, so a
// simulated decision is the decision the principal would get. Unlike AWS, simulating sts:AssumeRole
// on a role ARN also evaluates that role's trust policy, but only for a role of the caller's own
// account that the caller may iam:GetRole: nothing else the caller could not read enters a simulation.
import { db } from "@/lib/db";
import { authorize, buildRequest, principalInfo } from "@/lib/authz/authorize";
import type { Caller } from "@/lib/authz/caller";
import { callerContext } from "@/lib/authz/context";
import { AwsError } from "@/lib/errors";
import {
  createContext,
  evaluate,
  parsePolicy,
  compilePolicy,
  type CompiledPolicy,
  type ContextValue,
  type DeniedBy,
  type EvaluationRequest,
  type EvaluationResult,
  type PolicyType,
} from "@/lib/policy";
import { compiledTrustPolicy } from "@/lib/sts/trust";

export interface ContextEntry {
  ContextKeyName: string;
  ContextKeyValues: string[];
  ContextKeyType: string;
}

export interface SimulateInput {
  actionNames: string[];
  resourceArns?: string[];
  resourcePolicy?: string;
  resourceOwner?: string;
  callerArn?: string;
  contextEntries?: ContextEntry[];
  policyInputList?: string[];
  permissionsBoundaryPolicyInputList?: string[];
}

export interface EvaluationResultShape {
  EvalActionName: string;
  EvalResourceName: string;
  EvalDecision: "allowed" | "explicitDeny" | "implicitDeny";
  MatchedStatements: { SourcePolicyId: string; SourcePolicyType: string }[];
  MissingContextValues: string[];
  OrganizationsDecisionDetail?: { AllowedByOrganizations: boolean };
  PermissionsBoundaryDecisionDetail?: { AllowedByPermissionsBoundary: boolean };
  EvalDecisionDetails?: Map<string, EvalDecision>;
  ResourceSpecificResults?: ResourceSpecificResultShape[];
}

type EvalDecision = EvaluationResultShape["EvalDecision"];

export interface ResourceSpecificResultShape {
  EvalResourceName: string;
  EvalResourceDecision: EvalDecision;
  MatchedStatements: EvaluationResultShape["MatchedStatements"];
  MissingContextValues: string[];
  EvalDecisionDetails?: Map<string, EvalDecision>;
}

function compileInput(text: string, type: PolicyType, id: string): CompiledPolicy {
  const parsed = parsePolicy(text, type, { maxSize: Number.POSITIVE_INFINITY });
  if (!parsed.ok) throw new AwsError(parsed.error.code === "LimitExceeded" ? "LimitExceeded" : "MalformedPolicyDocument", parsed.error.message);
  return compilePolicy(parsed.policy, { type, id, name: id });
}

/** ContextKeyType "stringList", "numericList"… are multivalued; the rest take the first value. */
function contextFrom(entries: ContextEntry[] = []): Record<string, ContextValue> {
  const out: Record<string, ContextValue> = {};
  for (const e of entries) out[e.ContextKeyName] = /List$/i.test(e.ContextKeyType) ? e.ContextKeyValues : (e.ContextKeyValues[0] ?? "");
  return out;
}

function sourceType(ref: { type: PolicyType; id: string; arn?: string }): string {
  if (ref.id.startsWith("PolicyInputList.") || ref.id.startsWith("PermissionsBoundaryPolicyInputList.")) return "IAM Policy";
  if (ref.type === "trust" || ref.type === "resource") return "resource";
  // AWS's PolicySourceType has no Organizations value; an SCP or RCP statement reads as "none".
  if (ref.type === "scp" || ref.type === "rcp") return "none";
  if (ref.id.startsWith("inline:")) return ref.id.split(":")[1];
  if (ref.arn?.startsWith("arn:aws:iam::aws:policy/")) return "aws-managed";
  if (ref.arn) return "user-managed";
  return "none";
}

const DECISION = { Allowed: "allowed", ExplicitDeny: "explicitDeny", ImplicitDeny: "implicitDeny" } as const;

const ARN_ACCOUNT = /^arn:[^:]*:[^:]*:[^:]*:(\d{12}):/;

/** The account the engine treats as the resource's: the ResourceOwner, the ARN's, else the principal's. */
function resourceAccount(request: EvaluationRequest): string {
  return request.resourceAccountId ?? ARN_ACCOUNT.exec(request.resource)?.[1] ?? request.principal.accountId;
}

/** Names AWS gives each policy type in EvalDecisionDetails [I: observed keys are "IAM Policy" and "Resource Policy"]. */
const DETAIL_SOURCE: Partial<Record<DeniedBy, string>> = {
  identity: "IAM Policy",
  resource: "Resource Policy",
  trust: "Resource Policy",
  rcp: "Resource Control Policy",
};

/**
 * How each policy type decided on its own. AWS returns it only for cross-account simulations: empty
 * for a same-account one that names a resource, absent for "*" or when an SCP ended the simulation.
 */
function decisionDetails(request: EvaluationRequest, result: EvaluationResult): Map<string, EvalDecision> | undefined {
  const crossAccount = resourceAccount(request) !== request.principal.accountId;
  if (result.deniedBy === "scp" || (!crossAccount && request.resource === "*")) return undefined;
  const out = new Map<string, EvalDecision>();
  if (!crossAccount) return out;
  for (const p of result.explanation ?? []) {
    const key = DETAIL_SOURCE[p.role];
    if (!key || !p.applies) continue;
    const matched = p.statements.filter((s) => s.matched);
    const own: EvalDecision = matched.some((s) => s.effect === "Deny") ? "explicitDeny" : matched.length > 0 ? "allowed" : "implicitDeny";
    const prev = out.get(key);
    // Several policies of one type: a deny anywhere wins, then any allow.
    if (!prev || own === "explicitDeny" || (own === "allowed" && prev === "implicitDeny")) out.set(key, own);
  }
  return out;
}

function describe(request: EvaluationRequest, result: EvaluationResult): EvaluationResultShape {
  const missing = new Set<string>();
  for (const p of result.explanation ?? []) {
    for (const s of p.statements) {
      if (!s.actionMatched || s.resourceMatched === false) continue;
      for (const c of s.conditions ?? []) if (c.contextValue === undefined && !c.operator.startsWith("Null")) missing.add(c.key);
    }
  }
  const boundary = request.permissionsBoundary
    ? evaluate({ ...request, identityPolicies: [request.permissionsBoundary], permissionsBoundary: undefined, sessionPolicies: undefined, resourcePolicy: undefined, scps: undefined, rcps: undefined })
    : undefined;
  const decision = DECISION[result.decision];
  const matched = result.reasons.map((r) => ({ SourcePolicyId: r.policy.name ?? r.policy.id, SourcePolicyType: sourceType(r.policy) }));
  const details = decisionDetails(request, result);
  const boundaryDetail = boundary ? { AllowedByPermissionsBoundary: boundary.decision === "Allowed" } : undefined;
  return {
    EvalActionName: request.action,
    EvalResourceName: request.resource,
    EvalDecision: decision,
    MatchedStatements: matched,
    MissingContextValues: [...missing],
    OrganizationsDecisionDetail: request.scps ? { AllowedByOrganizations: result.deniedBy !== "scp" } : undefined,
    PermissionsBoundaryDecisionDetail: boundaryDetail,
    EvalDecisionDetails: details,
    // A named resource also gets its own row, as AWS returns for every ARN in ResourceArns.
    ResourceSpecificResults:
      request.resource === "*"
        ? undefined
        : [
            {
              EvalResourceName: request.resource,
              EvalResourceDecision: decision,
              MatchedStatements: matched,
              MissingContextValues: [...missing],
              EvalDecisionDetails: details,
              ...(boundaryDetail ? { PermissionsBoundaryDecisionDetail: boundaryDetail } : {}),
            },
          ],
  };
}

async function subjectFor(arn: string): Promise<Caller> {
  const user = await db.user.findUnique({ where: { arn } });
  if (user) return { kind: "user", accountId: user.accountId, arn: user.arn, userId: user.id, userName: user.name, mfa: false, via: "api" };
  const role = await db.role.findUnique({ where: { arn } });
  if (role) {
    return {
      kind: "assumed-role",
      accountId: role.accountId,
      arn: `arn:aws:sts::${role.accountId}:assumed-role/${role.name}/SimulatePrincipalPolicy`,
      role: { id: role.id, arn: role.arn, name: role.name },
      mfa: false,
      via: "api",
    };
  }
  throw new AwsError("NoSuchEntity", `The entity with ARN ${arn} cannot be found.`);
}

/**
 * The request each resource is simulated under. A principal's simulation goes through buildRequest,
 * so the RCPs are those of the account owning that resource (ResourceOwner, else the ARN's account);
 * a custom simulation has only the policies passed in.
 */
async function baseRequest(subject: Caller, resource: string, resourceAccountId: string | undefined, context: Record<string, ContextValue>, now: Date, identityOnly: boolean) {
  if (identityOnly) {
    return { principal: principalInfo(subject), action: "", resource, resourceAccountId, context: createContext(callerContext(subject, now, context)), identityPolicies: [] } satisfies EvaluationRequest;
  }
  const request = await buildRequest(subject, "iam:SimulatePrincipalPolicy", resource, { context, now, resourceAccountId });
  const account = resourceAccount(request);
  if (account !== subject.accountId && !(await managesAccount(subject.accountId, account))) request.rcps = undefined;
  return request;
}

/**
 * Whether `reader` is the management account of `account`'s organization: the one account that
 * may read (organizations:DescribePolicy) the RCPs binding another account's resources. Any other
 * caller simulates another account's resource without them, as it cannot read them.
 */
async function managesAccount(reader: string, account: string): Promise<boolean> {
  const row = await db.account.findUnique({ where: { id: account }, select: { organization: { select: { masterAccountId: true } } } });
  return row?.organization?.masterAccountId === reader;
}

/**
 * Reads an entity for a simulation only where the caller could read it itself: in its own account,
 * and authorized first. Anything else reads as missing, so a simulation never tells an entity the
 * caller may not see from one that does not exist (nor reveals another account's policies).
 */
async function readable<T>(caller: Caller, action: string, arn: string, read: () => Promise<T | null>): Promise<T | null> {
  if (ARN_ACCOUNT.exec(arn)?.[1] !== caller.accountId) return null;
  try {
    await authorize(caller, action, arn);
  } catch (e) {
    if (e instanceof AwsError && e.code === "AccessDenied") return null;
    throw e;
  }
  return read();
}

/** The trust policy a simulated sts:AssumeRole on `arn` is evaluated with (AWS would use none). */
async function readableTrustPolicy(caller: Caller, arn: string): Promise<CompiledPolicy | undefined> {
  const role = await readable(caller, "iam:GetRole", arn, () => db.role.findUnique({ where: { arn } }));
  return (role && compiledTrustPolicy(role)) ?? undefined;
}

async function run(caller: Caller, subject: Caller, input: SimulateInput, extraIdentity: CompiledPolicy[], identityOnly: boolean) {
  const now = new Date();
  const resources = input.resourceArns && input.resourceArns.length > 0 ? input.resourceArns : ["*"];
  const resourcePolicy = input.resourcePolicy ? compileInput(input.resourcePolicy, "resource", "ResourcePolicy") : undefined;
  const boundaryInput = input.permissionsBoundaryPolicyInputList?.map((t, i) => compileInput(t, "boundary", `PermissionsBoundaryPolicyInputList.${i + 1}`));
  const context = contextFrom(input.contextEntries);
  const owner = input.resourceOwner?.match(/\d{12}/)?.[0];
  const bases = new Map<string, EvaluationRequest>();
  for (const resource of new Set(resources)) bases.set(resource, await baseRequest(subject, resource, owner, context, now, identityOnly));
  const trusts = new Map<string, CompiledPolicy | undefined>();
  const results: EvaluationResultShape[] = [];
  for (const action of input.actionNames) {
    for (const resource of resources) {
      const base = bases.get(resource) as EvaluationRequest;
      let rp = resourcePolicy;
      // Assuming a role: the role's trust policy is the resource policy that decides (AWS would not).
      if (!rp && action.toLowerCase() === "sts:assumerole") {
        if (!trusts.has(resource)) trusts.set(resource, await readableTrustPolicy(caller, resource));
        rp = trusts.get(resource);
      }
      const request: EvaluationRequest = {
        ...base,
        action,
        identityPolicies: [...base.identityPolicies, ...extraIdentity],
        permissionsBoundary: boundaryInput?.[0] ?? base.permissionsBoundary,
        resourcePolicy: rp,
      };
      results.push(describe(request, evaluate(request, { explain: true })));
    }
  }
  return { EvaluationResults: results, IsTruncated: false };
}

export async function simulatePrincipalPolicy(caller: Caller, input: SimulateInput & { policySourceArn: string }) {
  await authorize(caller, "iam:SimulatePrincipalPolicy", input.policySourceArn);
  const subject = await subjectFor(input.policySourceArn);
  const extra = (input.policyInputList ?? []).map((t, i) => compileInput(t, "identity", `PolicyInputList.${i + 1}`));
  return run(caller, subject, input, extra, false);
}

export async function simulateCustomPolicy(caller: Caller, input: SimulateInput) {
  await authorize(caller, "iam:SimulateCustomPolicy", "*");
  const policies = (input.policyInputList ?? []).map((t, i) => compileInput(t, "identity", `PolicyInputList.${i + 1}`));
  let subject: Caller = caller;
  if (input.callerArn) {
    const arn = input.callerArn;
    const user = await readable(caller, "iam:GetUser", arn, () => db.user.findUnique({ where: { arn } }));
    subject = user
      ? { kind: "user", accountId: user.accountId, arn: user.arn, userId: user.id, userName: user.name, mfa: false, via: "api" }
      : { kind: "user", accountId: caller.accountId, arn: input.callerArn, userName: input.callerArn.split("/").pop(), mfa: false, via: "api" };
  }
  return run(caller, subject, input, policies, true);
}
