// Console JSON shapes for identity providers: the server's shapes as JSON delivers them.
import type { ProviderDetail as ProviderDetailShape } from "@/app/api/console/identity-providers/shared";
import type { Wire } from "@/lib/api/wire";
import type { ProviderKind, ProviderSummary as ProviderSummaryShape } from "@/lib/iam/identity-providers/providers";

export type ProviderType = ProviderKind;

export type ProviderSummary = Wire<ProviderSummaryShape>;

export type ProviderDetail = Wire<ProviderDetailShape>;

export const TYPE_LABEL: Record<ProviderType, string> = { SAML: "SAML", OIDC: "OpenID Connect" };

/** The ARN's resource part ("oidc-provider/host/path"): how pages and the API address a provider. */
export function resourceOf(arn: string): string {
  return arn.split(":").slice(5).join(":");
}

/** The provider page; each path segment encoded, so a SAML name or an OIDC path stays one route. */
export function providerHref(arn: string): string {
  return `/iam/identity-providers/${resourceOf(arn).split("/").map(encodeURIComponent).join("/")}`;
}
