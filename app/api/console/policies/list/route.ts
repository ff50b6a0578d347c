// GET: the IAM > Policies table (iam:ListPolicies) — ?type=All|AWS|Local|JobFunction&search=&page=&pageSize=&sort=&order=asc|desc,
// one page of rows with Type, Used as and Description, plus the total and the match count.
// Scoped to the caller's account: another account's customer managed policies never appear.
import { z } from "zod";
import { withConsoleApi } from "@/lib/api/with-console-api";
import { POLICY_SORT_FIELDS, listPoliciesForConsole } from "@/lib/iam/console/policies-table";

const ZQuery = z
  .object({
    type: z.enum(["All", "AWS", "Local", "JobFunction"]).optional(),
    // Policy names are at most 128 characters, so a longer search can never match.
    search: z.string().max(128).optional(),
    page: z.coerce.number().int().min(1).optional(),
    pageSize: z.coerce.number().int().min(1).max(1000).optional(),
    sort: z.enum(POLICY_SORT_FIELDS).optional(),
    order: z.enum(["asc", "desc"]).optional(),
  })
  .strict();

export const GET = withConsoleApi({
  action: "iam:ListPolicies",
  query: ZQuery,
  resource: ({ caller }) => `arn:aws:iam::${caller.accountId}:policy/`,
  handler: ({ caller, query: { order, ...query } }) => listPoliciesForConsole(caller, { ...query, descending: order === "desc" }),
});
