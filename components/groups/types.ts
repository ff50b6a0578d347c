// Wire types for the user-groups pages (ISO date strings).
import type { User } from "@/components/users/types";

export interface GroupSummary {
  GroupName: string;
  GroupId: string;
  Arn: string;
  Path: string;
  CreateDate: string;
  UserCount: number;
  PermissionsDefined: boolean;
}

export interface GroupDetail {
  Group: Omit<GroupSummary, "UserCount" | "PermissionsDefined">;
  Users: User[];
}
