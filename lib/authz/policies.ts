// Collects the policy documents that govern a caller — identity (user + groups, or the role),
// permissions boundary, session policies, SCPs/RCPs — and compiles them once (the engine memoises
// by policy id + version, so a request never re-parses a document it has seen).
import { db, type Tx } from "@/lib/db";
import { loadPolicy, type CompiledPolicy, type PolicyRef, type PolicyType } from "@/lib/policy";
import type { Caller } from "./caller";
import { cachedPolicies } from "./policy-cache";

export interface OrganizationPolicies {
  /** The account's organization (aws:PrincipalOrgID when it is the caller's). */
  orgId?: string;
  /** Root level first, then the account; absent outside an organization and for its management account. */
  scps?: CompiledPolicy[][];
  rcps?: CompiledPolicy[][];
}

export interface CallerPolicies extends OrganizationPolicies {
  /** aws:PrincipalTag values: the user's or role's tags, overridden by session tags (AWS's precedence). */
  principalTags: Record<string, string>;
  identity: CompiledPolicy[];
  boundary?: CompiledPolicy;
  session?: CompiledPolicy[];
}

export function compile(text: string, ref: PolicyRef): CompiledPolicy | null {
  const loaded = loadPolicy(text, ref);
  // Stored documents were validated when written; one that no longer parses grants nothing.
  return loaded.ok ? loaded.policy : null;
}

async function managedByArn(tx: Tx, arns: string[], type: PolicyType): Promise<CompiledPolicy[]> {
  if (arns.length === 0) return [];
  const policies = await tx.managedPolicy.findMany({
    where: { arn: { in: arns } },
    include: { versions: { where: { isDefault: true } } },
  });
  return policies.flatMap((p) => {
    const v = p.versions[0];
    const c = v && compile(v.document, { type, id: `${p.id}:${v.versionId}`, name: p.name, arn: p.arn });
    return c ? [c] : [];
  });
}

/** The attached and inline policies of users, groups or roles (the simulator reads a group's this way). */
export async function attachedAndInline(tx: Tx, owners: { type: string; id: string }[]): Promise<CompiledPolicy[]> {
  const [attachments, inline] = await Promise.all([
    tx.policyAttachment.findMany({
      where: { OR: owners.map((o) => ({ principalType: o.type, principalId: o.id })) },
      include: { policy: { include: { versions: { where: { isDefault: true } } } } },
    }),
    tx.inlinePolicy.findMany({ where: { OR: owners.map((o) => ({ ownerType: o.type, ownerId: o.id })) } }),
  ]);
  const out: CompiledPolicy[] = [];
  for (const a of attachments) {
    const v = a.policy.versions[0];
    const c = v && compile(v.document, { type: "identity", id: `${a.policy.id}:${v.versionId}`, name: a.policy.name, arn: a.policy.arn });
    if (c) out.push(c);
  }
  for (const p of inline) {
    const c = compile(p.document, { type: "identity", id: `inline:${p.ownerType}:${p.ownerId}:${p.name}`, name: p.name });
    if (c) out.push(c);
  }
  return out;
}

/** SCPs and RCPs by level (org root, then the account). They never apply to the management account. */
async function loadOrganizationPolicies(tx: Tx, accountId: string): Promise<OrganizationPolicies> {
  const account = await tx.account.findUnique({ where: { id: accountId }, include: { organization: true } });
  const org = account?.organization;
  if (!org) return {};
  if (org.masterAccountId === accountId) return { orgId: org.id };
  const attachments = await tx.orgPolicyAttachment.findMany({
    where: { targetId: { in: [org.rootId, accountId] } },
    include: { policy: true },
  });
  const levels = (kind: string, type: PolicyType) =>
    [org.rootId, accountId].map((target) =>
      attachments
        .filter((a) => a.targetId === target && a.policy.kind === kind)
        .flatMap((a) => {
          const c = compile(a.policy.document, { type, id: `${a.policy.id}`, name: a.policy.name, arn: `arn:aws:organizations::${org.masterAccountId}:policy/${org.id}/${kind.toLowerCase()}/${a.policy.id}` });
          return c ? [c] : [];
        }),
    );
  return { orgId: org.id, scps: levels("SERVICE_CONTROL_POLICY", "scp"), rcps: levels("RESOURCE_CONTROL_POLICY", "rcp") };
}

/**
 * One account's organization policies. The caller's come with policiesFor(); this is for the other
 * side of a cross-account call, whose RCPs govern its resources. Cached like a principal's set.
 */
export function organizationPolicies(accountId: string, tx?: Tx): Promise<OrganizationPolicies> {
  if (tx) return loadOrganizationPolicies(tx, accountId);
  return cachedPolicies(`org|${accountId}`, () => loadOrganizationPolicies(db, accountId));
}

/** The caller's policies; outside a transaction they come from the per-principal cache. */
export async function policiesFor(caller: Caller, tx?: Tx): Promise<CallerPolicies> {
  // Inside a transaction, read what the transaction sees.
  if (tx) return loadPoliciesFor(caller, tx);
  const key = [caller.accountId, caller.kind, caller.userId ?? caller.role?.id ?? "", caller.session?.accessKeyId ?? ""].join("|");
  return cachedPolicies(key, () => loadPoliciesFor(caller, db));
}

async function tagsOf(tx: Tx, ownerType: "user" | "role", ownerId: string): Promise<Record<string, string>> {
  const rows = await tx.tag.findMany({ where: { ownerType, ownerId } });
  return Object.fromEntries(rows.map((t) => [t.key, t.value]));
}

/** Session tags of temporary credentials (AssumeRole Tags, transitive tags carried down a chain). */
async function sessionTags(tx: Tx, caller: Caller): Promise<Record<string, string>> {
  if (!caller.session) return {};
  // The caller carries its session's tags when it was resolved from the session row (wire, console).
  if (caller.session.tags) return Object.fromEntries(caller.session.tags.map((t) => [t.Key, t.Value]));
  const s = await tx.stsSession.findUnique({ where: { accessKeyId: caller.session.accessKeyId }, select: { tags: true } });
  const tags = s ? (JSON.parse(s.tags) as { Key: string; Value: string }[]) : [];
  return Object.fromEntries(tags.map((t) => [t.Key, t.Value]));
}

/** A user's identity policies (own and groups') and permissions boundary. */
async function userPolicies(tx: Tx, userId: string): Promise<Pick<CallerPolicies, "identity" | "boundary">> {
  const [user, memberships] = await Promise.all([
    tx.user.findUnique({ where: { id: userId } }),
    tx.groupMembership.findMany({ where: { userId } }),
  ]);
  const identity = await attachedAndInline(tx, [{ type: "user", id: userId }, ...memberships.map((m) => ({ type: "group", id: m.groupId }))]);
  const boundary = user?.permissionsBoundary ? (await managedByArn(tx, [user.permissionsBoundary], "boundary"))[0] : undefined;
  return { identity, boundary };
}

/** The session policies of temporary credentials; undefined when the session was given none. */
async function sessionPolicies(tx: Tx, s: Caller["session"]): Promise<CompiledPolicy[] | undefined> {
  if (!s || (!s.sessionPolicy && s.sessionPolicyArns.length === 0)) return undefined;
  const session = await managedByArn(tx, s.sessionPolicyArns, "session");
  if (s.sessionPolicy) {
    const c = compile(s.sessionPolicy, { type: "session", id: `session:${s.accessKeyId}`, name: "session policy" });
    if (c) session.push(c);
  }
  return session;
}

/** What the account root may do, as an identity policy: a root-federated session is capped from it. */
const ROOT_IDENTITY = JSON.stringify({ Version: "2012-10-17", Statement: [{ Effect: "Allow", Action: "*", Resource: "*" }] });

async function loadPoliciesFor(caller: Caller, tx: Tx): Promise<CallerPolicies> {
  const org = await loadOrganizationPolicies(tx, caller.accountId);
  // Root: implicitly allowed; an AssumeRoot session is scoped by its task policy (a session policy).
  if (caller.kind === "root") return { principalTags: {}, identity: [], session: await sessionPolicies(tx, caller.session), ...org };

  if (caller.kind === "federated-user") {
    // GetFederationToken: the federating user's policies, capped by the session policies (none given:
    // an empty set, so nothing is allowed but what a resource policy grants).
    const own = caller.userId
      ? await userPolicies(tx, caller.userId)
      : { identity: [compile(ROOT_IDENTITY, { type: "identity", id: "root", name: "root" })].flatMap((c) => (c ? [c] : [])), boundary: undefined };
    const session = (await sessionPolicies(tx, caller.session)) ?? [];
    return { principalTags: await sessionTags(tx, caller), ...own, session, ...org };
  }

  if (caller.kind === "user" && caller.userId) {
    const own = await userPolicies(tx, caller.userId);
    const principalTags = { ...(await tagsOf(tx, "user", caller.userId)), ...(await sessionTags(tx, caller)) };
    // GetSessionToken sessions carry no policy; delegated ones (GetDelegatedAccessToken) are capped by one.
    return { principalTags, ...own, session: await sessionPolicies(tx, caller.session), ...org };
  }

  const roleId = caller.role?.id ?? "";
  const role = await tx.role.findUnique({ where: { id: roleId } });
  const identity = await attachedAndInline(tx, [{ type: "role", id: roleId }]);
  const boundary = role?.permissionsBoundary ? (await managedByArn(tx, [role.permissionsBoundary], "boundary"))[0] : undefined;
  const session = await sessionPolicies(tx, caller.session);
  const principalTags = { ...(await tagsOf(tx, "role", roleId)), ...(await sessionTags(tx, caller)) };
  return { principalTags, identity, boundary, session, ...org };
}
