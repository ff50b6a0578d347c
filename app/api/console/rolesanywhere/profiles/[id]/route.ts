// GET: a profile's page (rolesanywhere:GetProfile). PATCH {enabled}: EnableProfile / DisableProfile.
// PUT: Edit profile (UpdateProfile: name, roles, session policies, duration, accept role session name).
// DELETE: DeleteProfile.
import { z } from "zod";
import { withConsoleApi } from "@/lib/api/with-console-api";
import { deleteProfile, disableProfile, enableProfile, getProfile, raArn, updateProfile } from "@/lib/rolesanywhere";
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

const ZUpdate = z
  .object({
    name: z.string().max(1000),
    roleArns: z.array(z.string().max(2048)).max(100),
    managedPolicyArns: z.array(z.string().max(2048)).max(100),
    // An empty string clears nothing in UpdateProfile; the form sends the policy or leaves it out.
    sessionPolicy: z.string().max(100_000).optional(),
    durationSeconds: z.number().int(),
    acceptRoleSessionName: z.boolean(),
  })
  .strict();

export const PUT = withConsoleApi({
  action: "rolesanywhere:UpdateProfile",
  params: ZId,
  body: ZUpdate,
  resource: arn,
  trail: ({ params, body }) => ({ request: { ProfileId: params.id, Name: body.name, RoleArns: body.roleArns, DurationSeconds: body.durationSeconds } }),
  handler: ({ caller, params, body }) => updateProfile(caller, { profileId: params.id, ...body }),
});
