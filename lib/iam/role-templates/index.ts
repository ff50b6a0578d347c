// Role Manager's role templates: GetRoleTemplateVersion and AcquireRole.
export { acquireRole, type AcquireRoleInput } from "./acquire";
export { getRoleTemplateVersion, registerRoleTemplateVersion, type TemplateDefinition } from "./versions";
