// GET: a subject's page (rolesanywhere:GetSubject): its certificate identity and the certificates seen.
import { withConsoleApi } from "@/lib/api/with-console-api";
import { getSubject, raArn } from "@/lib/rolesanywhere";
import { ZId } from "../../shared";

export const GET = withConsoleApi({
  action: "rolesanywhere:GetSubject",
  params: ZId,
  resource: ({ caller, params }) => raArn(caller.accountId, "subject", params.id),
  trail: ({ params }) => ({ request: { SubjectId: params.id } }),
  handler: ({ caller, params }) => getSubject(caller, params.id),
});
