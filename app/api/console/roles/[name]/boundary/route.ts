// PUT: Set / Change permissions boundary (iam:PutRolePermissionsBoundary, with iam:PermissionsBoundary
// in the context). DELETE: Remove boundary (iam:DeleteRolePermissionsBoundary). Authorization in lib/iam.
import { z } from "zod";
import { withConsoleApi } from "@/lib/api/with-console-api";
import { deleteRolePermissionsBoundary, putRolePermissionsBoundary } from "@/lib/iam/roles/boundary";
import { roleResource, ZRoleParams } from "../params";

const ZSetBoundaryInput = z.object({ policyArn: z.string().min(20).max(2048) }).strict();

export const PUT = withConsoleApi({
  action: "iam:PutRolePermissionsBoundary",
  params: ZRoleParams,
  body: ZSetBoundaryInput,
  resource: roleResource,
  trail: ({ params, body }) => ({ request: { RoleName: params.name, PermissionsBoundary: body.policyArn } }),
  handler: async ({ caller, params, body }) => {
    await putRolePermissionsBoundary(caller, params.name, body.policyArn);
    return { ok: true };
  },
});

export const DELETE = withConsoleApi({
  action: "iam:DeleteRolePermissionsBoundary",
  params: ZRoleParams,
  resource: roleResource,
  handler: async ({ caller, params }) => {
    await deleteRolePermissionsBoundary(caller, params.name);
    return { ok: true };
  },
});
