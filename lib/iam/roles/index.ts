// IAM roles: one function per API verb, plus the console's list and cascade delete.
export { createRole, type CreateRoleInput } from "./create";
export { getRole, listRoles, fullRoleShape, type ListRolesInput, type ListRolesResult } from "./read";
export { listRolesForConsole, trustedEntities, type ConsoleRoleRow, type ConsoleRolesPage, type ConsoleListInput } from "./console-list";
export { updateRole, updateRoleDescription, updateAssumeRolePolicy } from "./update";
export { deleteRole, deleteRoleForConsole, type ConsoleDeleteResult } from "./delete";
export { attachRolePolicy, detachRolePolicy, listAttachedRolePolicies, type AttachedPolicy } from "./attached";
export { putRolePolicy, getRolePolicy, deleteRolePolicy, listRolePolicies } from "./inline";
export { tagRole, untagRole, listRoleTags } from "./tagging";
export { putRolePermissionsBoundary, deleteRolePermissionsBoundary } from "./boundary";
export { findRoleOrThrow, isProtectedRole, noSuchRole, type RoleShape, type RoleRow } from "./shape";
