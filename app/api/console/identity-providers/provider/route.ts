// GET ?resource=: the provider page (iam:GetSAMLProvider / iam:GetOpenIDConnectProvider).
// DELETE ?resource=: iam:DeleteSAMLProvider / iam:DeleteOpenIDConnectProvider.
import { withConsoleApi } from "@/lib/api/with-console-api";
import { deleteOpenIDConnectProvider, deleteSAMLProvider } from "@/lib/iam/identity-providers/providers";
import { ZResource, arnFor, describeProvider } from "../shared";

/** The API the umbrella action stands for, by the provider's kind (its ARN's resource type). */
function providerTrail(verb: "Get" | "Delete", accountId: string, resource: string) {
  const arn = `arn:aws:iam::${accountId}:${resource}`;
  return resource.startsWith("saml-provider/")
    ? { eventName: `${verb}SAMLProvider`, request: { SAMLProviderArn: arn } }
    : { eventName: `${verb}OpenIDConnectProvider`, request: { OpenIDConnectProviderArn: arn } };
}

export const GET = withConsoleApi({
  action: "iam:GetProvider",
  query: ZResource,
  resource: ({ caller, query }) => `arn:aws:iam::${caller.accountId}:${query.resource}`,
  trail: ({ caller, query }) => providerTrail("Get", caller.accountId, query.resource),
  handler: ({ caller, query }) => describeProvider(caller, query.resource),
});

export const DELETE = withConsoleApi({
  action: "iam:DeleteProvider",
  query: ZResource,
  resource: ({ caller, query }) => `arn:aws:iam::${caller.accountId}:${query.resource}`,
  trail: ({ caller, query }) => providerTrail("Delete", caller.accountId, query.resource),
  handler: async ({ caller, query }) => {
    const { arn, kind } = arnFor(caller, query.resource);
    await (kind === "SAML" ? deleteSAMLProvider(caller, arn) : deleteOpenIDConnectProvider(caller, arn));
    return { ok: true };
  },
});
