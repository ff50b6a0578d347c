// GET: the group and its users (iam:GetGroup). DELETE: the console's delete, which removes members
// and policies first (iam:DeleteGroup, plus RemoveUserFromGroup / DetachGroupPolicy when needed).
import { z } from "zod";
import { withConsoleApi } from "@/lib/api/with-console-api";
import { deleteGroupWithDependents, getGroupWithAllMembers } from "@/lib/iam/groups";

const ZParams = z.object({ name: z.string().min(1) });
const groupArn = (acct: string, name: string) => `arn:aws:iam::${acct}:group/${name}`;

export const GET = withConsoleApi({
  action: "iam:GetGroup",
  params: ZParams,
  resource: ({ caller, params }) => groupArn(caller.accountId, params.name),
  handler: ({ caller, params }) => getGroupWithAllMembers(caller, params.name),
});

export const DELETE = withConsoleApi({
  action: "iam:DeleteGroup",
  params: ZParams,
  resource: ({ caller, params }) => groupArn(caller.accountId, params.name),
  handler: async ({ caller, params }) => {
    await deleteGroupWithDependents(caller, params.name);
    return { ok: true };
  },
});
