// GET: the Export tab (beyond AWS) — Terraform, CloudFormation YAML and AWS CLI text for the role.
// Reads only what the caller may read: iam:GetRole, the policy lists and iam:ListRoleTags.
import { withConsoleApi } from "@/lib/api/with-console-api";
import { exportRoleForConsole } from "@/lib/iam/console/role-detail";
import { roleResource, ZRoleParams } from "../params";

export const GET = withConsoleApi({
  action: "iam:GetRole",
  params: ZRoleParams,
  resource: roleResource,
  handler: ({ caller, params }) => exportRoleForConsole(caller, params.name),
});
