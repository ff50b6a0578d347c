// GET: the "Identity providers" table (iam:ListSAMLProviders + iam:ListOpenIDConnectProviders).
// POST: Add provider — CreateSAMLProvider (name + metadata) or CreateOpenIDConnectProvider (URL + audience).
import { z } from "zod";
import { withConsoleApi } from "@/lib/api/with-console-api";
import { createOpenIDConnectProvider, createSAMLProvider, listIdentityProviders } from "@/lib/iam/identity-providers/providers";

export const GET = withConsoleApi({
  action: "iam:ListOpenIDConnectProviders",
  handler: ({ caller }) => listIdentityProviders(caller),
});

// Length and format rules are checked in lib/iam so the console and the CLI answer the same message.
const ZCreate = z.discriminatedUnion("type", [
  z.object({ type: z.literal("SAML"), name: z.string().max(1024), metadataDocument: z.string().max(10_000_001) }).strict(),
  z.object({ type: z.literal("OIDC"), url: z.string().max(2048), audience: z.string().max(1024) }).strict(),
]);

export const POST = withConsoleApi({
  action: "iam:CreateProvider",
  body: ZCreate,
  resource: ({ caller, body }) =>
    body.type === "SAML" ? `arn:aws:iam::${caller.accountId}:saml-provider/${body.name}` : `arn:aws:iam::${caller.accountId}:oidc-provider/${body.url.replace(/^https:\/\//i, "")}`,
  trail: ({ body }) =>
    body.type === "SAML"
      ? { eventName: "CreateSAMLProvider", request: { Name: body.name, SAMLMetadataDocument: body.metadataDocument } }
      : { eventName: "CreateOpenIDConnectProvider", request: { Url: body.url, ClientIDList: [body.audience] } },
  handler: async ({ caller, body }) => {
    if (body.type === "SAML") {
      const r = await createSAMLProvider(caller, { name: body.name, samlMetadataDocument: body.metadataDocument });
      return { Arn: r.SAMLProviderArn };
    }
    const r = await createOpenIDConnectProvider(caller, { url: body.url, clientIdList: [body.audience] });
    return { Arn: r.OpenIDConnectProviderArn };
  },
});
