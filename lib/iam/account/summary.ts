// GetAccountSummary: the account's entity counts, from its rows, beside IAM's quotas for them.
// AWS: https://docs.aws.amazon.com/IAM/latest/APIReference/API_GetAccountSummary.html
import { db } from "@/lib/db";
import { authorize } from "@/lib/authz/authorize";
import type { Caller } from "@/lib/authz/caller";
import { ACCESS_KEYS_PER_USER } from "@/lib/iam/access-keys/keys";
import { GROUPS_PER_ACCOUNT, GROUPS_PER_USER, POLICIES_PER_GROUP } from "../groups";
import { QUOTAS } from "../quotas";
import { SIGNING_CERTIFICATES_PER_USER } from "../signing-certificates";
import { POLICIES_PER_USER } from "@/lib/iam/users/attached";
import { USERS_PER_ACCOUNT } from "@/lib/iam/users/crud";

/** IAM's fixed sizes (characters) and per-entity quotas that this sandbox does not otherwise enforce. */
const FIXED = {
  UserPolicySizeQuota: 2048,
  GroupPolicySizeQuota: 5120,
  PolicyVersionsInUseQuota: 10000,
};

export async function getAccountSummary(caller: Caller): Promise<{ SummaryMap: Map<string, number> }> {
  await authorize(caller, "iam:GetAccountSummary", "*");
  const accountId = caller.accountId;
  const [account, users, groups, roles, policies, versions, profiles, providers, devices, inUse, rootDevices, rootKeys, serverCertificates, rootCertificates] = await Promise.all([
    db.account.findUnique({ where: { id: accountId }, select: { stsGlobalEndpointTokenVersion: true } }),
    db.user.count({ where: { accountId } }),
    db.group.count({ where: { accountId } }),
    db.role.count({ where: { accountId } }),
    db.managedPolicy.count({ where: { accountId } }),
    db.policyVersion.count({ where: { policy: { accountId } } }),
    db.instanceProfile.count({ where: { accountId } }),
    db.identityProvider.count({ where: { accountId } }),
    db.mfaDevice.count({ where: { accountId } }),
    db.mfaDevice.count({ where: { accountId, OR: [{ userId: { not: null } }, { enabledAt: { not: null } }] } }),
    db.mfaDevice.count({ where: { accountId, userId: null, enabledAt: { not: null } } }),
    db.accessKey.count({ where: { accountId, userId: null } }),
    db.serverCertificate.count({ where: { accountId } }),
    db.signingCertificate.count({ where: { accountId, userId: null } }),
  ]);
  // A map on the wire (<entry><key/><value/></entry>), keys in alphabetical order.
  const map: Record<string, number> = {
    AccessKeysPerUserQuota: ACCESS_KEYS_PER_USER,
    AccountAccessKeysPresent: rootKeys > 0 ? 1 : 0,
    AccountMFAEnabled: rootDevices > 0 ? 1 : 0,
    // Every sandbox root signs in with a password.
    AccountPasswordPresent: 1,
    AccountSigningCertificatesPresent: rootCertificates > 0 ? 1 : 0,
    AssumeRolePolicySizeQuota: QUOTAS.trustPolicySize,
    AttachedPoliciesPerGroupQuota: POLICIES_PER_GROUP,
    AttachedPoliciesPerRoleQuota: QUOTAS.policiesPerRole,
    AttachedPoliciesPerUserQuota: POLICIES_PER_USER,
    GlobalEndpointTokenVersion: account?.stsGlobalEndpointTokenVersion === "v2Token" ? 2 : 1,
    GroupPolicySizeQuota: FIXED.GroupPolicySizeQuota,
    Groups: groups,
    GroupsPerUserQuota: GROUPS_PER_USER,
    GroupsQuota: GROUPS_PER_ACCOUNT,
    InstanceProfiles: profiles,
    InstanceProfilesQuota: QUOTAS.instanceProfilesPerAccount,
    MFADevices: devices,
    MFADevicesInUse: inUse,
    Policies: policies,
    PoliciesQuota: QUOTAS.policiesPerAccount,
    PolicySizeQuota: QUOTAS.managedPolicySize,
    PolicyVersionsInUse: versions,
    PolicyVersionsInUseQuota: FIXED.PolicyVersionsInUseQuota,
    Providers: providers,
    RolePolicySizeQuota: QUOTAS.inlinePolicyBytesPerRole,
    Roles: roles,
    RolesQuota: QUOTAS.rolesPerAccount,
    ServerCertificates: serverCertificates,
    ServerCertificatesQuota: QUOTAS.serverCertificatesPerAccount,
    SigningCertificatesPerUserQuota: SIGNING_CERTIFICATES_PER_USER,
    UserPolicySizeQuota: FIXED.UserPolicySizeQuota,
    Users: users,
    UsersQuota: USERS_PER_ACCOUNT,
    VersionsPerPolicyQuota: QUOTAS.policyVersions,
  };
  return { SummaryMap: new Map(Object.entries(map)) };
}
