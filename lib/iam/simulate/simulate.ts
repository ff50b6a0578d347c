// The IAM policy simulator: SimulatePrincipalPolicy (a user's, group's or role's real policies, plus
// optional extra ones) and SimulateCustomPolicy (only the policies passed in). Both run the real
// engine, so a simulated decision is the decision the principal would get from its identity side.
// Like AWS, the APIs ignore trust policies: a role's trust policy never enters a simulated
// sts:AssumeRole*, and a ResourcePolicy passed for one is parsed (its errors reported) and then
// dropped, so an explicit trust Deny still answers "allowed" (https://github.com/aws/aws-cli/issues/10314,
// observability-spec §2.2). The console's policy simulator (console.ts, both-sides.ts) shows both sides.
// This file runs a simulation and describes its results; input.ts compiles what it runs.
//
// Whose account a simulation runs in (https://docs.aws.amazon.com/IAM/latest/APIReference/API_SimulateCustomPolicy.html):
// the simulated caller is the IAM user named by CallerArn, in the account of that ARN (not the API
// caller's); ResourceOwner (arn:aws:iam::ACCOUNT:root) owns the resources whose ARN names no account
// and the ResourcePolicy, and "If the ResourceOwner parameter is not specified, then the owner of the
// resources and the resource policy defaults to the account of the identity provided in CallerArn".
// With no ResourceArns the simulated resource is the literal "*" (the API reference: "the value
// defaults to * (all resources)"): a statement whose Resource names specific ARNs does not match it,
// so it answers implicitDeny as AWS's simulator does (reported against real AWS in
// https://github.com/aws/aws-cli/issues/8650 and https://github.com/cloud-custodian/cloud-custodian/issues/4612).
import { db } from "@/lib/db";
import { authorize } from "@/lib/authz/authorize";
import type { Caller } from "@/lib/authz/caller";
import { evaluate, type CompiledPolicy, type DeniedBy, type EvaluationRequest, type EvaluationResult, type PolicyType } from "@/lib/policy";
import { organizationPolicies } from "@/lib/authz/policies";
import { pageRequest, type PageRequest } from "@/lib/iam/pagination";
import { page } from "@/lib/iam/roles/paging";
import { statementSpans, type StatementSpan } from "./positions";
import {
  ARN_ACCOUNT,
  baseRequest,
  checkResourceArns,
  compileInput,
  contextFrom,
  parseResourceOwner,
  policySourceFor,
  simulatedUser,
  type SimulateInput,
  type Simulation,
  type Spans,
} from "./input";
import { serverNow } from "@/lib/server-now";

export type { ContextEntry, SimulateInput } from "./input";

export type MatchedStatement = { SourcePolicyId: string; SourcePolicyType: string } & Partial<StatementSpan>;

export interface EvaluationResultShape {
  EvalActionName: string;
  EvalResourceName: string;
  EvalDecision: "allowed" | "explicitDeny" | "implicitDeny";
  MatchedStatements: MatchedStatement[];
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

// Policies passed in as text read "IAM Policy" and "Resource Policy", as AWS answers them (recorded
// responses, e.g. https://blog.scottlogic.com/2025/04/03/automated-iam-policy-simulator-testing.html),
// although the API reference lists only user | group | role | aws-managed | user-managed | resource | none.
function sourceType(ref: { type: PolicyType; id: string; arn?: string }): string {
  if (ref.id.startsWith("PolicyInputList.") || ref.id.startsWith("PermissionsBoundaryPolicyInputList.")) return "IAM Policy";
  if (ref.id === "ResourcePolicy") return "Resource Policy";
  if (ref.type === "trust" || ref.type === "resource") return "resource";
  // AWS's PolicySourceType has no Organizations value; an SCP or RCP statement reads as "none".
  if (ref.type === "scp" || ref.type === "rcp") return "none";
  if (ref.id.startsWith("inline:")) return ref.id.split(":")[1];
  if (ref.arn?.startsWith("arn:aws:iam::aws:policy/")) return "aws-managed";
  if (ref.arn) return "user-managed";
  return "none";
}

const DECISION = { Allowed: "allowed", ExplicitDeny: "explicitDeny", ImplicitDeny: "implicitDeny" } as const;

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

/** Keys a statement that applies to the action and resource tests, with no value in the context. */
export function missingContextKeys(explanation: EvaluationResult["explanation"], roles?: readonly DeniedBy[]): Set<string> {
  const missing = new Set<string>();
  for (const p of explanation ?? []) {
    if (roles && !roles.includes(p.role)) continue;
    for (const s of p.statements) {
      if (!s.actionMatched || s.resourceMatched === false) continue;
      for (const c of s.conditions ?? []) if (c.contextValue === undefined && !c.operator.startsWith("Null")) missing.add(c.key);
    }
  }
  return missing;
}

/**
 * `inOrganization`: the simulated principal's account belongs to an organization, the one case AWS
 * returns OrganizationsDecisionDetail for ("Only applies if the simulated user's account is part of
 * an organization", API_OrganizationsDecisionDetail); its management account is bound by no SCP.
 */
function describe(request: EvaluationRequest, result: EvaluationResult, spans: Spans, inOrganization: boolean): EvaluationResultShape {
  const missing = missingContextKeys(result.explanation);
  const boundary = request.permissionsBoundary
    ? evaluate({ ...request, identityPolicies: [request.permissionsBoundary], permissionsBoundary: undefined, sessionPolicies: undefined, resourcePolicy: undefined, scps: undefined, rcps: undefined })
    : undefined;
  const decision = DECISION[result.decision];
  const matched = result.reasons.map((r): MatchedStatement => ({
    SourcePolicyId: r.policy.name ?? r.policy.id,
    SourcePolicyType: sourceType(r.policy),
    ...spans.get(r.policy.id)?.[r.statementIndex],
  }));
  const details = decisionDetails(request, result);
  const boundaryDetail = boundary ? { AllowedByPermissionsBoundary: boundary.decision === "Allowed" } : undefined;
  return {
    EvalActionName: request.action,
    EvalResourceName: request.resource,
    EvalDecision: decision,
    MatchedStatements: matched,
    // Missing keys are reported at the top only for "*"; for named resources they are reported
    // "instead" under ResourceSpecificResults (API reference: API_EvaluationResult / API_ResourceSpecificResult).
    MissingContextValues: request.resource === "*" ? [...missing] : [],
    OrganizationsDecisionDetail: inOrganization ? { AllowedByOrganizations: result.deniedBy !== "scp" } : undefined,
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

/**
 * Statement positions in the stored documents that decided (a principal's inline and managed
 * policies): the document as it was stored, as GetPolicyVersion / Get…Policy return it [INF].
 */
async function addStoredSpans(ids: string[], spans: Spans): Promise<void> {
  for (const id of new Set(ids)) {
    if (spans.has(id)) continue;
    let text: string | undefined;
    const inline = /^inline:(user|group|role):([^:]+):(.+)$/.exec(id);
    const managed = /^([^:]+):(v\d+)$/.exec(id);
    if (inline) {
      const row = await db.inlinePolicy.findUnique({ where: { ownerType_ownerId_name: { ownerType: inline[1], ownerId: inline[2], name: inline[3] } } });
      text = row?.document;
    } else if (managed) {
      const row = await db.policyVersion.findUnique({ where: { policyId_versionId: { policyId: managed[1], versionId: managed[2] } } });
      text = row?.document;
    }
    if (text !== undefined) spans.set(id, statementSpans(text));
  }
}

/**
 * One page of results, in the order AWS gives them (each action, for each resource): MaxItems
 * "defaults to 100" and the Marker resumes after the last result returned (API reference).
 */
function pageOfResults(results: EvaluationResultShape[], req: PageRequest) {
  const keyed = results.map((r, i) => ({ r, key: String(i).padStart(10, "0") }));
  const after = req.after;
  const rest = after === undefined ? keyed : keyed.filter((k) => k.key > after);
  const { items, ...more } = page(rest.slice(0, req.maxItems + 1), req.maxItems, (k) => k.key);
  return { EvaluationResults: items.map((k) => k.r), ...more };
}

/** sts:AssumeRole, AssumeRoleWithSAML, AssumeRoleWithWebIdentity: AWS's simulator drops their resource (trust) policy. */
const ASSUME_ROLE_ACTION = /^sts:assumerole/i;

async function run(sim: Simulation, input: SimulateInput, extraIdentity: CompiledPolicy[], spans: Spans, paging: PageRequest) {
  const now = serverNow();
  const resources = input.resourceArns && input.resourceArns.length > 0 ? input.resourceArns : ["*"];
  checkResourceArns(resources);
  const owner = input.resourceOwner === undefined ? undefined : parseResourceOwner(input.resourceOwner);
  // Simulating only sts:AssumeRole*, the ResourcePolicy is the role's trust policy (no Resource element): parsed as one, then dropped.
  const trustOnly = input.actionNames.length > 0 && input.actionNames.every((a) => ASSUME_ROLE_ACTION.test(a));
  const resourcePolicy = input.resourcePolicy ? compileInput(input.resourcePolicy, trustOnly ? "trust" : "resource", "ResourcePolicy", spans) : undefined;
  const boundaryInput = input.permissionsBoundaryPolicyInputList?.map((t, i) => compileInput(t, "boundary", `PermissionsBoundaryPolicyInputList.${i + 1}`, spans));
  const context = contextFrom(input.contextEntries);
  const bases = new Map<string, EvaluationRequest>();
  for (const resource of new Set(resources)) bases.set(resource, await baseRequest(sim, resource, owner, context, now));
  const evaluated: [EvaluationRequest, EvaluationResult][] = [];
  for (const action of input.actionNames) {
    for (const resource of resources) {
      const base = bases.get(resource) as EvaluationRequest;
      const rp = ASSUME_ROLE_ACTION.test(action) ? undefined : resourcePolicy;
      const request: EvaluationRequest = {
        ...base,
        action,
        identityPolicies: [...base.identityPolicies, ...extraIdentity],
        permissionsBoundary: boundaryInput?.[0] ?? base.permissionsBoundary,
        resourcePolicy: rp,
      };
      evaluated.push([request, evaluate(request, { explain: true })]);
    }
  }
  await addStoredSpans(evaluated.flatMap(([, r]) => r.reasons.map((m) => m.policy.id)), spans);
  const source = sim.source;
  const sourceAccount = source && (source.kind === "group" ? source.accountId : source.subject.accountId);
  const inOrganization = sourceAccount !== undefined && (await organizationPolicies(sourceAccount)).orgId !== undefined;
  const results = evaluated.map(([request, result]) => describe(request, result, spans, inOrganization));
  return pageOfResults(results, paging);
}

export async function simulatePrincipalPolicy(caller: Caller, input: SimulateInput & { policySourceArn: string }) {
  const paging = pageRequest(input);
  await authorize(caller, "iam:SimulatePrincipalPolicy", input.policySourceArn);
  const source = await policySourceFor(input.policySourceArn);
  const spans: Spans = new Map();
  const extra = (input.policyInputList ?? []).map((t, i) => compileInput(t, "identity", `PolicyInputList.${i + 1}`, spans));
  // "If you do not specify a CallerArn, it defaults to the ARN of the user that you specify in
  // PolicySourceArn" (API reference); a role's simulation runs as its session, a group's as the group.
  let principal: Caller;
  if (input.callerArn) principal = await simulatedUser(caller, input.callerArn);
  else if (source.kind === "caller") principal = source.subject;
  else principal = { kind: "user", accountId: source.accountId, arn: source.arn, userName: source.name, mfa: false, via: "api" };
  return run({ principal, source }, input, extra, spans, paging);
}

export async function simulateCustomPolicy(caller: Caller, input: SimulateInput) {
  const paging = pageRequest(input);
  await authorize(caller, "iam:SimulateCustomPolicy", "*");
  const spans: Spans = new Map();
  const policies = (input.policyInputList ?? []).map((t, i) => compileInput(t, "identity", `PolicyInputList.${i + 1}`, spans));
  // Without CallerArn the calling identity is simulated, in its own account.
  const principal = input.callerArn ? await simulatedUser(caller, input.callerArn) : caller;
  return run({ principal }, input, policies, spans, paging);
}
