// Wire types for the Roles table (GET /api/console/roles): the domain shapes after JSON.
export interface RoleRow {
  RoleName: string;
  RoleId: string;
  Arn: string;
  Path: string;
  CreateDate: string;
  ServiceLinked: boolean;
  TrustedEntities: string[];
  RoleLastUsed: { LastUsedDate?: string; Region?: string };
  MaxSessionDuration: number;
}

export interface RolesPage {
  Roles: RoleRow[];
  Total: number;
  Page: number;
  PageSize: number;
}

/** DELETE /api/console/roles/<name>: a cascade summary, or for service-linked roles a deletion task. */
export interface DeleteRoleResult {
  DeletionTaskId?: string;
}
