// GET ?resource=: the provider page (iam:GetSAMLProvider / iam:GetOpenIDConnectProvider).
// DELETE ?resource=: iam:DeleteSAMLProvider / iam:DeleteOpenIDConnectProvider.
import { withConsoleApi } from "@/lib/api/with-console-api";
import { deleteOpenIDConnectProvider, deleteSAMLProvider } from "@/lib/iam/identity-providers/providers";
import { ZResource, arnFor, describeProvider } from "../shared";

export const GET = withConsoleApi({
  action: "iam:GetProvider",
  query: ZResource,
  resource: ({ caller, query }) => `arn:aws:iam::${caller.accountId}:${query.resource}`,
  handler: ({ caller, query }) => describeProvider(caller, query.resource),
});

export const DELETE = withConsoleApi({
  action: "iam:DeleteProvider",
  query: ZResource,
  resource: ({ caller, query }) => `arn:aws:iam::${caller.accountId}:${query.resource}`,
  handler: async ({ caller, query }) => {
    const { arn, kind } = arnFor(caller, query.resource);
    await (kind === "SAML" ? deleteSAMLProvider(caller, arn) : deleteOpenIDConnectProvider(caller, arn));
    return { ok: true };
  },
});
