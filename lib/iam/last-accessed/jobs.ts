// GenerateServiceLastAccessedDetails / GetServiceLastAccessedDetails: the console's Last Accessed
// report for a user, group, role or managed policy, run as an IAM "job". The report is computed when
// the job is created, so every job is COMPLETED by the time its JobId is returned.
//
// Jobs are rows (LastAccessedJob), so GetServiceLastAccessedDetails answers on whichever instance
// the call reaches. They expire after JOB_TTL_MS and are bounded in number (expired and oldest rows
// are pruned as jobs are created), so a long-running sandbox cannot grow without limit; after
// expiry Get answers NoSuchEntity as for an unknown JobId.
import { randomUUID } from "node:crypto";
import { db } from "@/lib/db";
import { authorize } from "@/lib/authz/authorize";
import type { Caller } from "@/lib/authz/caller";
import { AwsError } from "@/lib/errors";
import { ARN_KINDS, parseIamArn } from "@/lib/aws/arn";
import { TRACKING_PERIOD_DAYS, policyDocumentsOf, roleLastAccessed, servicesLastAccessed, type LastAccessedService } from "@/lib/iam/console/last-accessed";
import { findGroupOrThrow } from "@/lib/iam/groups";
import { pageOf, pageRequest, type PageInput } from "@/lib/iam/pagination";
import { policyLastAccessed } from "@/lib/iam/policies/last-accessed";
import { findRoleOrThrow } from "@/lib/iam/roles/shape";
import { findUserOrThrow } from "@/lib/iam/users/crud";
import { serverNow, serverNowMs } from "@/lib/server-now";

export const GRANULARITIES = ["SERVICE_LEVEL", "ACTION_LEVEL"] as const;
export type Granularity = (typeof GRANULARITIES)[number];

export const JOB_TTL_MS = 6 * 3_600_000;
const MAX_JOBS = 1000;

export interface TrackedActionLastAccessed {
  ActionName: string;
  LastAccessedEntity?: string;
  LastAccessedTime: Date;
  LastAccessedRegion?: string;
}

export interface ServiceLastAccessed {
  ServiceName: string;
  ServiceNamespace: string;
  LastAuthenticated?: Date;
  LastAuthenticatedEntity?: string;
  LastAuthenticatedRegion?: string;
  TotalAuthenticatedEntities: number;
  TrackedActionsLastAccessed?: TrackedActionLastAccessed[];
}

/** GetServiceLastAccessedDetailsWithEntities: an entity that called the service, as of the job. */
export interface EntityDetails {
  EntityInfo: { Arn: string; Name: string; Type: "USER" | "ROLE"; Id: string; Path: string };
  LastAuthenticated: Date;
}

interface Job {
  id: string;
  /** AWS hands a job's result only to the user, or the role session, that generated it. */
  owner: string;
  type: Granularity;
  created: Date;
  completed: Date;
  expires: number;
  services: ServiceLastAccessed[];
  /** By service namespace: the entities that called it, most recent first. */
  entities: Map<string, EntityDetails[]>;
}

async function remember(job: Job, now: number): Promise<void> {
  await db.lastAccessedJob.deleteMany({ where: { expiresAt: { lte: new Date(now) } } });
  // Oldest first when full: keep MAX_JOBS - 1 and add this one.
  const excess = (await db.lastAccessedJob.count()) - (MAX_JOBS - 1);
  if (excess > 0) {
    const oldest = await db.lastAccessedJob.findMany({ orderBy: [{ createdAt: "asc" }, { id: "asc" }], take: excess, select: { id: true } });
    await db.lastAccessedJob.deleteMany({ where: { id: { in: oldest.map((o) => o.id) } } });
  }
  await db.lastAccessedJob.create({
    data: {
      id: job.id,
      owner: job.owner,
      type: job.type,
      createdAt: job.created,
      completedAt: job.completed,
      expiresAt: new Date(job.expires),
      // The entities ride along in each service's JSON (no column of their own); recall splits them off.
      services: JSON.stringify(job.services.map((s) => ({ ...s, Entities: job.entities.get(s.ServiceNamespace) ?? [] }))),
    },
  });
}

const DATE_FIELDS = new Set(["LastAuthenticated", "LastAccessedTime"]);

type StoredService = ServiceLastAccessed & { Entities?: EntityDetails[] };

async function recall(id: string): Promise<Job | null> {
  const row = await db.lastAccessedJob.findUnique({ where: { id } });
  if (!row) return null;
  const stored = JSON.parse(row.services, revive) as StoredService[];
  return {
    id: row.id,
    owner: row.owner,
    type: row.type as Granularity,
    created: row.createdAt,
    completed: row.completedAt,
    expires: row.expiresAt.getTime(),
    services: stored.map(storedService),
    entities: new Map(stored.map((s) => [s.ServiceNamespace, s.Entities ?? []])),
  };
}

/** The report's timestamps were stored as ISO text: they come back as the Dates the wire formats. */
function revive(key: string, value: unknown): unknown {
  return DATE_FIELDS.has(key) && typeof value === "string" ? new Date(value) : value;
}

/** JSON drops absent members: give the service back the shape wireService made. */
function storedService(s: ServiceLastAccessed): ServiceLastAccessed {
  return {
    ServiceName: s.ServiceName,
    ServiceNamespace: s.ServiceNamespace,
    LastAuthenticated: s.LastAuthenticated,
    LastAuthenticatedEntity: s.LastAuthenticatedEntity,
    LastAuthenticatedRegion: s.LastAuthenticatedRegion,
    TotalAuthenticatedEntities: s.TotalAuthenticatedEntities,
    TrackedActionsLastAccessed: s.TrackedActionsLastAccessed,
  };
}

/** A role session counts as its role: one entity however many sessions called. */
function entityKey(principalArn: string): string {
  return principalArn.replace(/^arn:([^:]+):sts::(\d{12}):assumed-role\/([^/]+)\/.*$/, "arn:$1:iam::$2:role/$3");
}

interface Subject {
  services: LastAccessedService[];
  /** The entity every call is reported as when the report covers one entity (a role for its sessions). */
  single?: string;
}

/** The named entity must be this one, path included: another path is another (missing) entity. */
function sameArn<T extends { arn: string }>(entity: T, arn: string, kind: string): T {
  if (entity.arn !== arn) throw new AwsError("NoSuchEntity", `The ${kind} with ARN ${arn} cannot be found.`);
  return entity;
}

async function subjectReport(caller: Caller, arn: string, now: Date): Promise<Subject> {
  const { account, kind, name } = parseIamArn(arn, ARN_KINDS.entity);
  if (kind === "policy") return { services: (await policyLastAccessed(caller, arn, now)).Services };
  // Authorized on the ARN given before anything is read, so a missing entity, one at another path
  // and one in another account are all AccessDenied to a caller without permission.
  await authorize(caller, "iam:GenerateServiceLastAccessedDetails", arn);
  if (account !== caller.accountId) throw new AwsError("NoSuchEntity", `The ${kind} with ARN ${arn} cannot be found.`);
  if (kind === "role") {
    const role = sameArn(await findRoleOrThrow(caller.accountId, name), arn, kind);
    return { services: (await roleLastAccessed(caller, role.name, now)).Services, single: role.arn };
  }
  if (kind === "user") {
    const user = sameArn(await findUserOrThrow(caller.accountId, name), arn, kind);
    const groups = await db.groupMembership.findMany({ where: { userId: user.id }, select: { groupId: true } });
    const docs = await policyDocumentsOf([{ type: "user", id: user.id }, ...groups.map((g) => ({ type: "group" as const, id: g.groupId }))]);
    return { services: (await servicesLastAccessed(caller.accountId, docs, [{ arn: user.arn }], now)).Services, single: user.arn };
  }
  const group = sameArn(await findGroupOrThrow(caller.accountId, name), arn, kind);
  const members = await db.user.findMany({ where: { groups: { some: { groupId: group.id } } }, select: { arn: true } });
  const docs = await policyDocumentsOf([{ type: "group", id: group.id }]);
  return { services: (await servicesLastAccessed(caller.accountId, docs, members, now)).Services };
}

function wireService(s: LastAccessedService, type: Granularity, single: string | undefined): ServiceLastAccessed {
  const tracked = type === "ACTION_LEVEL" ? (s.TrackedActions ?? []) : [];
  return {
    ServiceName: s.ServiceName,
    ServiceNamespace: s.ServiceNamespace,
    LastAuthenticated: s.LastAccessed ? new Date(s.LastAccessed) : undefined,
    LastAuthenticatedEntity: (s.LastAccessed && (single ?? s.LastAuthenticatedEntity)) || undefined,
    // Tracked actions are newest first, so the first one's Region is that of the last call.
    LastAuthenticatedRegion: s.TrackedActions?.[0]?.Region ?? undefined,
    TotalAuthenticatedEntities: new Set(s.AuthenticatedPrincipals.map(entityKey)).size,
    TrackedActionsLastAccessed:
      tracked.length === 0
        ? undefined
        : tracked.map((a) => ({
            ActionName: a.ActionName,
            // The report keeps who called each action only when one entity is concerned.
            LastAccessedEntity: single,
            LastAccessedTime: new Date(a.LastAccessed),
            LastAccessedRegion: a.Region ?? undefined,
          })),
  };
}

/**
 * Who called each service, for GetServiceLastAccessedDetailsWithEntities: the users and roles (a role
 * for its sessions) among the report's principals, with their own last call; entities deleted since
 * their call are left out [INF].
 */
async function entitiesByService(accountId: string, services: LastAccessedService[], now: Date): Promise<Map<string, EntityDetails[]>> {
  const out = new Map<string, EntityDetails[]>();
  const principals = [...new Set(services.flatMap((s) => s.AuthenticatedPrincipals))];
  if (principals.length === 0) return out;
  const rows = await db.activityEvent.groupBy({
    by: ["action", "principalArn"],
    where: { accountId, principalArn: { in: principals }, time: { gte: new Date(now.getTime() - TRACKING_PERIOD_DAYS * 86_400_000) } },
    _max: { time: true },
  });
  const arns = [...new Set(principals.map(entityKey))];
  const [users, roles] = await Promise.all([
    db.user.findMany({ where: { arn: { in: arns } }, select: { arn: true, name: true, id: true, path: true } }),
    db.role.findMany({ where: { arn: { in: arns } }, select: { arn: true, name: true, id: true, path: true } }),
  ]);
  const info = new Map<string, EntityDetails["EntityInfo"]>([
    ...users.map((u) => [u.arn, { Arn: u.arn, Name: u.name, Type: "USER" as const, Id: u.id, Path: u.path }] as const),
    ...roles.map((r) => [r.arn, { Arn: r.arn, Name: r.name, Type: "ROLE" as const, Id: r.id, Path: r.path }] as const),
  ]);
  const last = new Map<string, Map<string, Date>>();
  for (const r of rows) {
    const colon = r.action.indexOf(":");
    const t = r._max.time;
    if (colon < 1 || !t) continue;
    const ns = r.action.slice(0, colon).toLowerCase();
    const byEntity = last.get(ns) ?? new Map<string, Date>();
    const key = entityKey(r.principalArn);
    if (!byEntity.has(key) || (byEntity.get(key) as Date) < t) byEntity.set(key, t);
    last.set(ns, byEntity);
  }
  for (const [ns, byEntity] of last) {
    const list = [...byEntity].flatMap(([arn, t]) => {
      const e = info.get(arn);
      return e ? [{ EntityInfo: e, LastAuthenticated: t }] : [];
    });
    list.sort((a, b) => b.LastAuthenticated.getTime() - a.LastAuthenticated.getTime() || a.EntityInfo.Arn.localeCompare(b.EntityInfo.Arn));
    out.set(ns, list);
  }
  return out;
}

export async function generateServiceLastAccessedDetails(caller: Caller, input: { arn: string; granularity?: Granularity }, now = serverNow()): Promise<{ JobId: string }> {
  const type = input.granularity ?? "SERVICE_LEVEL";
  const started = serverNowMs();
  const { services, single } = await subjectReport(caller, input.arn, now);
  const job: Job = {
    id: randomUUID(),
    owner: caller.arn,
    type,
    created: now,
    completed: new Date(now.getTime() + (serverNowMs() - started)),
    expires: now.getTime() + JOB_TTL_MS,
    services: services.map((s) => wireService(s, type, single)),
    entities: await entitiesByService(caller.accountId, services, now),
  };
  await remember(job, now.getTime());
  return { JobId: job.id };
}

export async function getServiceLastAccessedDetails(caller: Caller, input: { jobId: string } & PageInput, now = serverNow()) {
  const req = pageRequest(input);
  await authorize(caller, "iam:GetServiceLastAccessedDetails", "*");
  const job = await recall(input.jobId);
  if (!job || job.owner !== caller.arn || job.expires <= now.getTime()) {
    throw new AwsError("NoSuchEntity", `No job found for JobId ${input.jobId}.`);
  }
  // The report's order (recently used first) is kept: the marker is the row's position in it.
  const rows = job.services.map((s, i) => ({ s, key: String(i).padStart(6, "0") }));
  const { items, IsTruncated, Marker } = pageOf(rows, (r) => r.key, req);
  return {
    JobStatus: "COMPLETED",
    JobType: job.type,
    JobCreationDate: job.created,
    JobCompletionDate: job.completed,
    ServicesLastAccessed: items.map((r) => r.s),
    IsTruncated,
    Marker,
  };
}

/**
 * GetServiceLastAccessedDetailsWithEntities
 * (https://docs.aws.amazon.com/IAM/latest/APIReference/API_GetServiceLastAccessedDetailsWithEntities.html):
 * the entities of a job's report that called one service, most recent first [INF: order].
 */
export async function getServiceLastAccessedDetailsWithEntities(caller: Caller, input: { jobId: string; serviceNamespace: string } & PageInput, now = serverNow()) {
  const req = pageRequest(input);
  await authorize(caller, "iam:GetServiceLastAccessedDetailsWithEntities", "*");
  const job = await recall(input.jobId);
  if (!job || job.owner !== caller.arn || job.expires <= now.getTime()) {
    throw new AwsError("NoSuchEntity", `No job found for JobId ${input.jobId}.`);
  }
  const rows = (job.entities.get(input.serviceNamespace) ?? []).map((e, i) => ({ e, key: String(i).padStart(6, "0") }));
  const { items, IsTruncated, Marker } = pageOf(rows, (r) => r.key, req);
  return {
    JobStatus: "COMPLETED",
    JobCreationDate: job.created,
    JobCompletionDate: job.completed,
    EntityDetailsList: items.map((r) => r.e),
    IsTruncated,
    Marker,
  };
}
