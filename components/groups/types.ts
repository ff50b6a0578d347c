// Wire types for the user-groups pages: the lib/iam shapes as JSON delivers them.
import type { User } from "@/components/users/types";
import type { Wire } from "@/lib/api/wire";
import type { GroupSummary as GroupSummaryShape } from "@/lib/iam/groups/crud";
import type { GroupShape } from "@/lib/iam/groups/shape";

export type GroupSummary = Wire<GroupSummaryShape>;

export interface GroupDetail {
  Group: Wire<GroupShape>;
  Users: User[];
}
