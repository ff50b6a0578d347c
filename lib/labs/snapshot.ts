// The snapshot a lab's checks are evaluated over: CloudTrail records and STS sessions since the lab
// (re)started, the entities the checks name, and the trust/can probes run through the policy engine
// (decide(), the one door; both-sides.ts splits the trust side out as the console simulator does).
// Loading is here; judging is pure (./checks/evaluate.ts).
import { db } from "@/lib/db";
import type { AnonymousCaller, Caller } from "@/lib/authz/caller";
import { decide } from "@/lib/authz/decide";
import { compile } from "@/lib/authz/policies";
import { buildRequest } from "@/lib/authz/request";
import { assumeRoleSides, isTrustDecided } from "@/lib/iam/simulate/both-sides";
import { decideRequest } from "@/lib/authz/decide";
import { serviceRequest } from "@/lib/graph/edges";
import { createContext, type ContextValue } from "@/lib/policy";
import { revokedBefore } from "@/lib/sts/revocation";
import { compiledTrustPolicy } from "@/lib/sts/trust";
import { flattenChecks } from "./schema";
import type { Check, PrincipalRef, RoleRef } from "./types";
import type { EntityFacts, LabSnapshot, ProbeFact, SessionFact, TrailFact } from "./checks/facts";
import { roleArnOf, sessionsSince } from "./checks/evaluate";
import { serverNow } from "@/lib/server-now";

/** Setup's own calls are not the learner's. */
export const SETUP_AGENT = "lab-setup/";

type Obj = Record<string, unknown>;
const obj = (v: unknown): Obj => (v && typeof v === "object" && !Array.isArray(v) ? (v as Obj) : {});
const str = (v: unknown): string | undefined => (typeof v === "string" ? v : undefined);

/**
 * The accounts whose records a check reads: a learner's sandbox (multi mode) reads its own accounts'
 * only, never another learner's acting at the same time; undefined (the demo sandbox) reads them all.
 */
export type AccountScope = readonly string[] | undefined;

const inScope = (scope: AccountScope) => (scope ? { accountId: { in: [...scope] } } : {});

export async function loadEvents(since: Date, scope?: AccountScope): Promise<TrailFact[]> {
  const rows = await db.trailEvent.findMany({ where: { eventTime: { gte: since }, ...inScope(scope) }, orderBy: [{ eventTime: "asc" }, { eventId: "asc" }] });
  const out: TrailFact[] = [];
  for (const row of rows) {
    let record: Obj;
    try {
      record = obj(JSON.parse(row.record));
    } catch {
      continue;
    }
    const agent = str(record.userAgent);
    if (agent?.startsWith(SETUP_AGENT)) continue;
    const identity = obj(record.userIdentity);
    out.push({
      eventTime: row.eventTime,
      eventName: row.eventName,
      eventSource: row.eventSource,
      accountId: row.accountId,
      errorCode: row.errorCode ?? undefined,
      errorMessage: str(record.errorMessage),
      userArn: str(identity.arn),
      userName: str(identity.userName),
      principalId: str(identity.principalId),
      userAccountId: str(identity.accountId),
      userType: str(identity.type),
      invokedBy: str(identity.invokedBy),
      userAgent: agent,
      accessKeyId: row.accessKeyId ?? undefined,
      requestParameters: obj(record.requestParameters),
      resources: Array.isArray(record.resources) ? record.resources.map((r) => str(obj(r).ARN)).filter((a): a is string => !!a) : [],
      additionalEventData: obj(record.additionalEventData),
    });
  }
  return out;
}

export async function loadSessions(since: Date, scope?: AccountScope): Promise<SessionFact[]> {
  const rows = await db.stsSession.findMany({ where: { issuedAt: { gte: sessionsSince(since) }, ...inScope(scope) } });
  // Revoke active sessions writes AWSRevokeOlderSessions (lib/sts/revocation.ts): a session issued
  // before the time it names is revoked, as the console reads it.
  const roleIds = [...new Set(rows.map((r) => r.roleId).filter((id): id is string => !!id))];
  const revokedAt = new Map(await Promise.all(roleIds.map(async (id) => [id, await revokedBefore(id)] as const)));
  return rows.map((s) => ({
    accountId: s.accountId,
    roleName: /:assumed-role\/([^/]+)\//.exec(s.principalArn)?.[1],
    principalArn: s.principalArn,
    sessionName: s.sessionName ?? undefined,
    sourcePrincipalArn: s.sourcePrincipalArn ?? undefined,
    chainDepth: s.chainDepth,
    mfa: s.mfaAuthenticated,
    viaConsole: s.viaConsole,
    issuedAt: s.issuedAt,
    durationSeconds: Math.round((s.expiresAt.getTime() - s.issuedAt.getTime()) / 1000),
    revoked: s.revokedAt !== null || (s.roleId !== null && (revokedAt.get(s.roleId) ?? null) !== null && s.issuedAt < revokedAt.get(s.roleId)!),
  }));
}

// ---------------------------------------------------------------- entities

const policyName = (arn: string | null | undefined) => (arn ? arn.slice(arn.lastIndexOf("/") + 1) : undefined);

async function policiesOf(type: string, id: string): Promise<{ managed: string[]; inline: string[] }> {
  const [attached, inline] = await Promise.all([
    db.policyAttachment.findMany({ where: { principalType: type, principalId: id }, include: { policy: { select: { name: true } } } }),
    db.inlinePolicy.findMany({ where: { ownerType: type, ownerId: id }, select: { name: true } }),
  ]);
  return { managed: attached.map((a) => a.policy.name), inline: inline.map((p) => p.name) };
}

async function tagsOf(type: string, id: string): Promise<Record<string, string>> {
  const tags = await db.tag.findMany({ where: { ownerType: type, ownerId: id } });
  return Object.fromEntries(tags.map((t) => [`tag:${t.key}`, t.value]));
}

export async function loadEntity(check: Extract<Check, { kind: "entity" }>, accountId: string): Promise<EntityFacts> {
  const nameLower = check.name.toLowerCase();
  switch (check.entity) {
    case "role": {
      const role = await db.role.findFirst({ where: { accountId, nameLower }, include: { instanceProfiles: { select: { name: true } } } });
      if (!role) return null;
      const p = await policiesOf("role", role.id);
      return {
        arn: role.arn,
        path: role.path,
        description: role.description,
        maxSessionDuration: role.maxSessionDuration,
        managedPolicy: p.managed,
        inlinePolicy: p.inline,
        ...(role.permissionsBoundary ? { boundary: policyName(role.permissionsBoundary)! } : {}),
        inInstanceProfile: role.instanceProfiles.length > 0,
        instanceProfile: role.instanceProfiles.map((i) => i.name),
        serviceLinked: role.serviceLinked,
        ...(await tagsOf("role", role.id)),
      };
    }
    case "user": {
      const user = await db.user.findFirst({
        where: { accountId, nameLower },
        include: { groups: { include: { group: { select: { name: true } } } }, mfaDevices: { select: { serialNumber: true } }, accessKeys: { select: { status: true } } },
      });
      if (!user) return null;
      const p = await policiesOf("user", user.id);
      return {
        arn: user.arn,
        managedPolicy: p.managed,
        inlinePolicy: p.inline,
        ...(user.permissionsBoundary ? { boundary: policyName(user.permissionsBoundary)! } : {}),
        group: user.groups.map((g) => g.group.name),
        mfa: user.mfaDevices.length > 0,
        accessKeys: user.accessKeys.length,
        activeAccessKeys: user.accessKeys.filter((k) => k.status === "Active").length,
        consoleAccess: user.passwordHash !== null,
        ...(await tagsOf("user", user.id)),
      };
    }
    case "group": {
      const group = await db.group.findFirst({ where: { accountId, nameLower }, include: { members: { include: { user: { select: { name: true } } } } } });
      if (!group) return null;
      const p = await policiesOf("group", group.id);
      return { arn: group.arn, member: group.members.map((m) => m.user.name), managedPolicy: p.managed, inlinePolicy: p.inline };
    }
    case "policy": {
      const policy = await db.managedPolicy.findFirst({ where: { accountId, nameLower }, include: { attachments: true } });
      if (!policy) return null;
      const ids = policy.attachments.map((a) => a.principalId);
      const [users, groups, roles] = await Promise.all([
        db.user.findMany({ where: { id: { in: ids } }, select: { name: true } }),
        db.group.findMany({ where: { id: { in: ids } }, select: { name: true } }),
        db.role.findMany({ where: { id: { in: ids } }, select: { name: true } }),
      ]);
      return { arn: policy.arn, attachedTo: [...users, ...groups, ...roles].map((e) => e.name), attachments: ids.length };
    }
    case "idp": {
      const providers = await db.identityProvider.findMany({ where: { accountId } });
      const idp = providers.find((p) => p.arn === check.name || p.arn.toLowerCase().endsWith(`/${nameLower}`) || p.arn.toLowerCase().includes(nameLower));
      if (!idp) return null;
      const issuer = idp.samlMetadata ? /entityID="([^"]+)"/.exec(idp.samlMetadata)?.[1] : undefined;
      return {
        arn: idp.arn,
        kind: idp.kind,
        url: idp.name,
        clientId: JSON.parse(idp.clientIds) as string[],
        thumbprint: JSON.parse(idp.thumbprints) as string[],
        ...(issuer ? { issuer } : {}),
      };
    }
    case "accessKey": {
      const user = await db.user.findFirst({ where: { accountId, nameLower }, include: { accessKeys: true } });
      if (!user || user.accessKeys.length === 0) return null;
      return { status: user.accessKeys.map((k) => k.status), id: user.accessKeys.map((k) => k.id), count: user.accessKeys.length };
    }
    case "instanceProfile": {
      const profile = await db.instanceProfile.findFirst({ where: { accountId, nameLower }, include: { role: { select: { name: true } } } });
      if (!profile) return null;
      return { arn: profile.arn, role: profile.role ? [profile.role.name] : [], hasRole: profile.role !== null };
    }
    case "mfaDevice": {
      const user = await db.user.findFirst({ where: { accountId, nameLower }, include: { mfaDevices: true } });
      if (!user || user.mfaDevices.length === 0) return null;
      return { serial: user.mfaDevices.map((d) => d.serialNumber), count: user.mfaDevices.length, enabled: user.mfaDevices.some((d) => d.enabledAt !== null) };
    }
  }
}

// ---------------------------------------------------------------- probes

function flatContext(context: Record<string, string | string[]> | undefined): Record<string, ContextValue> {
  return { ...(context ?? {}) };
}

function mfaOf(context: Record<string, ContextValue>): boolean {
  const v = context["aws:MultiFactorAuthPresent"];
  return v === "true";
}

/** The IAM principal a probe asks about: a user (stored or not), an account root, or a session of a role. */
async function probeCaller(ref: PrincipalRef | { roleSession: RoleRef }, accounts: Record<string, string>, context: Record<string, ContextValue>): Promise<Caller | undefined> {
  const mfa = mfaOf(context);
  if ("roleSession" in ref) {
    const arn = roleArnOf(ref.roleSession, accounts);
    const role = await db.role.findUnique({ where: { arn } });
    if (!role) return undefined;
    const now = serverNow();
    return {
      kind: "assumed-role",
      accountId: role.accountId,
      arn: `arn:aws:sts::${role.accountId}:assumed-role/${role.name}/lab-probe`,
      role: { id: role.id, arn: role.arn, name: role.name },
      session: { accessKeyId: "ASIALABPROBE", name: "lab-probe", issuedAt: now, expiresAt: new Date(now.getTime() + 3600_000), sessionPolicyArns: [] },
      mfa,
      via: "api",
    };
  }
  if ("root" in ref) {
    const accountId = accounts[ref.root];
    return { kind: "root", accountId, arn: `arn:aws:iam::${accountId}:root`, mfa, via: "api" };
  }
  if ("user" in ref) {
    const accountId = accounts[ref.account ?? "identity"];
    const arn = `arn:aws:iam::${accountId}:user/${ref.user}`;
    const user = await db.user.findUnique({ where: { arn } });
    return { kind: "user", accountId, arn, userId: user?.id, userName: ref.user, mfa, via: "api" };
  }
  return undefined;
}

type TrustCheck = Extract<Check, { kind: "trust" }>;
type CanCheck = Extract<Check, { kind: "can" }>;

function federatedCaller(provider: string): AnonymousCaller {
  return { kind: "anonymous", federatedProvider: provider };
}

/** The OIDC condition-key prefix of a provider ARN or URL (token.actions.githubusercontent.com). */
function oidcHost(provider: string): string {
  const m = /:oidc-provider\/(.+)$/.exec(provider);
  return (m ? m[1] : provider).replace(/^https:\/\//, "");
}

export async function trustProbe(check: TrustCheck, accounts: Record<string, string>, now = serverNow()): Promise<ProbeFact> {
  const roleArn = roleArnOf(check.role, accounts);
  const role = await db.role.findUnique({ where: { arn: roleArn } });
  if (!role) return { allowed: false, missing: `role ${check.role.role} does not exist` };
  const trust = compiledTrustPolicy(role);
  if (!trust) return { allowed: false, missing: `the trust policy of ${check.role.role} does not parse` };
  const context = flatContext(check.context);
  const p = check.principal;
  if ("webIdentity" in p || "saml" in p) {
    const fed = "webIdentity" in p ? p.webIdentity : p.saml;
    const action = "webIdentity" in p ? "sts:AssumeRoleWithWebIdentity" : "sts:AssumeRoleWithSAML";
    // A provider named by its URL or name is the IAM provider of that name in the role's account.
    const kind = "webIdentity" in p ? "oidc-provider" : "saml-provider";
    const provider = fed.provider.startsWith("arn:") ? fed.provider : `arn:aws:iam::${role.accountId}:${kind}/${oidcHost(fed.provider)}`;
    const claims: Record<string, ContextValue> = { "aws:FederatedProvider": provider };
    const prefix = "webIdentity" in p ? oidcHost(fed.provider) : "SAML";
    for (const [k, v] of Object.entries(fed.claims)) claims[k.includes(":") ? k : `${prefix}:${k}`] = v;
    const decision = await decide(federatedCaller(provider), action, roleArn, { resourcePolicy: trust, resourceAccountId: role.accountId, context: { ...claims, ...context }, now });
    return { allowed: decision.allowed, deniedBy: decision.deniedBy, explicitDeny: decision.decision === "ExplicitDeny" };
  }
  if ("service" in p) {
    const request = serviceRequest(p.service, { arn: roleArn, accountId: role.accountId, trust }, now);
    const decision = decideRequest({ ...request, context: createContext({ ...Object.fromEntries(request.context.keys().map((k) => [k, request.context.get(k)])), ...context }) });
    return { allowed: decision.allowed, deniedBy: decision.deniedBy, explicitDeny: decision.decision === "ExplicitDeny" };
  }
  const caller = await probeCaller(p, accounts, context);
  if (!caller) return { allowed: false, missing: "the principal cannot be probed" };
  const base = await buildRequest(caller, "sts:AssumeRole", roleArn, { resourceAccountId: role.accountId, context, now });
  const sides = assumeRoleSides(base, trust);
  return { allowed: sides.trust.decision === "allowed", deniedBy: sides.trust.decision === "allowed" ? undefined : "trust", explicitDeny: sides.trust.decision === "explicitDeny" };
}

export async function canProbe(check: CanCheck, accounts: Record<string, string>, now = serverNow()): Promise<ProbeFact> {
  const context = flatContext(check.context);
  const caller = await probeCaller(check.principal, accounts, context);
  if (!caller) return { allowed: false, missing: "the principal does not exist" };
  let resourcePolicy;
  if (check.resourcePolicy) {
    resourcePolicy = compile(check.resourcePolicy, { type: "resource", id: `lab:${check.id}`, name: check.id }) ?? undefined;
    if (!resourcePolicy) return { allowed: false, missing: "the resource policy does not parse" };
  }
  // sts:AssumeRole on a role: the principal's own side (its policies allow the call), as AWS's
  // simulator answers it; the role's trust side is what `trust` checks probe.
  const resourceAccountId = check.resourceOwner
    ? accounts[check.resourceOwner]
    : isTrustDecided(check.action, check.resource) && !resourcePolicy
      ? caller.accountId
      : undefined;
  const decision = await decide(caller, check.action, check.resource, { context, resourcePolicy, resourceAccountId, now });
  return { allowed: decision.allowed, deniedBy: decision.deniedBy, explicitDeny: decision.decision === "ExplicitDeny" };
}

/** The snapshot for `checks` (resolved), events and sessions since `since` (of the `scope` accounts' only, when given). */
export async function buildSnapshot(
  checks: readonly Check[],
  accounts: Record<string, string>,
  since: Date,
  answers: Record<string, string>,
  scope?: AccountScope,
): Promise<LabSnapshot> {
  const now = serverNow();
  const all = flattenChecks(checks);
  const needsLog = all.some((c) => c.kind === "event");
  const needsSessions = all.some((c) => c.kind === "session");
  const entities: LabSnapshot["entities"] = {};
  const probes: LabSnapshot["probes"] = {};
  const [events, sessions] = await Promise.all([needsLog ? loadEvents(since, scope) : [], needsSessions ? loadSessions(since, scope) : []]);
  for (const c of all) {
    if (c.kind === "entity") entities[c.id] = await loadEntity(c, accounts[c.account ?? "identity"]);
    else if (c.kind === "trust") probes[c.id] = await trustProbe(c, accounts, now);
    else if (c.kind === "can") probes[c.id] = await canProbe(c, accounts, now);
  }
  return { now, events, sessions, entities, probes, answers };
}
