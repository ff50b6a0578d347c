// The console's top search (AWS's unified search, for IAM): console features for everyone, and the
// account's roles, users, user groups, managed policies (AWS managed too) and identity providers —
// each kind only when the caller may list it. Every kind passes authorize() with the List action the
// console's own table uses before anything is read; a denied kind is left out silently, so the
// answer says nothing about what exists there (a caller without iam:ListRoles sees no roles).
import { authorize } from "@/lib/authz/authorize";
import type { Caller } from "@/lib/authz/caller";
import { containsIgnoringCase } from "@/lib/data/text-filters";
import { db } from "@/lib/db";
import { isAwsError } from "@/lib/errors";
import { FEATURES } from "@/lib/search/features";
import { rankSearch, type SearchGroups, type SearchResource } from "@/lib/search/rank";
import { iamArn } from "../names";

/** Rows read per kind: the prefix matches first (the best ranked), then any other match. */
const PREFIX_ROWS = 20;
const CONTAINS_ROWS = 100;

interface Kind {
  action: string;
  resource: (accountId: string) => string;
  /** Rows whose name starts with, or contains, the lowercased needle (a superset is fine: filtered after). */
  find: (accountId: string, needle: string, how: "startsWith" | "contains", take: number) => Promise<SearchResource[]>;
}

const named = (kind: "role" | "user" | "group") => (rows: { name: string }[]) => rows.map((r): SearchResource => ({ kind, name: r.name }));

const KINDS: Kind[] = [
  {
    action: "iam:ListRoles",
    resource: (a) => iamArn(a, "role", "/", ""),
    find: (accountId, needle, how, take) =>
      db.role.findMany({ where: { accountId, nameLower: { [how]: needle } }, orderBy: { nameLower: "asc" }, take, select: { name: true } }).then(named("role")),
  },
  {
    action: "iam:ListUsers",
    resource: (a) => iamArn(a, "user", "/", ""),
    find: (accountId, needle, how, take) =>
      db.user.findMany({ where: { accountId, nameLower: { [how]: needle } }, orderBy: { nameLower: "asc" }, take, select: { name: true } }).then(named("user")),
  },
  {
    action: "iam:ListGroups",
    resource: (a) => iamArn(a, "group", "/", ""),
    find: (accountId, needle, how, take) =>
      db.group.findMany({ where: { accountId, nameLower: { [how]: needle } }, orderBy: { nameLower: "asc" }, take, select: { name: true } }).then(named("group")),
  },
  {
    action: "iam:ListPolicies",
    resource: (a) => `arn:aws:iam::${a}:policy/`,
    find: (accountId, needle, how, take) =>
      db.managedPolicy
        .findMany({
          // The account's own and AWS managed ones; another account's are never visible.
          where: { OR: [{ accountId }, { accountId: null }], nameLower: { [how]: needle } },
          orderBy: { nameLower: "asc" },
          take,
          select: { name: true, arn: true, awsManaged: true },
        })
        .then((rows) => rows.map((r): SearchResource => ({ kind: "policy", name: r.name, arn: r.arn, awsManaged: r.awsManaged }))),
  },
  {
    // The Identity providers table lists both kinds under this action (app/api/console/identity-providers).
    action: "iam:ListOpenIDConnectProviders",
    resource: () => "*",
    // Few per account, and no lowercased column: one case-insensitive "contains" read serves both.
    find: async (accountId, needle, how, take) =>
      how === "startsWith"
        ? []
        : db.identityProvider
            .findMany({ where: { accountId, name: containsIgnoringCase(needle) }, orderBy: { name: "asc" }, take, select: { name: true, arn: true } })
            .then((rows) => rows.map((r): SearchResource => ({ kind: "identity-provider", name: r.name, arn: r.arn }))),
  },
];

async function allowed(caller: Caller, kind: Kind): Promise<boolean> {
  try {
    await authorize(caller, kind.action, kind.resource(caller.accountId));
    return true;
  } catch (e) {
    if (isAwsError(e) && e.code === "AccessDenied") return false;
    throw e;
  }
}

async function resourcesOf(caller: Caller, kind: Kind, needle: string): Promise<SearchResource[]> {
  if (!(await allowed(caller, kind))) return [];
  const [prefix, contains] = await Promise.all([
    kind.find(caller.accountId, needle, "startsWith", PREFIX_ROWS),
    kind.find(caller.accountId, needle, "contains", CONTAINS_ROWS),
  ]);
  const seen = new Set<string>();
  // LIKE treats "_" and "%" as wildcards (Prisma passes them through): keep the literal matches only.
  return [...prefix, ...contains].filter((r) => {
    const key = r.arn ?? r.name;
    if (seen.has(key) || !r.name.toLowerCase().includes(needle)) return false;
    seen.add(key);
    return true;
  });
}

export async function searchConsole(caller: Caller, query: string): Promise<SearchGroups> {
  const needle = query.trim().toLowerCase();
  if (!needle) return { features: [], resources: [] };
  const found = await Promise.all(KINDS.map((k) => resourcesOf(caller, k, needle)));
  return rankSearch(needle, FEATURES, found.flat());
}
