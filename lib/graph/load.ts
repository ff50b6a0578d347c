// Everything the access graph needs about an account set, read in a handful of bulk queries (not the
// few queries per principal that lib/authz/policies.ts makes per request: 5,500 principals would take
// seconds). Documents are compiled with the same PolicyRefs policies.ts gives them, so a decision here
// sees exactly the policies a real request of that principal would.
import { readGraphRows, readManagedDocuments, type ManagedDocumentRow } from "@/lib/data/graph-reads";
import { compile, organizationPolicies, type CallerPolicies, type OrganizationPolicies } from "@/lib/authz/policies";
import type { CompiledPolicy } from "@/lib/policy";
import { compiledTrustPolicy } from "@/lib/sts/trust";

export interface GraphAccount {
  id: string;
  label: string;
  org: OrganizationPolicies;
}

interface Principal {
  id: string;
  arn: string;
  name: string;
  accountId: string;
  tags: { key: string; value: string }[];
  /** Identity policies (a user's own and its groups'), boundary, the account's SCPs and RCPs. */
  policies: CallerPolicies;
  /** Managed policy ARNs attached directly or (users) through a group: the "chosen policy" query. */
  attached: Set<string>;
}

export interface GraphUser extends Principal {
  kind: "user";
  groupIds: string[];
  /** An MFA device is assigned: AssumeRole can pass SerialNumber/TokenCode (lib/sts/mfa.ts). */
  hasMfa: boolean;
}

export interface GraphRole extends Principal {
  kind: "role";
  path: string;
  trustPolicy: string;
  trustPrincipalIds: string;
  maxSessionDuration: number;
  serviceLinked: boolean;
  /** The trust policy as the evaluator sees it (lib/sts/trust.ts); null when it no longer parses. */
  trust: CompiledPolicy | null;
}

export interface GraphGroup {
  id: string;
  arn: string;
  name: string;
  accountId: string;
}

export interface GraphProvider {
  arn: string;
  accountId: string;
  kind: "OIDC" | "SAML";
  name: string;
  clientIds: string[];
}

export interface GraphData {
  accounts: Map<string, GraphAccount>;
  users: GraphUser[];
  groups: GraphGroup[];
  roles: GraphRole[];
  providers: GraphProvider[];
  /** Some device can verify a code for a role session (lib/sts/mfa.ts accepts any assigned device). */
  roleSessionsCanMfa: boolean;
  /** Identity policies' texts by PolicyRef id, for the lines an edge's identity statements span. */
  documents?: Map<string, string>;
}

function jsonList(text: string): string[] {
  try {
    const v: unknown = JSON.parse(text);
    return Array.isArray(v) ? v.filter((x): x is string => typeof x === "string") : [];
  } catch {
    return [];
  }
}

/** The default versions of managed policies, compiled once per use (identity or boundary). */
async function managedDocuments(ids: string[], arns: string[], texts: Map<string, string>) {
  const rows = await readManagedDocuments(ids, arns);
  const byId = new Map(rows.map((r) => [r.id, r]));
  const byArn = new Map(rows.map((r) => [r.arn, r]));
  const compiled = new Map<string, CompiledPolicy | null>();
  const get = (row: ManagedDocumentRow | undefined, type: "identity" | "boundary") => {
    if (!row || row.versionId === null || row.document === null) return null;
    const key = `${type}|${row.id}`;
    const id = `${row.id}:${row.versionId}`;
    if (type === "identity") texts.set(id, row.document);
    if (!compiled.has(key)) compiled.set(key, compile(row.document, { type, id, name: row.name, arn: row.arn }));
    return compiled.get(key) ?? null;
  };
  return { identity: (id: string) => get(byId.get(id), "identity"), boundary: (arn: string) => get(byArn.get(arn), "boundary"), arnOf: (id: string) => byId.get(id)?.arn };
}

export async function loadGraphData(accountIds: string[]): Promise<GraphData> {
  const { accounts: accountRows, users, groups, roles, providers, devices, memberships, attachments, inline, tags } = await readGraphRows(accountIds);
  const orgs = await Promise.all(accountRows.map((a) => organizationPolicies(a.id)));
  const accounts = new Map(accountRows.map((a, i) => [a.id, { id: a.id, label: a.alias ?? a.name, org: orgs[i] }]));

  const boundaryArns = [...new Set([...users, ...roles].flatMap((p) => (p.permissionsBoundary ? [p.permissionsBoundary] : [])))];
  const documents = new Map<string, string>();
  const docs = await managedDocuments([...new Set(attachments.map((a) => a.policyId))], boundaryArns, documents);

  const key = (type: string, id: string) => `${type}|${id}`;
  const own = new Map<string, CompiledPolicy[]>();
  const attachedArns = new Map<string, string[]>();
  const push = <T>(m: Map<string, T[]>, k: string, v: T) => {
    const list = m.get(k);
    if (list) list.push(v);
    else m.set(k, [v]);
  };
  // Attached before inline, as attachedAndInline() orders them.
  for (const a of attachments) {
    const c = docs.identity(a.policyId);
    if (c) push(own, key(a.principalType, a.principalId), c);
    const arn = docs.arnOf(a.policyId);
    if (arn) push(attachedArns, key(a.principalType, a.principalId), arn);
  }
  for (const p of inline) {
    const id = `inline:${p.ownerType}:${p.ownerId}:${p.name}`;
    const c = compile(p.document, { type: "identity", id, name: p.name });
    if (c) push(own, key(p.ownerType, p.ownerId), c);
    documents.set(id, p.document);
  }
  const tagsOf = new Map<string, { key: string; value: string }[]>();
  for (const t of tags) push(tagsOf, key(t.ownerType, t.ownerId), { key: t.key, value: t.value });
  const groupsOf = new Map<string, string[]>();
  for (const m of memberships) push(groupsOf, m.userId, m.groupId);
  const mfaUsers = new Set(devices.flatMap((d) => (d.userId ? [d.userId] : [])));

  const policies = (accountId: string, identity: CompiledPolicy[], boundaryArn: string | null, principalTags: { key: string; value: string }[]): CallerPolicies => {
    const org = accounts.get(accountId)?.org ?? {};
    const boundary = boundaryArn ? (docs.boundary(boundaryArn) ?? undefined) : undefined;
    return { principalTags: Object.fromEntries(principalTags.map((t) => [t.key, t.value])), identity, boundary, ...org };
  };

  const graphUsers: GraphUser[] = users.map((u) => {
    const memberOf = groupsOf.get(u.id) ?? [];
    const identity = [...(own.get(key("user", u.id)) ?? []), ...memberOf.flatMap((g) => own.get(key("group", g)) ?? [])];
    const t = tagsOf.get(key("user", u.id)) ?? [];
    const attached = new Set([...(attachedArns.get(key("user", u.id)) ?? []), ...memberOf.flatMap((g) => attachedArns.get(key("group", g)) ?? [])]);
    return { kind: "user", id: u.id, arn: u.arn, name: u.name, accountId: u.accountId, tags: t, groupIds: memberOf, hasMfa: mfaUsers.has(u.id), attached, policies: policies(u.accountId, identity, u.permissionsBoundary, t) };
  });
  const graphRoles: GraphRole[] = roles.map((r) => {
    const t = tagsOf.get(key("role", r.id)) ?? [];
    return {
      kind: "role",
      ...r,
      tags: t,
      trust: compiledTrustPolicy(r),
      attached: new Set(attachedArns.get(key("role", r.id)) ?? []),
      policies: policies(r.accountId, own.get(key("role", r.id)) ?? [], r.permissionsBoundary, t),
    };
  });
  return {
    accounts,
    users: graphUsers,
    groups,
    roles: graphRoles,
    providers: providers.map((p) => ({ arn: p.arn, accountId: p.accountId, kind: p.kind === "SAML" ? "SAML" : "OIDC", name: p.name, clientIds: jsonList(p.clientIds) })),
    roleSessionsCanMfa: devices.length > 0,
    documents,
  };
}
