// GET: the Tags tab (iam:ListRoleTags). PUT: Manage tags → Save changes, the editor's rows as the
// role's whole tag set (iam:UntagRole for removed keys, iam:TagRole for the rest). Authorization in lib/iam.
import { withConsoleApi } from "@/lib/api/with-console-api";
import { replaceRoleTags } from "@/lib/iam/console/role-detail";
import { listRoleTags } from "@/lib/iam/roles/tagging";
import { ZSaveTagsInput } from "@/lib/iam/tags-input";
import { roleResource, ZRoleParams } from "../params";

export const GET = withConsoleApi({
  action: "iam:ListRoleTags",
  params: ZRoleParams,
  resource: roleResource,
  handler: async ({ caller, params }) => ({ Tags: (await listRoleTags(caller, params.name, { maxItems: 1000 })).Tags }),
});

export const PUT = withConsoleApi({
  action: "iam:TagRole",
  params: ZRoleParams,
  body: ZSaveTagsInput,
  resource: roleResource,
  trail: ({ params, body }) => ({ request: { RoleName: params.name, Tags: body.tags } }),
  handler: ({ caller, params, body }) => replaceRoleTags(caller, params.name, body.tags),
});
