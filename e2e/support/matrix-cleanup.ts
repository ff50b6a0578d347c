// Removes every role, user, group, customer managed policy, OIDC provider and Roles Anywhere trust
// anchor or profile whose name carries `marker`, with what hangs off them, through the console's own
// cascading deletes (signed in as the account's admin), so a journey that creates fixtures leaves the shared server as it found it.
import type { APIRequestContext } from "@playwright/test";
import { GetAccountAuthorizationDetailsCommand, ListOpenIDConnectProvidersCommand, type IAMClient } from "@aws-sdk/client-iam";

export async function removeMatrixEntities(iam: IAMClient, adminConsole: APIRequestContext, baseURL: string, marker: string): Promise<void> {
  const d = await iam.send(new GetAccountAuthorizationDetailsCommand({ Filter: ["User", "Role", "Group", "LocalManagedPolicy"] }));
  const providers = (await iam.send(new ListOpenIDConnectProvidersCommand({}))).OpenIDConnectProviderList ?? [];
  const mine = (name?: string) => !!name?.includes(marker);
  const paths = [
    // Entities first (their deletes detach policies), then the policies and providers.
    ...(d.GroupDetailList ?? []).filter((g) => mine(g.GroupName)).map((g) => `/api/console/groups/${g.GroupName}`),
    ...(d.RoleDetailList ?? []).filter((r) => mine(r.RoleName)).map((r) => `/api/console/roles/${r.RoleName}`),
    ...(d.UserDetailList ?? []).filter((u) => mine(u.UserName)).map((u) => `/api/console/users/${u.UserName}`),
    ...(d.Policies ?? []).filter((p) => mine(p.PolicyName)).map((p) => `/api/console/policies/${encodeURIComponent(p.Arn!)}`),
    ...providers
      .filter((p) => mine(p.Arn))
      .map((p) => `/api/console/identity-providers/provider?resource=${encodeURIComponent(p.Arn!.replace(/^arn:aws:iam::\d{12}:/, ""))}`),
  ];
  // Roles Anywhere trust anchors and profiles the run created (the other account's admin may).
  for (const [kind, member] of [["trust-anchors", "trustAnchors"], ["profiles", "profiles"]] as const) {
    const r = await adminConsole.get(`/api/console/rolesanywhere/${kind}`);
    const list = r.ok() ? (((await r.json()) as Record<string, { name: string; trustAnchorId?: string; profileId?: string }[]>)[member] ?? []) : [];
    for (const item of list.filter((i) => mine(i.name))) paths.push(`/api/console/rolesanywhere/${kind}/${item.trustAnchorId ?? item.profileId}`);
  }
  const failed: string[] = [];
  for (const path of paths) {
    const r = await adminConsole.delete(path, { headers: { "content-type": "application/json", origin: baseURL } });
    if (!r.ok()) failed.push(`DELETE ${path} → ${r.status()} ${await r.text()}`);
  }
  if (failed.length) throw new Error(`cleanup left fixtures behind:\n${failed.join("\n")}`);
}
