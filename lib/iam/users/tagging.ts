// TagUser, UntagUser, ListUserTags: the same tag rules as roles and policies (./tags), authorized on
// the user's ARN with aws:RequestTag/* and aws:TagKeys in the context.
import type { Caller } from "@/lib/authz/caller";
import { entityTagging, replaceTags, type Tag } from "@/lib/iam/tags";
import { authorizedUser } from "./crud";

export const { tag: tagUser, untag: untagUser, list: listUserTags } = entityTagging(
  "user",
  "TagsPerUser",
  { tag: "iam:TagUser", untag: "iam:UntagUser", list: "iam:ListUserTags" },
  async (caller, action, userName: string, opts) => (await authorizedUser(caller, action, userName, opts)).id,
);

/** The user page's Tags tab → Save changes: the editor's rows become the user's tags. */
export function replaceUserTags(caller: Caller, userName: string, tags: Tag[]): Promise<{ Tags: Tag[] }> {
  return replaceTags(
    {
      list: async () => (await listUserTags(caller, userName, { maxItems: 1000 })).Tags,
      tag: (t) => tagUser(caller, userName, t),
      untag: (keys) => untagUser(caller, userName, keys),
    },
    tags,
  );
}
