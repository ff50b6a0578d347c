// Resource ARN checks: ARN syntax, the ARN against its own service's resource types, and whether
// any action of the statement can apply to it at all.
import { actionDetails, resourceTypes, serviceExists, type ResourceTypeInfo } from "@/lib/policy/catalog";
import type { ResolvedAction } from "./actions";
import type { Item, StatementView } from "./document";
import type { Reporter } from "./findings";

const PARTITIONS = ["aws", "aws-cn", "aws-us-gov", "aws-iso", "aws-iso-b", "aws-iso-e", "aws-iso-f", "aws-eusc"];
const WILD = /[*?]/;
const IAM_RESOURCE = /^(\*|root|(user|federated-user|role|group|instance-profile|mfa|server-certificate|policy|sms-mfa|saml-provider|oidc-provider|report|access-report|assumed-role|delegation-request|role-template)\/.*|[a-z-]*\*.*)$/;

interface Arn { partition: string; service: string; region: string; account: string; resource: string }
interface Template extends Arn { typeKey: string; regex: RegExp; literalPrefix: string }

/** Policy variables stand for unknown text, so they are analysed as wildcards. */
const unvariable = (s: string) => s.replace(/\$\{[^}]*\}/g, "*");

function splitArn(value: string): Arn | undefined {
  const parts = value.split(":");
  if (parts.length < 6) return undefined;
  const [, partition, service, region, account] = parts;
  return { partition, service, region, account, resource: parts.slice(5).join(":") };
}

const templates = new Map<string, Template[]>();

function compileTemplate(rt: ResourceTypeInfo): Template | undefined {
  const arn = splitArn(rt.arn);
  if (!arn) return undefined;
  const literalPrefix = arn.resource.split("${")[0];
  const body = arn.resource
    .split(/\$\{[^}]*\}/)
    .map((lit) => lit.replace(/[.*+?^$()|[\]\\{}]/g, "\\$&"))
    .join(".*");
  return { ...arn, typeKey: rt.key, regex: new RegExp(`^${body}$`), literalPrefix };
}

async function templatesFor(service: string): Promise<Template[]> {
  let t = templates.get(service);
  if (!t) {
    t = (await resourceTypes(service)).map(compileTemplate).filter((x): x is Template => !!x);
    templates.set(service, t);
  }
  return t;
}

/** Could the (possibly wildcarded) resource part name a resource of this template's shape? */
function resourceFits(t: Template, resource: string): boolean {
  if (!WILD.test(resource)) return t.regex.test(resource);
  const prefix = resource.split(/[*?]/)[0];
  return prefix.startsWith(t.literalPrefix) || t.literalPrefix.startsWith(prefix);
}

export async function checkResources(statements: StatementView[], resolved: Map<number, ResolvedAction[]>, r: Reporter): Promise<void> {
  for (const s of statements) {
    for (const it of [...(s.resource?.items ?? []), ...(s.notResource?.items ?? [])]) {
      const arn = await checkArn(it, r);
      if (arn && s.resource?.items.includes(it)) await checkActionFit(it, arn, resolved.get(s.index) ?? [], r);
    }
  }
}

async function checkArn(it: Item, r: Reporter): Promise<Arn | undefined> {
  const value = unvariable(it.value);
  if (value === "*") return undefined;
  if (!value.startsWith("arn:")) {
    r.add("INVALID_ARN_PREFIX", "Add the required prefix (arn) to the resource ARN.", it.path, it.node);
    return undefined;
  }
  const arn = splitArn(value);
  if (!arn) {
    r.add("MISSING_ARN_FIELD", "Resource ARNs must include at least 6 fields in the following structure: arn:partition:service:region:account:resource", it.path, it.node);
    return undefined;
  }
  if (WILD.test(arn.service)) return undefined;
  if (arn.service !== arn.service.toLowerCase()) {
    r.add("INVALID_ARN_SERVICE_CASE", `Update the service name ${arn.service} in the resource ARN to use all lowercase letters.`, it.path, it.node);
    return undefined;
  }
  if (!WILD.test(arn.partition) && !PARTITIONS.includes(arn.partition)) {
    r.add("INVALID_PARTITION", `The resource ARN for the service ${arn.service} does not support the partition ${arn.partition}. Use the supported values: ${PARTITIONS.join(", ")}`, it.path, it.node);
  }
  if (arn.account !== "" && !WILD.test(arn.account) && !/^\d{12}$/.test(arn.account) && arn.account !== "aws") {
    r.add("INVALID_ARN_ACCOUNT", `The resource ARN account ID ${arn.account} is not valid. Provide a 12-digit account ID.`, it.path, it.node);
  }
  if (!(await serviceExists(arn.service))) return arn;
  const all = (await templatesFor(arn.service)).filter((t) => t.service === arn.service);
  if (all.length === 0) return arn;
  const fits = all.filter((t) => resourceFits(t, arn.resource));
  if (fits.length === 0) {
    // The catalogue misses resource forms IAM accepts (arn:aws:iam::*:root, older type names), so a
    // non-matching ARN is an error only where the format is closed: IAM's own resources.
    if (arn.service === "iam" && !IAM_RESOURCE.test(arn.resource)) {
      r.add("INVALID_ARN_RESOURCE", "Resource ARN does not match the expected ARN format. Update the resource portion of the ARN.", it.path, it.node);
    }
    return arn;
  }
  if (arn.region === "" && fits.every((t) => t.region !== "")) {
    r.add("MISSING_ARN_REGION", `Add a Region to the ${arn.service} resource ARN.`, it.path, it.node);
  } else if (arn.region !== "" && !WILD.test(arn.region) && fits.every((t) => t.region === "")) {
    r.add("ARN_REGION_NOT_ALLOWED", `The service ${arn.service} does not support specifying a Region in the resource ARN.`, it.path, it.node);
  }
  if (arn.account !== "" && !WILD.test(arn.account) && fits.every((t) => t.account === "")) {
    r.add("ARN_ACCOUNT_NOT_ALLOWED", `The service ${arn.service} does not support specifying an account ID in the resource ARN.`, it.path, it.node);
  }
  return arn;
}

/**
 * Flags an ARN of a service that no action of the statement can act on (s3:GetObject on an IAM role).
 * Finer resource-type mismatches are left alone: AWS's own managed policies are full of them, and
 * they are harmless (the pair simply never matches a request).
 */
async function checkActionFit(it: Item, arn: Arn, actions: ResolvedAction[], r: Reporter): Promise<void> {
  if (actions.length === 0 || actions.some((a) => a.all || a.service === arn.service)) return;
  const names = actions.flatMap((a) => [...a.names].map((n) => [a.service, n] as const));
  const infos = await Promise.all(names.map(([svc, n]) => actionDetails(svc, n)));
  let anyResourceType = false;
  for (const info of infos) {
    if (!info) return;
    for (const rt of info.resourceTypes) {
      anyResourceType = true;
      const tpl = (await templatesFor(info.service)).find((t) => t.typeKey === rt.name);
      if (!tpl || tpl.service === arn.service || WILD.test(tpl.service)) return;
    }
  }
  // Actions that only take "*" are a different (and common) slip; not this check.
  if (!anyResourceType) return;
  const shown = actions.map((a) => a.item.value).join(", ");
  r.add("ACTION_RESOURCE_MISMATCH", `No action in this statement (${shown}) applies to ${arn.service} resources, so the statement has no effect on ${it.value}. Specify a resource ARN that these actions support.`, it.path, it.node);
}
