// GET: list users (iam:ListUsers). POST: create a user, optionally with a console password
// (iam:CreateUser [+ iam:CreateLoginProfile]). Authorization happens in lib/iam via authorize().
import { z } from "zod";
import { withConsoleApi } from "@/lib/api/with-console-api";
import { apiResult } from "@/lib/cloudtrail/console-call";
import { createUser, listAllUsers } from "@/lib/iam/users/crud";

export const GET = withConsoleApi({
  action: "iam:ListUsers",
  handler: ({ caller }) => listAllUsers(caller),
});

const ZCreateUserInput = z
  .object({
    userName: z.string(),
    path: z.string().optional(),
    password: z.string().min(1).max(128).optional(),
  })
  .strict();

export const POST = withConsoleApi({
  action: "iam:CreateUser",
  body: ZCreateUserInput,
  resource: ({ caller, body }) => `arn:aws:iam::${caller.accountId}:user${body.path ?? "/"}${body.userName}`,
  // CreateUser's own input: the console password (CreateLoginProfile's) is never in a record.
  trail: ({ body, result }) => ({ request: { Path: body.path, UserName: body.userName }, response: apiResult(result, "User") }),
  handler: ({ caller, body }) => createUser(caller, body),
});
