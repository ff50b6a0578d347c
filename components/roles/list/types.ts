// Wire types for the Roles table (GET /api/console/roles): the domain shapes as JSON delivers them.
import type { Wire } from "@/lib/api/wire";
import type { ConsoleRoleRow, ConsoleRolesPage } from "@/lib/iam/roles/console-list";
export type RoleRow = Wire<ConsoleRoleRow>;

export type RolesPage = Wire<ConsoleRolesPage>;

/** DELETE /api/console/roles/<name>: a cascade summary, or for service-linked roles a deletion task. */
export interface DeleteRoleResult {
  DeletionTaskId?: string;
}
