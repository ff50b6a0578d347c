// The console's Roles table: a server-side search over role name and trusted entities, a page of
// rows with the "Trusted entities" text in the console's formats, and the total — two indexed
// queries per page (count + page), however many roles the account holds.
import { containsIgnoringCase } from "@/lib/data/text-filters";
import { db } from "@/lib/db";
import { authorize } from "@/lib/authz/authorize";
import type { Caller } from "@/lib/authz/caller";
import { validationError } from "@/lib/errors";
import { iamArn } from "../names";
import type { RoleLastUsedShape } from "./shape";

export interface ConsoleRoleRow {
  RoleName: string;
  RoleId: string;
  Arn: string;
  Path: string;
  CreateDate: Date;
  ServiceLinked: boolean;
  /** One entry per distinct principal, e.g. "AWS Service: ec2", "Account: 222222222222". */
  TrustedEntities: string[];
  RoleLastUsed: RoleLastUsedShape;
  /** The "Max session duration" column (off by default in the table's preferences). */
  MaxSessionDuration: number;
}

export interface ConsoleRolesPage {
  Roles: ConsoleRoleRow[];
  Total: number;
  Page: number;
  PageSize: number;
}

const ACCOUNT_PRINCIPAL = /^(?:(\d{12})|arn:aws:iam::(\d{12}):.*)$/;

function asList(v: unknown): string[] {
  if (typeof v === "string") return [v];
  return Array.isArray(v) ? v.filter((x): x is string => typeof x === "string") : [];
}

/** The "Trusted entities" cell (console-spec §2.2); unparseable documents show nothing. */
export function trustedEntities(trustPolicy: string, serviceLinked: boolean): string[] {
  let doc: { Statement?: unknown };
  try {
    doc = JSON.parse(trustPolicy) as { Statement?: unknown };
  } catch {
    return [];
  }
  const out = new Set<string>();
  const statements = Array.isArray(doc.Statement) ? doc.Statement : [doc.Statement];
  for (const s of statements) {
    const p = (s as { Principal?: unknown } | null)?.Principal;
    if (p === "*") out.add("Account: *");
    if (!p || typeof p !== "object") continue;
    const block = p as Record<string, unknown>;
    for (const svc of asList(block.Service)) {
      const short = svc.replace(/\.amazonaws\.com(\.cn)?$/, "");
      out.add(`AWS Service: ${short}${serviceLinked ? " (Service-Linked Role)" : ""}`);
    }
    for (const aws of asList(block.AWS)) {
      const m = ACCOUNT_PRINCIPAL.exec(aws);
      out.add(m ? `Account: ${m[1] ?? m[2]}` : `Account: ${aws}`);
    }
    for (const fed of asList(block.Federated)) out.add(`Identity Provider: ${fed}`);
  }
  return [...out];
}

/** The Roles table's sortable columns (Trusted entities is derived from each trust document: not sortable). */
export const ROLE_SORT_FIELDS = ["RoleName", "LastActivity", "CreateDate", "Arn", "MaxSessionDuration"] as const;
export type RoleSortField = (typeof ROLE_SORT_FIELDS)[number];

export interface ConsoleListInput {
  search?: string;
  /** 1-based. */
  page?: number;
  pageSize?: number;
  /** Role name ascending by default, as the console opens the table. */
  sort?: RoleSortField;
  descending?: boolean;
}

type Direction = "asc" | "desc";

/**
 * The ORDER BY of a sort, the role name breaking ties so paging never repeats or skips a role. Never
 * used sorts before every date ascending, on both stores (components/ui/sorting.ts orders the same).
 */
export function roleOrderBy(sort: RoleSortField = "RoleName", descending = false) {
  const dir: Direction = descending ? "desc" : "asc";
  const byName = { nameLower: dir };
  switch (sort) {
    case "RoleName":
      return [byName];
    case "LastActivity":
      return [{ lastUsedAt: { sort: dir, nulls: descending ? ("last" as const) : ("first" as const) } }, byName];
    case "CreateDate":
      return [{ createdAt: dir }, byName];
    case "Arn":
      return [{ arn: dir }, byName];
    case "MaxSessionDuration":
      return [{ maxSessionDuration: dir }, byName];
  }
}

export async function listRolesForConsole(caller: Caller, input: ConsoleListInput = {}): Promise<ConsoleRolesPage> {
  const pageSize = input.pageSize ?? 25;
  const pageNo = input.page ?? 1;
  if (!Number.isInteger(pageSize) || pageSize < 1 || pageSize > 1000) {
    throw validationError("pageSize", String(pageSize), "Member must have value between 1 and 1000");
  }
  if (!Number.isInteger(pageNo) || pageNo < 1) throw validationError("page", String(pageNo), "Member must have value greater than or equal to 1");
  await authorize(caller, "iam:ListRoles", iamArn(caller.accountId, "role", "/", ""));
  const search = input.search?.trim();
  // The name and the stored trust document are searched in place, ignoring case on both stores, so
  // "ec2" finds ec2.amazonaws.com principals and "2222" finds account principals.
  const where = {
    accountId: caller.accountId,
    ...(search ? { OR: [{ nameLower: { contains: search.toLowerCase() } }, { trustPolicy: containsIgnoringCase(search) }] } : {}),
  };
  const select = { id: true, name: true, nameLower: true, arn: true, path: true, createdAt: true, serviceLinked: true, trustPolicy: true, lastUsedAt: true, lastUsedRegion: true, maxSessionDuration: true };
  const skip = (pageNo - 1) * pageSize;
  const orderBy = roleOrderBy(input.sort, input.descending);
  let total: number;
  let rows: Awaited<ReturnType<typeof db.role.findMany<{ select: typeof select }>>>;
  if (search && /[%_]/.test(search)) {
    // Prisma passes LIKE wildcards through unescaped, so "_" would match any character: the query
    // returns a superset, and the literal match and the paging happen here (a rare search).
    const needle = search.toLowerCase();
    const all = (await db.role.findMany({ where, orderBy, select })).filter(
      (r) => r.nameLower.includes(needle) || r.trustPolicy.toLowerCase().includes(needle),
    );
    total = all.length;
    rows = all.slice(skip, skip + pageSize);
  } else {
    [total, rows] = await db.$transaction([db.role.count({ where }), db.role.findMany({ where, orderBy, skip, take: pageSize, select })]);
  }
  return {
    Roles: rows.map((r) => ({
      RoleName: r.name,
      RoleId: r.id,
      Arn: r.arn,
      Path: r.path,
      CreateDate: r.createdAt,
      ServiceLinked: r.serviceLinked,
      TrustedEntities: trustedEntities(r.trustPolicy, r.serviceLinked),
      RoleLastUsed: r.lastUsedAt ? { LastUsedDate: r.lastUsedAt, Region: r.lastUsedRegion ?? "us-east-1" } : {},
      MaxSessionDuration: r.maxSessionDuration,
    })),
    Total: total,
    Page: pageNo,
    PageSize: pageSize,
  };
}
