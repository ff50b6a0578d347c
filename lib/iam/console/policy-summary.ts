// "Permissions defined in this policy": per effect and service, the access level the statements
// grant (AWS's wording: "Full access", or "Full: List, Read Limited: Write"), the resources and the
// request-condition keys — computed from the service authorization catalog, as the console's policy
// summary is. Pure reads of the catalog; an unparseable document summarises to nothing.
import { actionDetails, actionPatternRegex, actionsForService, serviceExists, serviceKeys } from "@/lib/policy/catalog";

/** The console's access-level order. */
const LEVELS = ["List", "Read", "Write", "Permissions management", "Tagging"] as const;

export interface ServiceAccessSummary {
  effect: "Allow" | "Deny";
  /** Service prefix ("s3"); "*" when a statement covers every service. */
  service: string;
  accessLevel: string;
  /** "All resources", the single ARN, or "Multiple". */
  resource: string;
  /** "None" or the condition keys, comma-separated. */
  condition: string;
  /** Action patterns that match nothing in the catalog. */
  unrecognized: string[];
}

interface Group {
  effect: "Allow" | "Deny";
  service: string;
  patterns: string[];
  notAction: boolean;
  resources: Set<string>;
  conditions: Set<string>;
}

const asList = (v: unknown): string[] => (typeof v === "string" ? [v] : Array.isArray(v) ? v.filter((x): x is string => typeof x === "string") : []);

/** "Permissions management, Write" → "Permissions management": an action counts under its first level. */
const levelOf = (accessLevel: string) => accessLevel.split(",")[0].trim();

function collect(document: string): Group[] {
  let doc: { Statement?: unknown };
  try {
    doc = JSON.parse(document) as { Statement?: unknown };
  } catch {
    return [];
  }
  const statements = Array.isArray(doc?.Statement) ? doc.Statement : doc?.Statement ? [doc.Statement] : [];
  const groups = new Map<string, Group>();
  for (const raw of statements) {
    const s = raw as { Effect?: unknown; Action?: unknown; NotAction?: unknown; Resource?: unknown; NotResource?: unknown; Condition?: unknown } | null;
    if (!s || (s.Effect !== "Allow" && s.Effect !== "Deny")) continue;
    const notAction = s.Action === undefined && s.NotAction !== undefined;
    const resources = s.Resource !== undefined ? asList(s.Resource) : asList(s.NotResource).map((r) => `Not ${r}`);
    const conditionKeys = s.Condition && typeof s.Condition === "object" ? Object.values(s.Condition as Record<string, unknown>).flatMap((block) => (block && typeof block === "object" ? Object.keys(block) : [])) : [];
    for (const action of asList(notAction ? s.NotAction : s.Action)) {
      const colon = action.indexOf(":");
      const service = action === "*" || colon < 0 ? "*" : action.slice(0, colon).toLowerCase();
      const key = `${s.Effect}|${notAction}|${service}`;
      const g = groups.get(key) ?? { effect: s.Effect, service, patterns: [], notAction, resources: new Set<string>(), conditions: new Set<string>() };
      g.patterns.push(action === "*" || colon < 0 ? "*" : action.slice(colon + 1));
      resources.forEach((r) => g.resources.add(r));
      conditionKeys.forEach((k) => g.conditions.add(k));
      groups.set(key, g);
    }
  }
  return [...groups.values()];
}

/** "Full access" / "Full: List, Read Limited: Write" / "None" from granted vs available actions per level. */
export function accessLevelLabel(available: Map<string, number>, granted: Map<string, number>): string {
  const full: string[] = [];
  const limited: string[] = [];
  for (const level of LEVELS) {
    const have = granted.get(level) ?? 0;
    if (have === 0) continue;
    (have >= (available.get(level) ?? 0) ? full : limited).push(level);
  }
  if (full.length === 0 && limited.length === 0) return "None";
  const presentLevels = LEVELS.filter((l) => (available.get(l) ?? 0) > 0);
  if (limited.length === 0 && full.length === presentLevels.length) return "Full access";
  return [full.length ? `Full: ${full.join(", ")}` : "", limited.length ? `Limited: ${limited.join(", ")}` : ""].filter(Boolean).join(" ");
}

async function summarizeGroup(g: Group): Promise<ServiceAccessSummary> {
  const resource = g.resources.has("*") ? "All resources" : g.resources.size === 1 ? [...g.resources][0] : g.resources.size === 0 ? "None" : "Multiple";
  const condition = g.conditions.size ? [...g.conditions].join(", ") : "None";
  const base = { effect: g.effect, service: g.service, resource, condition };
  // Every action of every service: no per-service breakdown is meaningful.
  if (g.service === "*") return { ...base, accessLevel: g.notAction ? "Limited: all services except the listed actions" : "Full access", unrecognized: [] };
  // Service wildcards ("s3*:Get*") and unknown services are reported as such.
  if (/[*?]/.test(g.service) || !(await serviceExists(g.service))) return { ...base, accessLevel: "None", unrecognized: g.patterns.map((p) => `${g.service}:${p}`) };

  const actions = await actionsForService(g.service);
  const infos = await Promise.all(actions.map((a) => actionDetails(g.service, a)));
  const regexes = g.patterns.map((p) => ({ p, re: actionPatternRegex(p) }));
  const matched = new Set<number>();
  const unrecognized = regexes.filter(({ re }) => !actions.some((a) => re.test(a))).map(({ p }) => `${g.service}:${p}`);
  actions.forEach((a, i) => regexes.some(({ re }) => re.test(a)) && matched.add(i));
  const available = new Map<string, number>();
  const granted = new Map<string, number>();
  infos.forEach((info, i) => {
    if (!info) return;
    const level = levelOf(info.accessLevel);
    available.set(level, (available.get(level) ?? 0) + 1);
    // NotAction grants everything the patterns do not name.
    if (matched.has(i) !== g.notAction) granted.set(level, (granted.get(level) ?? 0) + 1);
  });
  return { ...base, accessLevel: accessLevelLabel(available, granted), unrecognized };
}

/** `TotalServices` is the catalog's size, for the console's "Allow (1 of 469 services)". */
export async function summarizePolicyDocument(document: string): Promise<{ Services: ServiceAccessSummary[]; TotalServices: number }> {
  const groups = collect(document);
  const [services, all] = await Promise.all([Promise.all(groups.map(summarizeGroup)), serviceKeys()]);
  services.sort((a, b) => a.effect.localeCompare(b.effect) || a.service.localeCompare(b.service));
  return { Services: services, TotalServices: all.length };
}
