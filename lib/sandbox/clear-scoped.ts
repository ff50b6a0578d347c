// One sandbox's rows, when others share the store (SANDBOX_MODE=multi): its accounts' entities and
// their children, its organization and org policies. Rows keyed by a principal or policy id (tags,
// inline policies, attachments) go by the ids this sandbox owns; other sandboxes' rows are untouched.
// Throttle rows and Last Accessed reports are left to expire (they name no sandbox).
import type { Tx } from "@/lib/db";

export async function clearScopedSandbox(db: Tx, sandboxId: string): Promise<void> {
  const [accounts, orgs] = await Promise.all([
    db.account.findMany({ where: { sandboxId }, select: { id: true } }),
    db.organization.findMany({ where: { sandboxId }, select: { id: true } }),
  ]);
  const accountId = { in: accounts.map((a) => a.id) };
  const organizationId = { in: orgs.map((o) => o.id) };
  const [users, roles, groups, policies, profiles, providers] = await Promise.all([
    db.user.findMany({ where: { accountId }, select: { id: true } }),
    db.role.findMany({ where: { accountId }, select: { id: true } }),
    db.group.findMany({ where: { accountId }, select: { id: true } }),
    db.managedPolicy.findMany({ where: { accountId }, select: { id: true } }),
    db.instanceProfile.findMany({ where: { accountId }, select: { id: true } }),
    db.identityProvider.findMany({ where: { accountId }, select: { arn: true } }),
  ]);
  const ids = (rows: { id: string }[]) => rows.map((r) => r.id);
  const principals = [...ids(users), ...ids(roles), ...ids(groups)];
  const tagOwners = [...principals, ...ids(policies), ...ids(profiles), ...providers.map((p) => p.arn)];
  await db.activityEvent.deleteMany({ where: { accountId } });
  // IAM Roles Anywhere (lib/rolesanywhere/): the accounts' anchors, profiles, subjects and their tags.
  const raSubjects = await db.raSubject.findMany({ where: { accountId }, select: { id: true } });
  await db.raSubjectCredential.deleteMany({ where: { subjectId: { in: ids(raSubjects) } } });
  await db.raSubject.deleteMany({ where: { accountId } });
  await db.raTag.deleteMany({ where: { accountId } });
  await db.raCrl.deleteMany({ where: { accountId } });
  await db.raProfile.deleteMany({ where: { accountId } });
  await db.raTrustAnchor.deleteMany({ where: { accountId } });
  await db.stsSession.deleteMany({ where: { accountId } });
  await db.slrDeletionTask.deleteMany({ where: { roleId: { in: ids(roles) } } });
  await db.tag.deleteMany({ where: { ownerId: { in: tagOwners } } });
  await db.inlinePolicy.deleteMany({ where: { ownerId: { in: principals } } });
  await db.policyAttachment.deleteMany({ where: { OR: [{ principalId: { in: principals } }, { policyId: { in: ids(policies) } }] } });
  await db.instanceProfile.deleteMany({ where: { accountId } });
  await db.identityProvider.deleteMany({ where: { accountId } });
  await db.groupMembership.deleteMany({ where: { OR: [{ userId: { in: ids(users) } }, { groupId: { in: ids(groups) } }] } });
  await db.mfaDevice.deleteMany({ where: { accountId } });
  await db.accessKey.deleteMany({ where: { accountId } });
  await db.passwordHistory.deleteMany({ where: { userId: { in: ids(users) } } });
  await db.passwordPolicy.deleteMany({ where: { accountId } });
  await db.credentialReport.deleteMany({ where: { accountId } });
  await db.group.deleteMany({ where: { accountId } });
  await db.user.deleteMany({ where: { accountId } });
  await db.role.deleteMany({ where: { accountId } });
  await db.managedPolicy.deleteMany({ where: { accountId } });
  await db.orgRootAccess.deleteMany({ where: { organizationId } });
  await db.orgPolicyAttachment.deleteMany({ where: { OR: [{ targetId: accountId }, { policy: { organizationId } }] } });
  await db.orgPolicy.deleteMany({ where: { organizationId } });
  await db.account.deleteMany({ where: { sandboxId } });
  await db.organization.deleteMany({ where: { sandboxId } });
}
