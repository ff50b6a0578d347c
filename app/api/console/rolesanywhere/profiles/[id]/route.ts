// GET: a profile's page (rolesanywhere:GetProfile). PATCH {enabled}: EnableProfile / DisableProfile.
// DELETE: DeleteProfile.
import { z } from "zod";
import { withConsoleApi } from "@/lib/api/with-console-api";
import { deleteProfile, disableProfile, enableProfile, getProfile, raArn } from "@/lib/rolesanywhere";
import { ZId } from "../../shared";

const request = ({ params }: { params: { id: string } }) => ({ request: { ProfileId: params.id } });
const arn = ({ caller, params }: { caller: { accountId: string }; params: { id: string } }) => raArn(caller.accountId, "profile", params.id);

export const GET = withConsoleApi({
  action: "rolesanywhere:GetProfile",
  params: ZId,
  resource: arn,
  trail: request,
  handler: ({ caller, params }) => getProfile(caller, params.id),
});

export const PATCH = withConsoleApi({
  // EnableProfile or DisableProfile, by the body: one label for the activity log, the real one for CloudTrail.
  action: "rolesanywhere:SetProfileEnabled",
  params: ZId,
  body: z.object({ enabled: z.boolean() }).strict(),
  resource: arn,
  trail: ({ params, body }) => ({ eventName: `${body.enabled ? "Enable" : "Disable"}Profile`, request: { ProfileId: params.id } }),
  handler: ({ caller, params, body }) => (body.enabled ? enableProfile(caller, params.id) : disableProfile(caller, params.id)),
});

export const DELETE = withConsoleApi({
  action: "rolesanywhere:DeleteProfile",
  params: ZId,
  resource: arn,
  trail: request,
  handler: ({ caller, params }) => deleteProfile(caller, params.id),
});
