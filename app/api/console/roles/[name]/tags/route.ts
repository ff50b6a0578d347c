// GET: the Tags tab (iam:ListRoleTags). PUT: Manage tags → Save changes, the editor's rows as the
// role's whole tag set (iam:UntagRole for removed keys, iam:TagRole for the rest). Authorization in lib/iam.
import { z } from "zod";
import { withConsoleApi } from "@/lib/api/with-console-api";
import { replaceRoleTags } from "@/lib/iam/console/role-detail";
import { listRoleTags } from "@/lib/iam/roles/tagging";
import { roleResource, ZRoleParams } from "../params";

export const GET = withConsoleApi({
  action: "iam:ListRoleTags",
  params: ZRoleParams,
  resource: roleResource,
  handler: async ({ caller, params }) => ({ Tags: (await listRoleTags(caller, params.name, { maxItems: 1000 })).Tags }),
});

// Shapes only: 50 tags, key/value lengths and the aws: prefix are IAM's checks, with IAM's messages.
const ZTag = z.object({ Key: z.string().max(1000), Value: z.string().max(1000) }).strict();
const ZSaveTagsInput = z.object({ tags: z.array(ZTag).max(200) }).strict();

export const PUT = withConsoleApi({
  action: "iam:TagRole",
  params: ZRoleParams,
  body: ZSaveTagsInput,
  resource: roleResource,
  handler: ({ caller, params, body }) => replaceRoleTags(caller, params.name, body.tags),
});
