// Wire types for the role page: the lib/iam/console shapes after JSON (dates become ISO strings).
import type { AttachedPolicy } from "@/components/users/types";
import type { SlrConsoleText } from "@/lib/iam/roles/slr-catalog";

export interface Tag {
  Key: string;
  Value: string;
}

export interface Role {
  Path: string;
  RoleName: string;
  RoleId: string;
  Arn: string;
  CreateDate: string;
  AssumeRolePolicyDocument: string;
  Description?: string;
  MaxSessionDuration?: number;
  PermissionsBoundary?: { PermissionsBoundaryType: "PermissionsBoundaryPolicy"; PermissionsBoundaryArn: string };
  Tags?: Tag[];
  RoleLastUsed?: { LastUsedDate?: string; Region?: string };
}

export interface RoleDetail {
  Role: Role;
  ServiceLinked: boolean;
  /** The catalog's texts for a service-linked role (lib/iam/roles/slr-catalog.ts). */
  ServiceLinkedRole?: SlrConsoleText;
  InstanceProfileArns: string[];
  SwitchRoleAccount?: string;
  SwitchRoleName: string;
}

export interface RolePermissions {
  AttachedPolicies: AttachedPolicy[];
  InlinePolicies: { PolicyName: string; PolicyDocument: string }[];
}

export interface RoleExport {
  terraform: string;
  cloudformation: string;
  cli: string;
}

export type RoleDeleteResult =
  | { kind: "deleted"; detachedPolicyArns: string[]; deletedInlinePolicies: string[]; deletedInstanceProfile?: string }
  | { kind: "slr-deletion-started"; DeletionTaskId: string };

export interface SlrDeletionStatus {
  Status: "NOT_STARTED" | "IN_PROGRESS" | "SUCCEEDED" | "FAILED";
  Reason?: { Reason: string; RoleUsageList: { Region: string; Resources: string[] }[] };
}
