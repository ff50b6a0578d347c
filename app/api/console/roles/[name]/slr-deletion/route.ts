// GET ?taskId=: the status of a service-linked role's deletion task, polled by the delete flash
// (iam:GetServiceLinkedRoleDeletionStatus). Authorization in lib/iam, on the task's role.
import { z } from "zod";
import { withConsoleApi } from "@/lib/api/with-console-api";
import { getServiceLinkedRoleDeletionStatus } from "@/lib/iam/roles/service-linked";
import { roleResource, ZRoleParams } from "../params";

export const GET = withConsoleApi({
  action: "iam:GetServiceLinkedRoleDeletionStatus",
  params: ZRoleParams,
  query: z.object({ taskId: z.string().min(1).max(1000) }).strict(),
  resource: roleResource,
  handler: ({ caller, query }) => getServiceLinkedRoleDeletionStatus(caller, query.taskId),
});
