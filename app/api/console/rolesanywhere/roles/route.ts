// GET: the roles the Create profile form offers (iam:ListRoles, every page), each with whether its
// trust policy lets Roles Anywhere assume it (lib/iam/console/roles-anywhere-trust.ts).
import { withConsoleApi } from "@/lib/api/with-console-api";
import { rolesAnywhereTrust } from "@/lib/iam/console/roles-anywhere-trust";
import { allPages } from "@/lib/iam/pagination";
import { listRoles } from "@/lib/iam/roles";

export const GET = withConsoleApi({
  action: "iam:ListRoles",
  resource: ({ caller }) => `arn:aws:iam::${caller.accountId}:role/`,
  handler: async ({ caller }) => {
    const { all: roles } = await allPages((marker) => listRoles(caller, { maxItems: 1000, marker }), (p) => p.Roles);
    // Service-linked roles trust only their own service: never a profile's role.
    const usable = roles.filter((r) => !r.Path.startsWith("/aws-service-role/"));
    return { roles: usable.map((r) => ({ RoleName: r.RoleName, Arn: r.Arn, ...rolesAnywhereTrust(r.AssumeRolePolicyDocument) })) };
  },
});
