// The policy simulator's inputs, turned into what the engine runs (simulate.ts runs and describes
// them): the policy documents passed as text (compiled, with their statement positions), the context
// entries, ResourceArns and ResourceOwner, the simulated caller (CallerArn), the policy source
// (PolicySourceArn) and the base request each resource is simulated under. Whose account a
// simulation runs in: see simulate.ts.
import { db } from "@/lib/db";
import { authorize, buildRequest, principalInfo } from "@/lib/authz/authorize";
import type { Caller } from "@/lib/authz/caller";
import { callerContext } from "@/lib/authz/context";
import { attachedAndInline, organizationPolicies } from "@/lib/authz/policies";
import { AwsError } from "@/lib/errors";
import { createContext, parsePolicy, compilePolicy, type CompiledPolicy, type ContextValue, type EvaluationRequest, type PolicyType } from "@/lib/policy";
import { compiledTrustPolicy } from "@/lib/sts/trust";
import { statementSpans, type StatementSpan } from "./positions";

/** The account field of an ARN. */
export const ARN_ACCOUNT = /^arn:[^:]*:[^:]*:[^:]*:(\d{12}):/;

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
  maxItems?: number;
  marker?: string;
}

/** Statement positions of the documents passed in as text, by policy id. */
export type Spans = Map<string, StatementSpan[]>;

export function compileInput(text: string, type: PolicyType, id: string, spans: Spans, name = id): CompiledPolicy {
  const parsed = parsePolicy(text, type, { maxSize: Number.POSITIVE_INFINITY });
  if (!parsed.ok) throw new AwsError(parsed.error.code === "LimitExceeded" ? "LimitExceeded" : "MalformedPolicyDocument", parsed.error.message);
  spans.set(id, statementSpans(text));
  return compilePolicy(parsed.policy, { type, id, name });
}

const USER_ARN = /^arn:aws[\w-]*:iam::(\d{12}):user\/(?:[\w+=,.@-]+\/)*([\w+=,.@-]+)$/;
const ENTITY_ARN = /^arn:aws[\w-]*:iam::(\d{12}):(user|group|role)\/(?:[\w+=,.@-]+\/)*([\w+=,.@-]+)$/;
const ACCOUNT_ROOT_ARN = /^arn:aws[\w-]*:iam::(\d{12}):root$/;

/**
 * CallerArn: "You can specify only the ARN of an IAM user. You cannot specify the ARN of an assumed
 * role, federated user, or a service principal" (API reference). The error's text for another form
 * is [INF], worded like AWS's PolicySourceArn error.
 */
function parseCallerArn(arn: string): { accountId: string; userName: string } {
  const m = USER_ARN.exec(arn);
  if (!m) throw new AwsError("InvalidInput", `Invalid Entity Arn: ${arn} does not clearly define entity type and name.`);
  return { accountId: m[1], userName: m[2] };
}

/**
 * ResourceOwner is an account ARN, arn:aws:iam::ACCOUNT:root (API reference of SimulateCustomPolicy);
 * SimulatePrincipalPolicy's reference calls it "An Amazon Web Services account ID", so a bare
 * 12-digit ID is taken too [INF]. Anything else is refused with the text recorded against AWS in
 * https://github.com/boto/botocore/issues/1346.
 */
export function parseResourceOwner(value: string): string {
  const m = ACCOUNT_ROOT_ARN.exec(value) ?? /^(\d{12})$/.exec(value);
  if (!m) throw new AwsError("InvalidInput", `'${value}' is not a valid as a Resource Owner.`);
  return m[1];
}

/** ContextKeyType "stringList", "numericList"… are multivalued; the rest take the first value. */
export function contextFrom(entries: ContextEntry[] = []): Record<string, ContextValue> {
  const out: Record<string, ContextValue> = {};
  for (const e of entries) out[e.ContextKeyName] = /List$/i.test(e.ContextKeyType) ? e.ContextKeyValues : (e.ContextKeyValues[0] ?? "");
  return out;
}

/**
 * The simulated caller: the IAM user named by CallerArn, in that ARN's account. Its stored row is
 * looked up only where the API caller could read it itself (its own account, iam:GetUser allowed);
 * otherwise it is simulated from its ARN alone, so an existing and a missing user read alike.
 */
export async function simulatedUser(caller: Caller, arn: string): Promise<Caller> {
  const { accountId, userName } = parseCallerArn(arn);
  const user = await readable(caller, "iam:GetUser", arn, () => db.user.findUnique({ where: { arn } }));
  if (user) return { kind: "user", accountId: user.accountId, arn: user.arn, userId: user.id, userName: user.name, mfa: false, via: "api" };
  return { kind: "user", accountId, arn, userName, mfa: false, via: "api" };
}

/** Whose stored policies a SimulatePrincipalPolicy runs: a user's (with its groups'), a group's or a role's. */
export type PolicySource =
  | { kind: "caller"; subject: Caller }
  | { kind: "group"; accountId: string; arn: string; groupId: string; name: string };

/**
 * PolicySourceArn names a user, group or role; any other ARN (the root, an assumed-role session) is
 * refused as AWS does: "Invalid Entity Arn: arn:aws:iam::…:root does not clearly define entity type
 * and name." (recorded in https://github.com/openshift/installer/issues/1341).
 */
export async function policySourceFor(arn: string): Promise<PolicySource> {
  const m = ENTITY_ARN.exec(arn);
  if (!m) throw new AwsError("InvalidInput", `Invalid Entity Arn: ${arn} does not clearly define entity type and name.`);
  const missing = () => new AwsError("NoSuchEntity", `The entity with ARN ${arn} cannot be found.`);
  if (m[2] === "user") {
    const user = await db.user.findUnique({ where: { arn } });
    if (!user) throw missing();
    return { kind: "caller", subject: { kind: "user", accountId: user.accountId, arn: user.arn, userId: user.id, userName: user.name, mfa: false, via: "api" } };
  }
  if (m[2] === "group") {
    const group = await db.group.findUnique({ where: { arn } });
    if (!group) throw missing();
    return { kind: "group", accountId: group.accountId, arn: group.arn, groupId: group.id, name: group.name };
  }
  const role = await db.role.findUnique({ where: { arn } });
  if (!role) throw missing();
  return {
    kind: "caller",
    subject: {
      kind: "assumed-role",
      accountId: role.accountId,
      arn: `arn:aws:sts::${role.accountId}:assumed-role/${role.name}/SimulatePrincipalPolicy`,
      role: { id: role.id, arn: role.arn, name: role.name },
      mfa: false,
      via: "api",
    },
  };
}

/** The account that owns `resource`: its ARN's, else ResourceOwner, else the simulated caller's. */
function ownerOf(resource: string, owner: string | undefined, principal: Caller): string {
  return ARN_ACCOUNT.exec(resource)?.[1] ?? owner ?? principal.accountId;
}

export interface Simulation {
  /** Who is simulated: its ARN and account are the request's principal. */
  principal: Caller;
  /** Whose stored policies apply (SimulatePrincipalPolicy); none for SimulateCustomPolicy. */
  source?: PolicySource;
  /** Console only: leave the source's stored identity policies and boundary out (the page sends the ones it includes). */
  replaceStored?: boolean;
}

/**
 * The request each resource is simulated under. A principal's simulation takes the source's stored
 * policies and SCPs, and the RCPs of the account owning the resource (when the caller may read them);
 * a custom simulation has only the policies passed in.
 */
export async function baseRequest(
  sim: Simulation,
  resource: string,
  owner: string | undefined,
  context: Record<string, ContextValue>,
  now: Date,
): Promise<EvaluationRequest> {
  const principal = sim.principal;
  const resourceAccountId = ownerOf(resource, owner, principal);
  const plain = {
    principal: principalInfo(principal),
    action: "",
    resource,
    resourceAccountId,
    context: createContext(callerContext(principal, now, context)),
    identityPolicies: [] as CompiledPolicy[],
  } satisfies EvaluationRequest;
  const source = sim.source;
  if (!source) return plain;
  let request: EvaluationRequest;
  if (source.kind === "group") {
    const org = await organizationPolicies(source.accountId);
    request = { ...plain, identityPolicies: await attachedAndInline(db, [{ type: "group", id: source.groupId }]), scps: org.scps, rcps: org.rcps };
    if (resourceAccountId !== source.accountId) request.rcps = (await organizationPolicies(resourceAccountId)).rcps;
  } else {
    request = await buildRequest(source.subject, "iam:SimulatePrincipalPolicy", resource, { context, now, resourceAccountId });
    // CallerArn names someone else: "you simulate calling the API operations as Bob, as if Bob had
    // David's policies" (API reference of SimulatePrincipalPolicy).
    if (principal !== source.subject) request = { ...request, principal: plain.principal, context: plain.context };
  }
  // The console's simulator passes the source's policies it includes (edited or not) itself.
  if (sim.replaceStored) request = { ...request, identityPolicies: [], permissionsBoundary: undefined };
  const policyAccount = source.kind === "group" ? source.accountId : source.subject.accountId;
  if (resourceAccountId !== policyAccount && !(await managesAccount(policyAccount, resourceAccountId))) request.rcps = undefined;
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


/** The role's trust policy as stored (its text, for positions) and compiled, when the caller may read it (the console's simulator). */
export async function readableTrust(caller: Caller, arn: string): Promise<{ policy: CompiledPolicy; document: string } | undefined> {
  const role = await readable(caller, "iam:GetRole", arn, () => db.role.findUnique({ where: { arn } }));
  const policy = role && compiledTrustPolicy(role);
  return role && policy ? { policy, document: role.trustPolicy } : undefined;
}

/**
 * Each ResourceArns member is "*" or an ARN (six colon-separated parts, the resource non-empty [INF]).
 * AWS's refusal, recorded in https://github.com/aws-containers/amazon-ecs-exec-checker/issues/35:
 * "ResourceNames are not in a valid ARN format: 14a050d4-021e-4efe-84bb-0871bf6d0fda."
 */
export function checkResourceArns(resources: string[]): void {
  const bad = resources.find((r) => r !== "*" && !/^arn:[^:]+:[^:]*:[^:]*:[^:]*:.+$/s.test(r));
  if (bad !== undefined) throw new AwsError("InvalidInput", `ResourceNames are not in a valid ARN format: ${bad}.`);
}
