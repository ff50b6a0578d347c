// GET: the role page's summary (iam:GetRole + iam:ListInstanceProfilesForRole). PATCH: Summary → Edit,
// description and maximum session duration (iam:UpdateRole; refused on service-linked roles except
// the description, which goes through iam:UpdateRoleDescription). DELETE: the console's delete —
// the cascade for customer roles, the asynchronous deletion task for service-linked ones.
// Authorization happens in lib/iam against the caller's own account.
import { z } from "zod";
import { withConsoleApi } from "@/lib/api/with-console-api";
import { deleteRoleFromDetailPage, editRoleSummary, getRoleDetail } from "@/lib/iam/console/role-detail";
import { roleResource, ZRoleParams } from "./params";

export const GET = withConsoleApi({
  action: "iam:GetRole",
  params: ZRoleParams,
  resource: roleResource,
  handler: ({ caller, params }) => getRoleDetail(caller, params.name),
});

// Description ≤ 1,000 characters and MaxSessionDuration 1–12 hours are IAM's limits; lib/iam
// re-checks them with AWS's messages, these bounds only reject nonsense early.
const ZEditRoleInput = z
  .object({
    description: z.string().max(1000).optional(),
    maxSessionDuration: z.number().int().min(3600).max(43200).optional(),
  })
  .strict();

export const PATCH = withConsoleApi({
  action: "iam:UpdateRole",
  params: ZRoleParams,
  body: ZEditRoleInput,
  resource: roleResource,
  handler: ({ caller, params, body }) => editRoleSummary(caller, params.name, body),
});

export const DELETE = withConsoleApi({
  action: "iam:DeleteRole",
  params: ZRoleParams,
  resource: roleResource,
  handler: ({ caller, params }) => deleteRoleFromDetailPage(caller, params.name),
});
