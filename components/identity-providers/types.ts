// Console JSON shapes for identity providers (dates arrive as ISO strings).
export type ProviderType = "SAML" | "OIDC";

export interface ProviderSummary {
  Arn: string;
  Name: string;
  Type: ProviderType;
  CreateDate: string;
}

export interface ProviderDetail extends ProviderSummary {
  ValidUntil?: string;
  ClientIDList?: string[];
  ThumbprintList?: string[];
}

export const TYPE_LABEL: Record<ProviderType, string> = { SAML: "SAML", OIDC: "OpenID Connect" };

/** The ARN's resource part ("oidc-provider/host/path"): how pages and the API address a provider. */
export function resourceOf(arn: string): string {
  return arn.split(":").slice(5).join(":");
}

/** The provider page; each path segment encoded, so a SAML name or an OIDC path stays one route. */
export function providerHref(arn: string): string {
  return `/iam/identity-providers/${resourceOf(arn).split("/").map(encodeURIComponent).join("/")}`;
}
