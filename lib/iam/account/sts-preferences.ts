// SetSecurityTokenServicePreferences: which tokens the global STS endpoint issues for the account
// (v1Token: valid in regions enabled by default; v2Token: valid in all regions). GetAccountSummary
// reports it as GlobalEndpointTokenVersion 1 or 2.
// AWS: https://docs.aws.amazon.com/IAM/latest/APIReference/API_SetSecurityTokenServicePreferences.html
import { db } from "@/lib/db";
import { authorize } from "@/lib/authz/authorize";
import type { Caller } from "@/lib/authz/caller";

export const TOKEN_VERSIONS = ["v1Token", "v2Token"] as const;
export type GlobalEndpointTokenVersion = (typeof TOKEN_VERSIONS)[number];

export async function setSecurityTokenServicePreferences(caller: Caller, version: GlobalEndpointTokenVersion): Promise<void> {
  await authorize(caller, "iam:SetSecurityTokenServicePreferences", "*");
  await db.account.update({ where: { id: caller.accountId }, data: { stsGlobalEndpointTokenVersion: version } });
}
