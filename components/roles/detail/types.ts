// Wire types for the role page: the lib/iam/console shapes the routes return, as JSON delivers them.
import type { Wire } from "@/lib/api/wire";
import type { RoleDeleteResult as RoleDeleteResultShape, RoleDetail as RoleDetailShape, RolePermissions as RolePermissionsShape } from "@/lib/iam/console/role-detail";
import type { RoleExport as RoleExportShape } from "@/lib/iam/console/export-role";
import type { DeletionStatusResult } from "@/lib/iam/roles/service-linked";
import type { RoleShape } from "@/lib/iam/roles/shape";
import type { Tag as TagShape } from "@/lib/iam/tags";

export type Tag = TagShape;

export type Role = Wire<RoleShape>;

export type RoleDetail = Wire<RoleDetailShape>;

export type RolePermissions = Wire<RolePermissionsShape>;

export type RoleExport = RoleExportShape;

export type RoleDeleteResult = Wire<RoleDeleteResultShape>;

export type SlrDeletionStatus = Wire<DeletionStatusResult>;
