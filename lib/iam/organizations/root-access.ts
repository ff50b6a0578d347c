// Centralized root access for member accounts: IAM's two organization features (root credentials
// management, root sessions), enabled and listed by the organization's management account.
// https://docs.aws.amazon.com/IAM/latest/UserGuide/id_root-user.html#id_root-user-access-management
// https://docs.aws.amazon.com/IAM/latest/APIReference/API_EnableOrganizationsRootSessions.html
//
// The sandbox's organization is in "All features" mode (it has SCPs and RCPs), and IAM's trusted
// access in Organizations starts enabled: the sandbox has no Organizations API to turn it on, and
// the IAM console's own "Enable" enables trusted access as part of the same step. Both features
// start disabled, as in a new organization. A delegated administrator for IAM is not modelled (no
// Organizations RegisterDelegatedAdministrator here): only the management account qualifies,
// so CallerIsNotManagementAccountException (a delegated administrator enabling a feature) never arises.
import { db, type Tx } from "@/lib/db";
import { authorize } from "@/lib/authz/authorize";
import type { Caller } from "@/lib/authz/caller";
import { AwsError } from "@/lib/errors";

export const ORG_FEATURES = ["RootCredentialsManagement", "RootSessions"] as const;
export type OrgFeature = (typeof ORG_FEATURES)[number];

export interface RootAccessState {
  trustedAccess: boolean;
  rootCredentialsManagement: boolean;
  rootSessions: boolean;
}

export interface OrganizationRef {
  id: string;
  rootId: string;
  masterAccountId: string;
}

export interface FeaturesResult {
  OrganizationId: string;
  EnabledFeatures: OrgFeature[];
}

const DEFAULT_STATE: RootAccessState = { trustedAccess: true, rootCredentialsManagement: false, rootSessions: false };

// The API reference's descriptions of each error, as the message [INF: AWS documents no message text].
export const ORG_ERRORS = {
  notFound: () => new AwsError("OrganizationNotFoundException", "The request was rejected because no organization is associated with your account."),
  notManagementOrDelegated: () =>
    new AwsError(
      "AccountNotManagementOrDelegatedAdministratorException",
      "The request was rejected because the account making the request is not the management account or delegated administrator account for centralized root access.",
    ),
  serviceAccess: () =>
    new AwsError("ServiceAccessNotEnabledException", "The request was rejected because trusted access is not enabled for IAM in Organizations."),
};

/** The organization an account belongs to, or null outside any organization. */
export async function organizationOf(accountId: string, tx: Tx = db): Promise<OrganizationRef | null> {
  const account = await tx.account.findUnique({ where: { id: accountId }, include: { organization: true } });
  const org = account?.organization;
  return org ? { id: org.id, rootId: org.rootId, masterAccountId: org.masterAccountId } : null;
}

export async function rootAccessState(organizationId: string, tx: Tx = db): Promise<RootAccessState> {
  const row = await tx.orgRootAccess.findUnique({ where: { organizationId } });
  return row ? { trustedAccess: row.trustedAccess, rootCredentialsManagement: row.rootCredentialsManagement, rootSessions: row.rootSessions } : DEFAULT_STATE;
}

export function enabledFeatures(state: RootAccessState): OrgFeature[] {
  return ORG_FEATURES.filter((f) => (f === "RootSessions" ? state.rootSessions : state.rootCredentialsManagement));
}

/**
 * The checks every feature call makes once authorized: an organization, the management account
 * (AWS's order is not documented [INF]: organization, then the caller's standing, then trusted access).
 */
async function managedOrganization(caller: Caller, action: string): Promise<{ org: OrganizationRef; state: RootAccessState }> {
  await authorize(caller, action, "*");
  const org = await organizationOf(caller.accountId);
  if (!org) throw ORG_ERRORS.notFound();
  if (org.masterAccountId !== caller.accountId) throw ORG_ERRORS.notManagementOrDelegated();
  const state = await rootAccessState(org.id);
  if (!state.trustedAccess) throw ORG_ERRORS.serviceAccess();
  return { org, state };
}

/** https://docs.aws.amazon.com/IAM/latest/APIReference/API_ListOrganizationsFeatures.html */
export async function listOrganizationsFeatures(caller: Caller): Promise<FeaturesResult> {
  const { org, state } = await managedOrganization(caller, "iam:ListOrganizationsFeatures");
  return { OrganizationId: org.id, EnabledFeatures: enabledFeatures(state) };
}

const FEATURE_COLUMN = { RootCredentialsManagement: "rootCredentialsManagement", RootSessions: "rootSessions" } as const;

/** Enable/Disable one feature; idempotent [INF]: enabling an enabled feature answers the same list. */
export async function setOrganizationsFeature(caller: Caller, feature: OrgFeature, enabled: boolean): Promise<FeaturesResult> {
  const action = `iam:${enabled ? "Enable" : "Disable"}Organizations${feature === "RootSessions" ? "RootSessions" : "RootCredentialsManagement"}`;
  const { org } = await managedOrganization(caller, action);
  const column = FEATURE_COLUMN[feature];
  const row = await db.orgRootAccess.upsert({
    where: { organizationId: org.id },
    create: { organizationId: org.id, [column]: enabled },
    update: { [column]: enabled },
  });
  return { OrganizationId: org.id, EnabledFeatures: enabledFeatures(row) };
}
