// A CRL's row on its trust anchor's page. PATCH {enabled}: EnableCrl / DisableCrl. DELETE: DeleteCrl.
import { z } from "zod";
import { withConsoleApi } from "@/lib/api/with-console-api";
import { deleteCrl, disableCrl, enableCrl, raArn } from "@/lib/rolesanywhere";
import { ZId } from "../../shared";

const arn = ({ caller, params }: { caller: { accountId: string }; params: { id: string } }) => raArn(caller.accountId, "crl", params.id);

export const PATCH = withConsoleApi({
  // EnableCrl or DisableCrl, by the body: one label for the activity log, the real one for CloudTrail.
  action: "rolesanywhere:SetCrlEnabled",
  params: ZId,
  body: z.object({ enabled: z.boolean() }).strict(),
  resource: arn,
  trail: ({ params, body }) => ({ eventName: `${body.enabled ? "Enable" : "Disable"}Crl`, request: { CrlId: params.id } }),
  handler: ({ caller, params, body }) => (body.enabled ? enableCrl(caller, params.id) : disableCrl(caller, params.id)),
});

export const DELETE = withConsoleApi({
  action: "rolesanywhere:DeleteCrl",
  params: ZId,
  resource: arn,
  trail: ({ params }) => ({ request: { CrlId: params.id } }),
  handler: ({ caller, params }) => deleteCrl(caller, params.id),
});
