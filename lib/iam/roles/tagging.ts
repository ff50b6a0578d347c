// TagRole, UntagRole, ListRoleTags. Tagging is allowed on service-linked roles (spec §8.3).
import { entityTagging } from "../tags";
import { authorizedRole } from "./shape";

export const { tag: tagRole, untag: untagRole, list: listRoleTags } = entityTagging(
  "role",
  "TagsPerRole",
  { tag: "iam:TagRole", untag: "iam:UntagRole", list: "iam:ListRoleTags" },
  async (caller, action, roleName: string, opts) => (await authorizedRole(caller, action, roleName, opts)).id,
);
