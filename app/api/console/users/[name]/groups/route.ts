// GET: the groups the user belongs to (iam:ListGroupsForUser, on the user). POST: add the user to
// groups (iam:AddUserToGroup each, on the group). DELETE ?groupName=: iam:RemoveUserFromGroup.
import { z } from "zod";
import { withConsoleApi } from "@/lib/api/with-console-api";
import { addUserToGroup, listGroupsForUser, removeUserFromGroup } from "@/lib/iam/groups";

const ZParams = z.object({ name: z.string().min(1) });
const ZGroupName = z.string().min(1).max(128);

export const GET = withConsoleApi({
  action: "iam:ListGroupsForUser",
  params: ZParams,
  resource: ({ caller, params }) => `arn:aws:iam::${caller.accountId}:user/${params.name}`,
  handler: ({ caller, params }) => listGroupsForUser(caller, params.name),
});

export const POST = withConsoleApi({
  action: "iam:AddUserToGroup",
  params: ZParams,
  body: z.object({ groupNames: z.array(ZGroupName).min(1).max(10) }).strict(),
  resource: ({ caller, body }) => `arn:aws:iam::${caller.accountId}:group/${body.groupNames.join(",")}`,
  handler: async ({ caller, params, body }) => {
    for (const g of body.groupNames) await addUserToGroup(caller, g, params.name);
    return { ok: true };
  },
});

export const DELETE = withConsoleApi({
  action: "iam:RemoveUserFromGroup",
  params: ZParams,
  query: z.object({ groupName: ZGroupName }).strict(),
  resource: ({ caller, query }) => `arn:aws:iam::${caller.accountId}:group/${query.groupName}`,
  handler: async ({ caller, params, query }) => {
    await removeUserFromGroup(caller, query.groupName, params.name);
    return { ok: true };
  },
});
