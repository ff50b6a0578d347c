// Account properties (GetAccountProperties / PutAccountProperties): account-wide IAM settings such as
// Role Manager, as `Namespace/PropertyName` keys. An account that never set one has none.
// https://docs.aws.amazon.com/IAM/latest/APIReference/API_PutAccountProperties.html
import { authorize } from "@/lib/authz/authorize";
import type { Caller } from "@/lib/authz/caller";
import { db } from "@/lib/db";
import { AwsError } from "@/lib/errors";

/**
 * The properties the service knows, with the check on their values ("boolean properties expect true
 * or false"). [INF] AWS does not publish the property names; Role Manager's switch is RoleManager/Enabled.
 */
export const ACCOUNT_PROPERTIES: Record<string, (value: string) => boolean> = {
  "RoleManager/Enabled": (v) => v === "true" || v === "false",
};

export const ROLE_MANAGER_ENABLED = "RoleManager/Enabled";

function invalid(message: string): AwsError {
  return new AwsError("InvalidInput", message);
}

export async function getAccountProperties(caller: Caller): Promise<{ Properties: Map<string, string> }> {
  await authorize(caller, "iam:GetAccountProperties", "*");
  const rows = await db.accountProperty.findMany({ where: { accountId: caller.accountId }, orderBy: { key: "asc" } });
  return { Properties: new Map(rows.map((r) => [r.key, r.value])) };
}

/** "All properties in a single request must belong to the same namespace"; "exactly one /". */
export async function putAccountProperties(caller: Caller, properties: Map<string, string>): Promise<void> {
  const keys = [...properties.keys()];
  const namespaces = new Set<string>();
  for (const key of keys) {
    const parts = key.split("/");
    if (parts.length !== 2 || !parts[0] || !parts[1]) {
      throw invalid(`Property key ${key} must have the form Namespace/PropertyName, with exactly one '/'.`); // [INF] wording
    }
    namespaces.add(parts[0]);
  }
  await authorize(caller, "iam:PutAccountProperties", "*", { context: { "iam:AccountPropertyNamespaces": [...namespaces] } });
  if (namespaces.size > 1) throw invalid("All properties in a request must belong to the same namespace."); // [INF] wording
  for (const [key, value] of properties) {
    const check = ACCOUNT_PROPERTIES[key];
    if (!check) throw invalid(`Unknown account property: ${key}.`); // [INF] wording
    if (!check(value)) throw invalid(`Invalid value for account property ${key}: ${value}.`); // [INF] wording
  }
  await db.$transaction(async (tx) => {
    for (const [key, value] of properties) {
      await tx.accountProperty.upsert({
        where: { accountId_key: { accountId: caller.accountId, key } },
        create: { accountId: caller.accountId, key, value },
        update: { value },
      });
    }
  });
}

/** Whether Role Manager is on for the account (off until PutAccountProperties turns it on) [INF]. */
export async function roleManagerEnabled(accountId: string): Promise<boolean> {
  const row = await db.accountProperty.findUnique({ where: { accountId_key: { accountId, key: ROLE_MANAGER_ENABLED } } });
  return row?.value === "true";
}
