// TagUser, UntagUser, ListUserTags: the same tag rules as roles and policies (./tags), authorized on
// the user's ARN with aws:RequestTag/* and aws:TagKeys in the context.
import { entityTagging } from "@/lib/iam/tags";
import { authorizedUser } from "./crud";

export const { tag: tagUser, untag: untagUser, list: listUserTags } = entityTagging(
  "user",
  "TagsPerUser",
  { tag: "iam:TagUser", untag: "iam:UntagUser", list: "iam:ListUserTags" },
  async (caller, action, userName: string, opts) => (await authorizedUser(caller, action, userName, opts)).id,
);
