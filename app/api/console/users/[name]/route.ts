// GET: one user (iam:GetUser). DELETE: the console's delete, which removes the user's dependents too.
import { z } from "zod";
import { withConsoleApi } from "@/lib/api/with-console-api";
import { deleteUserWithDependents, getUser } from "@/lib/iam/users/crud";

const ZParams = z.object({ name: z.string().min(1) });

export const GET = withConsoleApi({
  action: "iam:GetUser",
  params: ZParams,
  handler: ({ caller, params }) => getUser(caller, params.name),
});

export const DELETE = withConsoleApi({
  action: "iam:DeleteUser",
  params: ZParams,
  resource: ({ caller, params }) => `arn:aws:iam::${caller.accountId}:user/${params.name}`,
  handler: async ({ caller, params }) => {
    await deleteUserWithDependents(caller, params.name);
    return { ok: true };
  },
});
