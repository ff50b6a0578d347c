// GET: the Entities attached tab — users, groups and roles using the policy as a permissions policy,
// and users and roles using it as their permissions boundary (iam:ListEntitiesForPolicy, own account only).
import { withConsoleApi } from "@/lib/api/with-console-api";
import { listPolicyEntitiesForConsole } from "@/lib/iam/console/policy-detail";
import { ZPolicyArnParams } from "../../policy-arn";

export const GET = withConsoleApi({
  action: "iam:ListEntitiesForPolicy",
  params: ZPolicyArnParams,
  resource: ({ params }) => params.arn,
  handler: ({ caller, params }) => listPolicyEntitiesForConsole(caller, params.arn),
});
