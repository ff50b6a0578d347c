// Action checks against the catalogue: unknown services and actions, patterns that match nothing,
// redundant entries, and the iam:PassRole / iam:CreateServiceLinkedRole breadth warnings.
import { actionPatternRegex, closest, loadService, peekService, serviceKeys } from "@/lib/policy/catalog";
import type { PolicyType } from "@/lib/policy/types";
import { conditionKeyNames, type Item, type StatementView } from "./document";
import type { Reporter } from "./findings";

/** What one Action entry stands for once checked: every action ("*"), or a set within one service. */
export interface ResolvedAction {
  item: Item;
  all: boolean;
  service: string;
  /** Lower-cased action names matched (empty for `all`). */
  names: Set<string>;
  wildcard: boolean;
}

const WILD = /[*?]/;

export async function prefetchServices(statements: StatementView[]): Promise<void> {
  const prefixes = new Set<string>();
  for (const s of statements) {
    for (const it of [...(s.action?.items ?? []), ...(s.notAction?.items ?? [])]) {
      const colon = it.value.indexOf(":");
      if (colon > 0 && !WILD.test(it.value.slice(0, colon))) prefixes.add(it.value.slice(0, colon).toLowerCase());
    }
  }
  await serviceKeys();
  await Promise.all([...prefixes].map(loadService));
}

/** Checks every Action/NotAction entry; returns the resolved Action entries per statement index. */
export async function checkActions(statements: StatementView[], r: Reporter): Promise<Map<number, ResolvedAction[]>> {
  await prefetchServices(statements);
  const allServices = await serviceKeys();
  const out = new Map<number, ResolvedAction[]>();
  for (const s of statements) {
    const resolved: ResolvedAction[] = [];
    for (const it of s.action?.items ?? []) {
      const ra = resolveItem(it, allServices, r);
      if (ra) resolved.push(ra);
    }
    for (const it of s.notAction?.items ?? []) resolveItem(it, allServices, r);
    out.set(s.index, resolved);
    reportRedundant(resolved, r);
  }
  return out;
}

function resolveItem(it: Item, allServices: string[], r: Reporter): ResolvedAction | undefined {
  const text = it.value;
  if (text === "*") return { item: it, all: true, service: "*", names: new Set(), wildcard: true };
  const parts = text.split(":");
  if (parts.length !== 2 || parts[0] === "" || parts[1] === "") {
    r.add("INVALID_ACTION", `The action ${text} does not exist.`, it.path, it.node);
    return undefined;
  }
  const [svc, name] = parts;
  const service = WILD.test(svc) ? undefined : peekService(svc);
  if (!service) {
    const guess = WILD.test(svc) ? undefined : closest(svc, allServices);
    r.add("INVALID_SERVICE_IN_ACTION", `The service ${text} specified in the action does not exist.${guess ? ` Did you mean ${guess}?` : ""}`, it.path, it.node);
    return undefined;
  }
  const names = new Set<string>();
  if (WILD.test(name)) {
    const re = actionPatternRegex(name);
    for (const lower of service.actions.keys()) if (re.test(lower)) names.add(lower);
  } else if (service.actions.has(name.toLowerCase())) names.add(name.toLowerCase());
  if (names.size === 0) {
    const guess = WILD.test(name) ? undefined : closest(name, service.actions.values());
    r.add("INVALID_ACTION", `The action ${text} does not exist.${guess ? ` Did you mean ${service.prefix}:${guess}?` : ""}`, it.path, it.node);
    return undefined;
  }
  return { item: it, all: false, service: service.prefix, names, wildcard: WILD.test(name) };
}

function covers(outer: ResolvedAction, inner: ResolvedAction): boolean {
  if (outer.all) return true;
  if (inner.all || outer.service !== inner.service || outer.names.size < inner.names.size) return false;
  for (const n of inner.names) if (!outer.names.has(n)) return false;
  return true;
}

function reportRedundant(resolved: ResolvedAction[], r: Reporter): void {
  const byService = new Map<string, number[]>();
  resolved.forEach((ra, i) => {
    const list = byService.get(ra.service) ?? [];
    list.push(i);
    byService.set(ra.service, list);
  });
  const stars = byService.get("*") ?? [];
  const redundant: ResolvedAction[] = [];
  resolved.forEach((e, i) => {
    const rivals = e.all ? stars : [...stars, ...(byService.get(e.service) ?? [])];
    // An entry is redundant when another covers it; of two equal entries the later one goes.
    const hit = rivals.some((j) => j !== i && covers(resolved[j], e) && (j < i || !covers(e, resolved[j])));
    if (hit) redundant.push(e);
  });
  for (const e of redundant) {
    r.add("REDUNDANT_ACTION", `The ${redundant.length} action(s) are redundant because they provide similar permissions. Update the policy to remove the redundant action such as: ${e.item.value}.`, e.item.path, e.item.node);
  }
}

const IDENTITY_TYPES: ReadonlySet<PolicyType> = new Set(["identity", "boundary", "session"]);

/** iam:PassRole and iam:CreateServiceLinkedRole granted on every role. */
export function checkBroadIamGrants(statements: StatementView[], resolved: Map<number, ResolvedAction[]>, type: PolicyType, r: Reporter): void {
  if (!IDENTITY_TYPES.has(type)) return;
  for (const s of statements) {
    if (s.effect !== "Allow") continue;
    const conditionKeys = conditionKeyNames(s);
    for (const [action, exemptKey, prefix] of [
      ["passrole", "iam:passedtoservice", "PASS_ROLE"],
      ["createservicelinkedrole", "iam:awsservicename", "CREATE_SLR"],
    ] as const) {
      if (conditionKeys.has(exemptKey)) continue;
      const pr = prefix === "PASS_ROLE";
      const what = pr ? "be overly permissive because it" : "allow creation of unintended service-linked roles because it";
      const fix = pr ? "specify resource ARNs or add the iam:PassedToService condition key to your statement" : "specify resource ARNs instead";
      const starResource = s.resource?.items.find((it) => isStarRoleResource(it.value));
      if (s.action) {
        const grants = (resolved.get(s.index) ?? []).filter((ra) => ra.all || (ra.service === "iam" && ra.names.has(action)));
        if (grants.length === 0) continue;
        const literal = grants.some((g) => !g.wildcard);
        if (starResource) {
          if (literal) {
            const details = pr
              ? `Using the iam:PassRole action with wildcards (*) in the resource can ${what} allows iam:PassRole permissions on multiple resources. We recommend that you ${fix}.`
              : "Using the iam:CreateServiceLinkedRole action with wildcards (*) in the resource can allow creation of unintended service-linked roles. We recommend that you specify resource ARNs instead.";
            r.add(`${prefix}_WITH_STAR_IN_RESOURCE`, details, starResource.path, starResource.node);
          } else {
            r.add(`${prefix}_WITH_STAR_IN_ACTION_AND_RESOURCE`, `Using wildcards (*) in the action and the resource can ${what} allows iam:${pr ? "PassRole" : "CreateServiceLinkedRole"} permissions on all resources. We recommend that you ${fix}.`, starResource.path, starResource.node);
          }
        } else if (s.notResource) {
          const verb = pr ? "iam:PassRole" : "iam:CreateServiceLinkedRole";
          const details = pr
            ? `Using the ${verb} action with NotResource can be overly permissive because it can allow ${verb} permissions on multiple resources. We recommend that you specify resource ARNs instead.`
            : `Using the ${verb} action with NotResource can allow creation of unintended service-linked roles for multiple resources. We recommend that you specify resource ARNs instead.`;
          r.add(`${prefix}_WITH_NOT_RESOURCE`, details, s.notResource.path, s.notResource.node);
        }
      } else if (s.notAction && starResource) {
        const excluded = s.notAction.items.some((it) => it.value === "*" || actionPatternRegex(it.value).test(`iam:${action}`));
        if (!excluded) {
          r.add(`${prefix}_WITH_STAR_IN_RESOURCE_AND_NOT_ACTION`, `Using a resource with wildcards (*) and NotAction can ${what} allows iam:${pr ? "PassRole" : "CreateServiceLinkedRole"} permissions on all resources. We recommend that you ${fix}.`, starResource.path, starResource.node);
        }
      }
    }
  }
}

function isStarRoleResource(value: string): boolean {
  return value === "*" || /^arn:[^:]*:iam::[^:]*:(role\/)?\*$/.test(value);
}
