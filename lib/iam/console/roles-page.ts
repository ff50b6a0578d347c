// The Roles table's page: listRolesForConsole plus the one column it leaves out (Max session
// duration, a preference column), read for the page's rows only.
import { db } from "@/lib/db";
import type { Caller } from "@/lib/authz/caller";
import { listRolesForConsole, type ConsoleListInput, type ConsoleRoleRow } from "../roles/console-list";

export interface RolesTableRow extends ConsoleRoleRow {
  MaxSessionDuration: number;
}

export interface RolesTablePage {
  Roles: RolesTableRow[];
  Total: number;
  Page: number;
  PageSize: number;
}

export async function listRolesTablePage(caller: Caller, input: ConsoleListInput): Promise<RolesTablePage> {
  const page = await listRolesForConsole(caller, input);
  const ids = page.Roles.map((r) => r.RoleId);
  const durations = ids.length
    ? await db.role.findMany({ where: { id: { in: ids } }, select: { id: true, maxSessionDuration: true } })
    : [];
  const byId = new Map(durations.map((d) => [d.id, d.maxSessionDuration]));
  return { ...page, Roles: page.Roles.map((r) => ({ ...r, MaxSessionDuration: byId.get(r.RoleId) ?? 3600 })) };
}
