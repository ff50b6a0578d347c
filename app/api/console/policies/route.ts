// GET: the attach-policy picker's server-side search over the managed-policy catalog
// (iam:ListPolicies): ?scope=All|AWS|Local&search=&marker=&maxItems=&onlyAttached=true.
import { z } from "zod";
import { withConsoleApi } from "@/lib/api/with-console-api";
import { listPolicies } from "@/lib/iam/policies-list";

const ZQuery = z
  .object({
    scope: z.enum(["All", "AWS", "Local"]).optional(),
    // Policy names are at most 128 characters, so a longer search can never match.
    search: z.string().max(128).optional(),
    marker: z.string().max(32).optional(),
    maxItems: z.coerce.number().int().min(1).max(1000).optional(),
    onlyAttached: z.enum(["true", "false"]).optional(),
  })
  .strict();

export const GET = withConsoleApi({
  action: "iam:ListPolicies",
  query: ZQuery,
  resource: ({ caller }) => `arn:aws:iam::${caller.accountId}:policy/`,
  handler: ({ caller, query }) => listPolicies(caller, { ...query, onlyAttached: query.onlyAttached === "true" }),
});
