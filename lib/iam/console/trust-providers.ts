// The identity providers the wizard's Web identity and SAML selects offer: the account's OIDC and
// SAML providers, each list authorized as its own List call. A denied list is shown empty rather
// than failing the whole wizard (the console does the same: the select just has no entries).
import { db } from "@/lib/db";
import { authorize } from "@/lib/authz/authorize";
import type { Caller } from "@/lib/authz/caller";
import { isAwsError } from "@/lib/errors";
import { parseStoredList } from "@/lib/iam/identity-providers/providers";

export interface OidcProviderOption {
  arn: string;
  host: string;
  clientIds: string[];
}

export interface SamlProviderOption {
  arn: string;
  name: string;
}

export interface TrustProviders {
  oidc: OidcProviderOption[];
  saml: SamlProviderOption[];
}

async function allowed(caller: Caller, action: string): Promise<boolean> {
  try {
    await authorize(caller, action, "*");
    return true;
  } catch (e) {
    if (isAwsError(e) && e.code === "AccessDenied") return false;
    throw e;
  }
}

export async function listTrustProviders(caller: Caller): Promise<TrustProviders> {
  const [oidcOk, samlOk] = [await allowed(caller, "iam:ListOpenIDConnectProviders"), await allowed(caller, "iam:ListSAMLProviders")];
  const kinds = [...(oidcOk ? ["OIDC"] : []), ...(samlOk ? ["SAML"] : [])];
  const rows = kinds.length
    ? await db.identityProvider.findMany({ where: { accountId: caller.accountId, kind: { in: kinds } }, orderBy: { name: "asc" } })
    : [];
  return {
    oidc: rows.filter((r) => r.kind === "OIDC").map((r) => ({ arn: r.arn, host: r.name, clientIds: parseStoredList(r.clientIds) })),
    saml: rows.filter((r) => r.kind === "SAML").map((r) => ({ arn: r.arn, name: r.name })),
  };
}
