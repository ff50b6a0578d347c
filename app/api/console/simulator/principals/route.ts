// GET: the simulator's "Users, Groups, and Roles" selector: every user, group and role the caller
// may list (iam:ListUsers, iam:ListGroups, iam:ListRoles; AccessDenied only when none of the three).
import { withConsoleApi } from "@/lib/api/with-console-api";
import { simulatorPrincipals } from "@/lib/iam/simulate/console-sources";

export const GET = withConsoleApi({
  action: "iam:ListUsers",
  handler: ({ caller }) => simulatorPrincipals(caller),
});
