// PUT: Set / Change permissions boundary (iam:PutUserPermissionsBoundary, with iam:PermissionsBoundary
// in the context). DELETE: Remove boundary (iam:DeleteUserPermissionsBoundary). Authorization in lib/iam.
import { z } from "zod";
import { withConsoleApi } from "@/lib/api/with-console-api";
import { deleteUserPermissionsBoundary, putUserPermissionsBoundary } from "@/lib/iam/users/update";

const ZParams = z.object({ name: z.string().min(1) });
const userArn = ({ caller, params }: { caller: { accountId: string }; params: { name: string } }) => `arn:aws:iam::${caller.accountId}:user/${params.name}`;
const ZSetBoundaryInput = z.object({ policyArn: z.string().min(20).max(2048) }).strict();

export const PUT = withConsoleApi({
  action: "iam:PutUserPermissionsBoundary",
  params: ZParams,
  body: ZSetBoundaryInput,
  resource: userArn,
  handler: async ({ caller, params, body }) => {
    await putUserPermissionsBoundary(caller, params.name, body.policyArn);
    return { ok: true };
  },
});

export const DELETE = withConsoleApi({
  action: "iam:DeleteUserPermissionsBoundary",
  params: ZParams,
  resource: userArn,
  handler: async ({ caller, params }) => {
    await deleteUserPermissionsBoundary(caller, params.name);
    return { ok: true };
  },
});
