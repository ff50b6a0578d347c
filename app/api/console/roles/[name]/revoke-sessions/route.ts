// POST: Revoke active sessions — writes AWSRevokeOlderSessions (iam:PutRolePolicy; refused on
// service-linked roles). Authorization in lib/iam.
import { withConsoleApi } from "@/lib/api/with-console-api";
import { revokeRoleSessions } from "@/lib/iam/console/revoke-sessions";
import { roleResource, ZRoleParams } from "../params";

export const POST = withConsoleApi({
  action: "iam:PutRolePolicy",
  params: ZRoleParams,
  resource: roleResource,
  handler: ({ caller, params }) => revokeRoleSessions(caller, params.name),
});
