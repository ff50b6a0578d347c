// A profile's Certificate attribute mappings section. PUT {certificateField, specifiers}:
// PutAttributeMapping (adds the specifiers). DELETE ?certificateField=…&specifier=…: DeleteAttributeMapping
// (those specifiers, or the whole field when none are named).
import { z } from "zod";
import { withConsoleApi } from "@/lib/api/with-console-api";
import { deleteAttributeMapping, putAttributeMapping, raArn } from "@/lib/rolesanywhere";
import { ZId } from "../../../shared";

const arn = ({ caller, params }: { caller: { accountId: string }; params: { id: string } }) => raArn(caller.accountId, "profile", params.id);

export const PUT = withConsoleApi({
  action: "rolesanywhere:PutAttributeMapping",
  params: ZId,
  body: z.object({ certificateField: z.string().max(64), specifiers: z.array(z.string().max(256)).min(1).max(50) }).strict(),
  resource: arn,
  trail: ({ params, body }) => ({ request: { ProfileId: params.id, CertificateField: body.certificateField, MappingRules: body.specifiers.map((specifier) => ({ Specifier: specifier })) } }),
  handler: ({ caller, params, body }) => putAttributeMapping(caller, { profileId: params.id, certificateField: body.certificateField, mappingRules: body.specifiers.map((specifier) => ({ specifier })) }),
});

export const DELETE = withConsoleApi({
  action: "rolesanywhere:DeleteAttributeMapping",
  params: ZId,
  query: z.object({ certificateField: z.string().max(64), specifier: z.string().max(256).optional() }),
  resource: arn,
  trail: ({ params, query }) => ({ request: { ProfileId: params.id, CertificateField: query.certificateField, ...(query.specifier ? { Specifiers: [query.specifier] } : {}) } }),
  handler: ({ caller, params, query }) => deleteAttributeMapping(caller, { profileId: params.id, certificateField: query.certificateField, specifiers: query.specifier ? [query.specifier] : undefined }),
});
