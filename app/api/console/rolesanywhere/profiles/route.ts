// GET: the Profiles table (rolesanywhere:ListProfiles, every page).
// POST: Create a profile (CreateProfile), enabled, as AWS's console creates it.
import { z } from "zod";
import { withConsoleApi } from "@/lib/api/with-console-api";
import { createProfile, listProfiles } from "@/lib/rolesanywhere";
import { listAll, ZCreateTags } from "../shared";

export const GET = withConsoleApi({
  action: "rolesanywhere:ListProfiles",
  handler: async ({ caller }) => ({ profiles: await listAll((nextToken) => listProfiles(caller, { nextToken }), (p) => p.profiles) }),
});

// Bounds keep absurd bodies out; Roles Anywhere checks the real limits with its own messages.
const ZCreate = z
  .object({
    name: z.string().max(1000),
    roleArns: z.array(z.string().max(2048)).max(250),
    managedPolicyArns: z.array(z.string().max(2048)).max(250).optional(),
    sessionPolicy: z.string().max(100_000).optional(),
    durationSeconds: z.number().int().optional(),
    tags: ZCreateTags,
  })
  .strict();

export const POST = withConsoleApi({
  action: "rolesanywhere:CreateProfile",
  body: ZCreate,
  trail: ({ body }) => ({ request: { Name: body.name, RoleArns: body.roleArns, DurationSeconds: body.durationSeconds, Enabled: true } }),
  handler: ({ caller, body }) => createProfile(caller, { ...body, enabled: true }),
});
