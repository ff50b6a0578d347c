// GET: whether the user has a console password (iam:GetLoginProfile); NoSuchEntity when it has none,
// which the Summary shows as "Console access: Disabled".
import { z } from "zod";
import { withConsoleApi } from "@/lib/api/with-console-api";
import { getLoginProfile } from "@/lib/iam/mfa";

export const GET = withConsoleApi({
  action: "iam:GetLoginProfile",
  params: z.object({ name: z.string().min(1) }),
  resource: ({ caller, params }) => `arn:aws:iam::${caller.accountId}:user/${params.name}`,
  handler: ({ caller, params }) => getLoginProfile(caller, params.name),
});
