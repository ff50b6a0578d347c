// POST: add users to the group (iam:AddUserToGroup each). DELETE ?userName=: iam:RemoveUserFromGroup.
// Both name the group's ARN, as AWS does.
import { z } from "zod";
import { withConsoleApi } from "@/lib/api/with-console-api";
import { addUserToGroup, removeUserFromGroup } from "@/lib/iam/groups";

const ZParams = z.object({ name: z.string().min(1) });
const ZUserName = z.string().min(1).max(64);
const groupArn = (acct: string, name: string) => `arn:aws:iam::${acct}:group/${name}`;

export const POST = withConsoleApi({
  action: "iam:AddUserToGroup",
  params: ZParams,
  body: z.object({ userNames: z.array(ZUserName).min(1).max(100) }).strict(),
  resource: ({ caller, params }) => groupArn(caller.accountId, params.name),
  handler: async ({ caller, params, body }) => {
    for (const u of body.userNames) await addUserToGroup(caller, params.name, u);
    return { ok: true };
  },
});

export const DELETE = withConsoleApi({
  action: "iam:RemoveUserFromGroup",
  params: ZParams,
  query: z.object({ userName: ZUserName }).strict(),
  resource: ({ caller, params }) => groupArn(caller.accountId, params.name),
  handler: async ({ caller, params, query }) => {
    await removeUserFromGroup(caller, params.name, query.userName);
    return { ok: true };
  },
});
