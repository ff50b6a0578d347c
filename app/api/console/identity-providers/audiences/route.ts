// POST ?resource= { clientId }: iam:AddClientIDToOpenIDConnectProvider.
// DELETE ?resource=&clientId=: iam:RemoveClientIDFromOpenIDConnectProvider.
import { z } from "zod";
import { withConsoleApi } from "@/lib/api/with-console-api";
import { addClientIDToOpenIDConnectProvider, removeClientIDFromOpenIDConnectProvider } from "@/lib/iam/identity-providers/providers";
import { ZResource, arnFor } from "../shared";

export const POST = withConsoleApi({
  action: "iam:AddClientIDToOpenIDConnectProvider",
  query: ZResource,
  body: z.object({ clientId: z.string().max(1024) }).strict(),
  resource: ({ caller, query }) => `arn:aws:iam::${caller.accountId}:${query.resource}`,
  handler: async ({ caller, query, body }) => {
    await addClientIDToOpenIDConnectProvider(caller, arnFor(caller, query.resource).arn, body.clientId);
    return { ok: true };
  },
});

export const DELETE = withConsoleApi({
  action: "iam:RemoveClientIDFromOpenIDConnectProvider",
  query: ZResource.extend({ clientId: z.string().max(1024) }).strict(),
  resource: ({ caller, query }) => `arn:aws:iam::${caller.accountId}:${query.resource}`,
  handler: async ({ caller, query }) => {
    await removeClientIDFromOpenIDConnectProvider(caller, arnFor(caller, query.resource).arn, query.clientId);
    return { ok: true };
  },
});
