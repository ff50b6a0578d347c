// GET: user groups with the console's Users and Permissions columns (iam:ListGroups). POST: the
// "Create user group" page — CreateGroup, then AddUserToGroup / AttachGroupPolicy for the selections.
import { z } from "zod";
import { withConsoleApi } from "@/lib/api/with-console-api";
import { apiResult } from "@/lib/cloudtrail/console-call";
import { createGroupWithMembers, listGroupSummaries } from "@/lib/iam/groups";

export const GET = withConsoleApi({
  action: "iam:ListGroups",
  handler: ({ caller }) => listGroupSummaries(caller),
});

const ZCreateGroupInput = z
  .object({
    // Name rules (1–128, [\w+=,.@-]) are checked in lib/iam so every door answers the same message.
    groupName: z.string().max(1024),
    userNames: z.array(z.string().min(1).max(64)).max(100).optional(),
    // AWS's quota of 10 managed policies per group is enforced in lib/iam with its own message.
    policyArns: z.array(z.string().min(20).max(2048)).max(100).optional(),
  })
  .strict();

export const POST = withConsoleApi({
  action: "iam:CreateGroup",
  body: ZCreateGroupInput,
  resource: ({ caller, body }) => `arn:aws:iam::${caller.accountId}:group/${body.groupName}`,
  trail: ({ body, result }) => ({ request: { GroupName: body.groupName }, response: apiResult(result, "Group") }),
  handler: ({ caller, body }) => createGroupWithMembers(caller, body),
});
