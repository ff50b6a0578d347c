// The top search's ranking and grouping, pure (shared by the console route and its tests): how well
// a name matches what was typed, and the results grouped as AWS's unified search shows them —
// Features, then Resources — best first.
import type { Feature } from "./features";

export type ResourceKind = "role" | "user" | "group" | "policy" | "identity-provider";

export interface SearchResource {
  kind: ResourceKind;
  name: string;
  /** Policies and identity providers are addressed by ARN. */
  arn?: string;
  /** AWS managed policies are told apart from the account's own. */
  awsManaged?: boolean;
}

export interface SearchHit {
  label: string;
  href: string;
  description: string;
}

export interface SearchGroups {
  features: SearchHit[];
  resources: SearchHit[];
}

export const LIMITS = { features: 5, resources: 10 };

/** 0 when `text` does not contain the query; higher for exact, prefix, then word-start matches. */
export function matchScore(text: string, query: string): number {
  const t = text.toLowerCase();
  const q = query.trim().toLowerCase();
  if (!q) return 0;
  if (t === q) return 100;
  if (t.startsWith(q)) return 80;
  const at = t.indexOf(q);
  if (at < 0) return 0;
  // A word start: after a separator, or a capital in a CamelCase name (ReadOnlyAccess → "only").
  const before = text[at - 1];
  const wordStart = /[\s\-_./:@+=,]/.test(before) || (/[a-z0-9]/.test(before) && /[A-Z]/.test(text[at] ?? ""));
  return wordStart ? 60 : 40;
}

function featureScore(f: Feature, query: string): number {
  const byKeyword = Math.max(0, ...f.keywords.map((k) => matchScore(k, query)));
  // The title wins over a keyword that matches as well.
  const byTitle = matchScore(f.title, query);
  return Math.max(byTitle && byTitle + 1, Math.round(byKeyword * 0.9));
}

const KIND_LABEL: Record<ResourceKind, string> = {
  role: "IAM role",
  user: "IAM user",
  group: "IAM user group",
  policy: "Customer managed policy",
  "identity-provider": "Identity provider",
};

/** The console page of a resource. */
export function resourceHref(r: SearchResource): string {
  const enc = encodeURIComponent;
  switch (r.kind) {
    case "role":
      return `/iam/roles/${enc(r.name)}`;
    case "user":
      return `/iam/users/${enc(r.name)}`;
    case "group":
      return `/iam/groups/${enc(r.name)}`;
    case "policy":
      return `/iam/policies/details/${enc(r.arn ?? r.name)}`;
    case "identity-provider":
      // arn:aws:iam::123:oidc-provider/host/path → /iam/identity-providers/oidc-provider/host/path
      return `/iam/identity-providers/${(r.arn ?? "").split(":").slice(5).join(":").split("/").map(enc).join("/")}`;
  }
}

function describe(r: SearchResource): string {
  return r.kind === "policy" && r.awsManaged ? "AWS managed policy" : KIND_LABEL[r.kind];
}

/** Best first; equal scores: the account's own before AWS managed, shorter names, then by name. */
function rank<T>(items: T[], score: (t: T) => number, name: (t: T) => string, tiebreak: (t: T) => number = () => 0): T[] {
  return items
    .map((item) => ({ item, s: score(item) }))
    .filter((x) => x.s > 0)
    .sort((a, b) => b.s - a.s || tiebreak(a.item) - tiebreak(b.item) || name(a.item).length - name(b.item).length || name(a.item).localeCompare(name(b.item)))
    .map((x) => x.item);
}

export function rankSearch(query: string, features: readonly Feature[], resources: readonly SearchResource[], limits = LIMITS): SearchGroups {
  if (!query.trim()) return { features: [], resources: [] };
  const f = rank([...features], (x) => featureScore(x, query), (x) => x.title).slice(0, limits.features);
  const r = rank(
    [...resources],
    (x) => matchScore(x.name, query),
    (x) => x.name,
    (x) => (x.awsManaged ? 1 : 0),
  ).slice(0, limits.resources);
  return {
    features: f.map((x) => ({ label: x.title, href: x.href, description: x.description })),
    resources: r.map((x) => ({ label: x.name, href: resourceHref(x), description: describe(x) })),
  };
}
