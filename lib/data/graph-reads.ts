// The access graph's bulk reads (lib/graph/load.ts): every user, group, role and provider of an
// account set with their memberships, attachments, inline policies and tags, in one statement per
// table. Through Prisma these cost ~0.5 s for 5,500 principals (the query interpreter per row and
// chunked IN lists); here the account set is one JSON parameter, expanded by the database itself.
import { query, store, type Query, type Row } from "./sql";

export interface GraphRows {
  accounts: { id: string; alias: string | null; name: string }[];
  users: { id: string; arn: string; name: string; accountId: string; permissionsBoundary: string | null }[];
  groups: { id: string; arn: string; name: string; accountId: string }[];
  roles: {
    id: string;
    arn: string;
    name: string;
    path: string;
    accountId: string;
    trustPolicy: string;
    trustPrincipalIds: string;
    maxSessionDuration: number;
    permissionsBoundary: string | null;
    serviceLinked: boolean;
  }[];
  providers: { arn: string; accountId: string; kind: string; name: string; clientIds: string }[];
  /** userId of every device that counts (assigned to a user, or enabled): lib/sts/mfa.ts's view. */
  devices: { userId: string | null }[];
  memberships: { userId: string; groupId: string }[];
  attachments: { policyId: string; principalType: string; principalId: string }[];
  inline: { ownerType: string; ownerId: string; name: string; document: string }[];
  tags: { ownerType: string; ownerId: string; key: string; value: string }[];
}

export interface ManagedDocumentRow {
  id: string;
  arn: string;
  name: string;
  /** The default version (null when the policy has none). */
  versionId: string | null;
  document: string | null;
}

// The one dialect difference: a JSON array parameter as a set of text values.
const SETS = {
  sqlite: (n: number) => `SELECT value FROM json_each($${n})`,
  postgresql: (n: number) => `SELECT jsonb_array_elements_text($${n}::jsonb)`,
};

type Texts = Record<string, string>;

function texts(set: (n: number) => string): Texts {
  const inAccounts = `"accountId" IN (${set(1)})`;
  const owners = `SELECT "id" FROM "User" WHERE ${inAccounts} UNION ALL SELECT "id" FROM "Group" WHERE ${inAccounts} UNION ALL SELECT "id" FROM "Role" WHERE ${inAccounts}`;
  return {
    accounts: `SELECT "id", "alias", "name" FROM "Account" WHERE "id" IN (${set(1)})`,
    users: `SELECT "id", "arn", "name", "accountId", "permissionsBoundary" FROM "User" WHERE ${inAccounts}`,
    groups: `SELECT "id", "arn", "name", "accountId" FROM "Group" WHERE ${inAccounts}`,
    roles:
      `SELECT "id", "arn", "name", "path", "accountId", "trustPolicy", "trustPrincipalIds", "maxSessionDuration", "permissionsBoundary", "serviceLinked" ` +
      `FROM "Role" WHERE ${inAccounts}`,
    providers: `SELECT "arn", "accountId", "kind", "name", "clientIds" FROM "IdentityProvider" WHERE ${inAccounts}`,
    devices: `SELECT "userId" FROM "MfaDevice" WHERE "userId" IS NOT NULL OR "enabledAt" IS NOT NULL`,
    memberships: `SELECT m."userId", m."groupId" FROM "GroupMembership" m JOIN "User" u ON u."id" = m."userId" WHERE u.${inAccounts}`,
    attachments: `SELECT "policyId", "principalType", "principalId" FROM "PolicyAttachment" WHERE "principalId" IN (${owners})`,
    inline: `SELECT "ownerType", "ownerId", "name", "document" FROM "InlinePolicy" WHERE "ownerId" IN (${owners})`,
    tags:
      `SELECT "ownerType", "ownerId", "key", "value" FROM "Tag" WHERE "ownerType" IN ('user', 'role') ` +
      `AND "ownerId" IN (SELECT "id" FROM "User" WHERE ${inAccounts} UNION ALL SELECT "id" FROM "Role" WHERE ${inAccounts})`,
    managed:
      `SELECT p."id", p."arn", p."name", v."versionId", v."document" FROM "ManagedPolicy" p ` +
      `LEFT JOIN "PolicyVersion" v ON v."policyId" = p."id" AND v."isDefault" = true ` +
      `WHERE p."id" IN (${set(1)}) OR p."arn" IN (${set(2)})`,
  };
}

const byDialect = new Map<string, Record<string, Query>>();

function queries(): Record<string, Query> {
  const dialect = store().dialect;
  let q = byDialect.get(dialect);
  if (!q) {
    q = Object.fromEntries(Object.entries(texts(SETS[dialect])).map(([name, text]) => [name, query(`graph_${name}`, text)]));
    byDialect.set(dialect, q);
  }
  return q;
}

/** Every row the graph of these accounts needs, but the managed policies' documents. */
export async function readGraphRows(accountIds: string[]): Promise<GraphRows> {
  const q = queries();
  const ids = [JSON.stringify(accountIds)];
  const s = store();
  const [accounts, users, groups, roles, providers, devices, memberships, attachments, inline, tags] = await Promise.all(
    (["accounts", "users", "groups", "roles", "providers", "devices", "memberships", "attachments", "inline", "tags"] as const).map((name) =>
      s.all(q[name], name === "devices" ? [] : ids),
    ),
  );
  for (const r of roles) {
    // SQLite answers 0/1 and PostgreSQL integers may come back as numbers or strings.
    r.serviceLinked = r.serviceLinked === true || r.serviceLinked === 1;
    r.maxSessionDuration = Number(r.maxSessionDuration);
  }
  const rows = (x: Row[]) => x as never;
  return {
    accounts: rows(accounts),
    users: rows(users),
    groups: rows(groups),
    roles: rows(roles),
    providers: rows(providers),
    devices: rows(devices),
    memberships: rows(memberships),
    attachments: rows(attachments),
    inline: rows(inline),
    tags: rows(tags),
  };
}

/** Managed policies by id or by ARN (boundaries), each with its default version. */
export async function readManagedDocuments(ids: string[], arns: string[]): Promise<ManagedDocumentRow[]> {
  if (ids.length === 0 && arns.length === 0) return [];
  return (await store().all(queries().managed, [JSON.stringify(ids), JSON.stringify(arns)])) as unknown as ManagedDocumentRow[];
}
