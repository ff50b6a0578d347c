// GET: the user page's Tags tab (iam:ListUserTags). PUT: Manage tags → Save changes, the editor's rows
// as the user's whole tag set (iam:UntagUser for removed keys, iam:TagUser for the rest).
// Authorization happens in lib/iam.
import { z } from "zod";
import { withConsoleApi } from "@/lib/api/with-console-api";
import { ZSaveTagsInput } from "@/lib/iam/tags-input";
import { listUserTags, replaceUserTags } from "@/lib/iam/users/tagging";

const ZParams = z.object({ name: z.string().min(1) });
const userArn = ({ caller, params }: { caller: { accountId: string }; params: { name: string } }) => `arn:aws:iam::${caller.accountId}:user/${params.name}`;

export const GET = withConsoleApi({
  action: "iam:ListUserTags",
  params: ZParams,
  resource: userArn,
  handler: async ({ caller, params }) => ({ Tags: (await listUserTags(caller, params.name, { maxItems: 1000 })).Tags }),
});

export const PUT = withConsoleApi({
  action: "iam:TagUser",
  params: ZParams,
  body: ZSaveTagsInput,
  resource: userArn,
  handler: ({ caller, params, body }) => replaceUserTags(caller, params.name, body.tags),
});
