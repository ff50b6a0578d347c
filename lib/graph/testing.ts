// Small in-memory account sets for the graph's unit tests and benchmark: GraphData as loadGraphData()
// would return it, with documents compiled the way stored ones are (no database needed).
import { compile } from "@/lib/authz/policies";
import type { CompiledPolicy, PolicyType } from "@/lib/policy";
import { compiledTrustPolicy } from "@/lib/sts/trust";
import type { GraphAccount, GraphData, GraphProvider, GraphRole, GraphUser } from "./load";

type Doc = Record<string, unknown>;

export interface FixtureInput {
  accounts: { id: string; org?: { id: string; scps?: Doc[][]; rcps?: Doc[][] } }[];
  users?: { account: string; name: string; policies?: Doc[]; boundary?: Doc; mfa?: boolean; tags?: Record<string, string>; groups?: string[] }[];
  roles?: { account: string; name: string; trust: Doc; policies?: Doc[]; boundary?: Doc; tags?: Record<string, string>; serviceLinked?: boolean; attached?: string[] }[];
  providers?: GraphProvider[];
  roleSessionsCanMfa?: boolean;
}

// The same document is one policy (as a managed or group policy many principals share), named after
// its first user.
// Indented, as the console shows documents, so that explanations name real line ranges.
const shared = new Map<string, CompiledPolicy>();
const texts = new Map<string, string>();
function compiled(doc: Doc, type: PolicyType, name: string): CompiledPolicy {
  const text = JSON.stringify(doc, null, 2);
  const key = `${type}\n${text}`;
  const hit = shared.get(key);
  if (hit) return hit;
  const c = compile(text, { type, id: `fixture:${type}:${shared.size}`, name });
  if (!c) throw new Error(`fixture policy ${name} does not parse`);
  shared.set(key, c);
  texts.set(c.ref.id, text);
  return c;
}

export const allow = (action: string | string[], resource: string | string[] = "*", condition?: Doc): Doc => ({
  Version: "2012-10-17",
  Statement: [{ Effect: "Allow", Action: action, Resource: resource, ...(condition ? { Condition: condition } : {}) }],
});

export const trustDoc = (principal: Doc | "*", condition?: Doc, action: string | string[] = "sts:AssumeRole"): Doc => ({
  Version: "2012-10-17",
  Statement: [{ Effect: "Allow", Principal: principal, Action: action, ...(condition ? { Condition: condition } : {}) }],
});

const FULL = { Version: "2012-10-17", Statement: [{ Effect: "Allow", Action: "*", Resource: "*" }] };
const id = (prefix: string, arn: string) => `${prefix}${Buffer.from(arn).toString("hex").slice(-16).toUpperCase()}`;

export function graphFixture(input: FixtureInput): GraphData {
  const accounts = new Map<string, GraphAccount>();
  for (const a of input.accounts) {
    const org = a.org
      ? {
          orgId: a.org.id,
          // An organization's levels always hold the full-access policy unless a test says otherwise.
          scps: (a.org.scps ?? [[FULL], [FULL]]).map((level, i) => level.map((d) => compiled(d, "scp", `scp-${a.id}-${i}`))),
          rcps: (a.org.rcps ?? [[{ ...FULL, Statement: [{ ...FULL.Statement[0], Principal: "*" }] }]]).map((level, i) => level.map((d) => compiled(d, "rcp", `rcp-${a.id}-${i}`))),
        }
      : {};
    accounts.set(a.id, { id: a.id, label: a.id, org });
  }
  const orgOf = (account: string) => accounts.get(account)?.org ?? {};
  const users: GraphUser[] = (input.users ?? []).map((u) => {
    const arn = `arn:aws:iam::${u.account}:user/${u.name}`;
    return {
      kind: "user",
      id: id("AIDA", arn),
      arn,
      name: u.name,
      accountId: u.account,
      tags: Object.entries(u.tags ?? {}).map(([key, value]) => ({ key, value })),
      groupIds: u.groups ?? [],
      hasMfa: u.mfa ?? false,
      attached: new Set(),
      policies: {
        principalTags: u.tags ?? {},
        identity: (u.policies ?? []).map((d, i) => compiled(d, "identity", `${u.name}-${i}`)),
        boundary: u.boundary ? compiled(u.boundary, "boundary", `${u.name}-boundary`) : undefined,
        ...orgOf(u.account),
      },
    };
  });
  const roles: GraphRole[] = (input.roles ?? []).map((r) => {
    const arn = `arn:aws:iam::${r.account}:role/${r.name}`;
    const row = { id: id("AROA", arn), arn, name: r.name, trustPolicy: JSON.stringify(r.trust, null, 2), trustPrincipalIds: "{}" };
    return {
      kind: "role",
      ...row,
      path: "/",
      accountId: r.account,
      maxSessionDuration: 3600,
      serviceLinked: r.serviceLinked ?? false,
      tags: Object.entries(r.tags ?? {}).map(([key, value]) => ({ key, value })),
      trust: compiledTrustPolicy(row),
      attached: new Set(r.attached ?? []),
      policies: {
        principalTags: r.tags ?? {},
        identity: (r.policies ?? []).map((d, i) => compiled(d, "identity", `${r.name}-${i}`)),
        boundary: r.boundary ? compiled(r.boundary, "boundary", `${r.name}-boundary`) : undefined,
        ...orgOf(r.account),
      },
    };
  });
  return { accounts, users, groups: [], roles, providers: input.providers ?? [], roleSessionsCanMfa: input.roleSessionsCanMfa ?? false, documents: texts };
}
