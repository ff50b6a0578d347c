// GET: a trust anchor's page (rolesanywhere:GetTrustAnchor) with its CA certificate's details and
// whether the sandbox holds the CA's key. PATCH {enabled}: EnableTrustAnchor / DisableTrustAnchor.
// DELETE: DeleteTrustAnchor.
import { z } from "zod";
import { withConsoleApi } from "@/lib/api/with-console-api";
import { deleteTrustAnchor, disableTrustAnchor, enableTrustAnchor, getTrustAnchor, raArn, trustAnchorHasSandboxCa } from "@/lib/rolesanywhere";
import { certificateDetails } from "@/lib/x509/certificate-details";
import { ZId } from "../../shared";

const request = ({ params }: { params: { id: string } }) => ({ request: { TrustAnchorId: params.id } });
const arn = ({ caller, params }: { caller: { accountId: string }; params: { id: string } }) => raArn(caller.accountId, "trust-anchor", params.id);

export const GET = withConsoleApi({
  action: "rolesanywhere:GetTrustAnchor",
  params: ZId,
  resource: arn,
  trail: request,
  handler: async ({ caller, params }) => {
    const anchor = await getTrustAnchor(caller, params.id);
    const data = anchor.source.sourceData;
    return {
      ...anchor,
      certificates: certificateDetails("x509CertificateData" in data ? data.x509CertificateData : undefined),
      generated: await trustAnchorHasSandboxCa(caller, params.id),
    };
  },
});

export const PATCH = withConsoleApi({
  // EnableTrustAnchor or DisableTrustAnchor, by the body: one label for the activity log, the real one for CloudTrail.
  action: "rolesanywhere:SetTrustAnchorEnabled",
  params: ZId,
  body: z.object({ enabled: z.boolean() }).strict(),
  resource: arn,
  trail: ({ params, body }) => ({ eventName: `${body.enabled ? "Enable" : "Disable"}TrustAnchor`, request: { TrustAnchorId: params.id } }),
  handler: ({ caller, params, body }) => (body.enabled ? enableTrustAnchor(caller, params.id) : disableTrustAnchor(caller, params.id)),
});

export const DELETE = withConsoleApi({
  action: "rolesanywhere:DeleteTrustAnchor",
  params: ZId,
  resource: arn,
  trail: request,
  handler: ({ caller, params }) => deleteTrustAnchor(caller, params.id),
});
