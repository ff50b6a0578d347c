// A managed policy's "Last Accessed" tab (GenerateServiceLastAccessedDetails on a policy ARN): the
// services the default version allows, and the last call to each by an entity the policy is attached
// to in the caller's account — users directly or through a group, and the sessions of roles. As in
// AWS the report names the entity, not the session, that made the call.
import { db } from "@/lib/db";
import type { Caller } from "@/lib/authz/caller";
import { roleSessionsOf, servicesLastAccessed, type LastAccessedReport, type PrincipalMatch } from "../console/last-accessed";
import { authorizedPolicy } from "./lookup";
import { serverNow } from "@/lib/server-now";

async function attachedPrincipals(accountId: string, policyId: string): Promise<{ principals: PrincipalMatch[]; roleArns: Map<string, string> }> {
  const attached = await db.policyAttachment.findMany({ where: { policyId }, select: { principalType: true, principalId: true } });
  const ids = (type: string) => attached.filter((a) => a.principalType === type).map((a) => a.principalId);
  const [users, groupUsers, roles] = await Promise.all([
    db.user.findMany({ where: { accountId, id: { in: ids("user") } }, select: { arn: true } }),
    db.user.findMany({ where: { accountId, groups: { some: { groupId: { in: ids("group") } } } }, select: { arn: true } }),
    db.role.findMany({ where: { accountId, id: { in: ids("role") } }, select: { name: true, arn: true } }),
  ]);
  const roleArns = new Map<string, string>();
  const principals: PrincipalMatch[] = [...new Set([...users, ...groupUsers].map((u) => u.arn))].map((arn) => ({ arn }));
  for (const r of roles) {
    const sessions = roleSessionsOf(accountId, r.name);
    principals.push(sessions);
    if ("arnPrefix" in sessions) roleArns.set(sessions.arnPrefix, r.arn);
  }
  return { principals, roleArns };
}

export async function policyLastAccessed(caller: Caller, policyArn: string, now = serverNow()): Promise<LastAccessedReport> {
  const policy = await authorizedPolicy(caller, "iam:GenerateServiceLastAccessedDetails", policyArn);
  const [version, { principals, roleArns }] = await Promise.all([
    db.policyVersion.findFirst({ where: { policyId: policy.id, isDefault: true }, select: { document: true } }),
    attachedPrincipals(caller.accountId, policy.id),
  ]);
  const report = await servicesLastAccessed(caller.accountId, [{ name: policy.name, document: version?.document ?? "{}" }], principals, now);
  const entityOf = (arn: string) => {
    for (const [prefix, roleArn] of roleArns) if (arn.startsWith(prefix)) return roleArn;
    return arn;
  };
  return { ...report, Services: report.Services.map((s) => ({ ...s, LastAuthenticatedEntity: s.LastAuthenticatedEntity && entityOf(s.LastAuthenticatedEntity) })) };
}
