// GET ?q=: the top bar's search (lib/iam/console/search.ts) — console features, and the resources of
// each kind the caller may list (iam:ListRoles, ListUsers, ListGroups, ListPolicies,
// ListOpenIDConnectProviders), grouped as Features and Resources. It reads only, through the same
// authorize() door as the tables; it stands for no single AWS API, so it writes no CloudTrail record.
import { z } from "zod";
import { withConsoleApi } from "@/lib/api/with-console-api";
import { searchConsole } from "@/lib/iam/console/search";

// Names are at most 128 characters (policies, groups); an OIDC provider's URL up to 255.
const ZQuery = z.object({ q: z.string().max(256) }).strict();

export const GET = withConsoleApi({
  action: "console:Search",
  query: ZQuery,
  trail: false,
  handler: ({ caller, query }) => searchConsole(caller, query.q),
});
