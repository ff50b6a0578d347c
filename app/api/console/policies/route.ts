// GET: the attach-policy picker's server-side search over the managed-policy catalog
// (iam:ListPolicies): ?scope=All|AWS|Local&search=&marker=&maxItems=&onlyAttached=true.
// POST: "Create policy" — a customer managed policy in the caller's account (iam:CreatePolicy).
import { z } from "zod";
import { withConsoleApi } from "@/lib/api/with-console-api";
import { listPolicies } from "@/lib/iam/policies/list";
import { createPolicy } from "@/lib/iam/policies";

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

const ZCreatePolicyInput = z
  .object({
    // Name (1–128, [\w+=,.@-]), description (≤1000) and the 6,144-character document quota are
    // checked in lib/iam, so the console and the CLI answer with the same messages.
    policyName: z.string().max(1024),
    description: z.string().max(4096).optional(),
    policyDocument: z.string().min(1).max(131072),
  })
  .strict();

export const POST = withConsoleApi({
  action: "iam:CreatePolicy",
  body: ZCreatePolicyInput,
  resource: ({ caller, body }) => `arn:aws:iam::${caller.accountId}:policy/${body.policyName}`,
  handler: ({ caller, body }) => createPolicy(caller, body),
});
