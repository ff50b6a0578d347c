// GET: the Last Accessed tab — services the role's policies allow and the last call by its sessions
// (iam:GenerateServiceLastAccessedDetails on the role). Authorization in lib/iam.
import { withConsoleApi } from "@/lib/api/with-console-api";
import { roleLastAccessed } from "@/lib/iam/console/last-accessed";
import { roleResource, ZRoleParams } from "../params";

export const GET = withConsoleApi({
  action: "iam:GenerateServiceLastAccessedDetails",
  params: ZRoleParams,
  resource: roleResource,
  handler: ({ caller, params }) => roleLastAccessed(caller, params.name),
});
