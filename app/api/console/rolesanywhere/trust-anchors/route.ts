// GET: the Trust anchors table (rolesanywhere:ListTrustAnchors, every page).
// POST: Create a trust anchor — from an external certificate bundle (CreateTrustAnchor with a
// CERTIFICATE_BUNDLE source) or with a CA the sandbox generates and keeps (its extension, authorized
// as CreateTrustAnchor). The console creates it enabled, as AWS's console does.
import { z } from "zod";
import { withConsoleApi } from "@/lib/api/with-console-api";
import { createTrustAnchor, generateTrustAnchorCa, listTrustAnchors } from "@/lib/rolesanywhere";
import { listAll, ZCreateTags } from "../shared";

export const GET = withConsoleApi({
  action: "rolesanywhere:ListTrustAnchors",
  handler: async ({ caller }) => ({
    trustAnchors: await listAll((nextToken) => listTrustAnchors(caller, { nextToken }), (p) => p.trustAnchors),
  }),
});

const ZCreate = z
  .object({
    name: z.string().max(1000),
    source: z.discriminatedUnion("type", [
      z.object({ type: z.literal("bundle"), certificate: z.string().max(20_000) }).strict(),
      z.object({ type: z.literal("generate") }).strict(),
    ]),
    tags: ZCreateTags,
  })
  .strict();

export const POST = withConsoleApi({
  action: "rolesanywhere:CreateTrustAnchor",
  body: ZCreate,
  // The generated CA is CreateTrustAnchor to anyone reading the trail, as on the wire.
  trail: ({ body }) => ({ request: { Name: body.name, Enabled: true, Source: { SourceType: "CERTIFICATE_BUNDLE" } } }),
  handler: ({ caller, body }) =>
    body.source.type === "generate"
      ? generateTrustAnchorCa(caller, { name: body.name, enabled: true, tags: body.tags })
      : createTrustAnchor(caller, { name: body.name, enabled: true, tags: body.tags, source: { sourceType: "CERTIFICATE_BUNDLE", sourceData: { x509CertificateData: body.source.certificate } } }),
});
