// UpdateSAMLProvider, UpdateOpenIDConnectProviderThumbprint and the providers' tagging verbs. Each
// authorizes on the provider's ARN before looking it up, like the other provider verbs.
// AWS: https://docs.aws.amazon.com/IAM/latest/APIReference/API_UpdateSAMLProvider.html
// AWS: https://docs.aws.amazon.com/IAM/latest/APIReference/API_UpdateOpenIDConnectProviderThumbprint.html
import { db } from "@/lib/db";
import { authorize } from "@/lib/authz/authorize";
import type { Caller } from "@/lib/authz/caller";
import { ARN_KINDS, parseIamArn } from "@/lib/aws/arn";
import { checkMetadata, checkThumbprints, findOrThrow, type ProviderKind } from "./providers";
import { entityTagging } from "@/lib/iam/tags";

/** Replaces the metadata document (an absent one leaves it as is); answers the provider's ARN. */
export async function updateSAMLProvider(caller: Caller, arn: string, samlMetadataDocument?: string): Promise<{ SAMLProviderArn: string }> {
  parseIamArn(arn, ARN_KINDS.samlProvider);
  await authorize(caller, "iam:UpdateSAMLProvider", arn);
  // [INF] as in CreateSAMLProvider, the document is judged after authorization.
  if (samlMetadataDocument !== undefined) checkMetadata(samlMetadataDocument);
  await findOrThrow(caller.accountId, "SAML", arn);
  if (samlMetadataDocument !== undefined) await db.identityProvider.update({ where: { arn }, data: { samlMetadata: samlMetadataDocument } });
  return { SAMLProviderArn: arn };
}

/** Replaces the whole thumbprint list, as AWS documents. */
export async function updateOpenIDConnectProviderThumbprint(caller: Caller, arn: string, thumbprintList: string[]): Promise<void> {
  checkThumbprints(thumbprintList);
  parseIamArn(arn, ARN_KINDS.oidcProvider);
  await authorize(caller, "iam:UpdateOpenIDConnectProviderThumbprint", arn);
  await findOrThrow(caller.accountId, "OIDC", arn);
  await db.identityProvider.update({ where: { arn }, data: { thumbprints: JSON.stringify(thumbprintList.map((t) => t.toLowerCase())) } });
}

function providerTagging(kind: ProviderKind, quotaName: string, verb: "SAMLProvider" | "OpenIDConnectProvider") {
  const kinds = kind === "SAML" ? ARN_KINDS.samlProvider : ARN_KINDS.oidcProvider;
  return entityTagging(
    "provider",
    quotaName,
    { tag: `iam:Tag${verb}`, untag: `iam:Untag${verb}`, list: `iam:List${verb}Tags` },
    async (caller, action, arn: string, opts) => {
      parseIamArn(arn, kinds);
      await authorize(caller, action, arn, opts);
      return (await findOrThrow(caller.accountId, kind, arn)).arn;
    },
  );
}

// [INF] quota names: AWS documents 50 tags per IAM resource without naming these two quotas.
export const samlProviderTagging = providerTagging("SAML", "TagsPerSAMLProvider", "SAMLProvider");
export const oidcProviderTagging = providerTagging("OIDC", "TagsPerOpenIDConnectProvider", "OpenIDConnectProvider");
