// POST: Create inline policy → Create policy, or save an edited one (iam:PutRolePolicy; the role's
// 10,240-character aggregate is enforced by IAM). DELETE ?policyName=: remove (iam:DeleteRolePolicy).
// Authorization happens in lib/iam.
import { z } from "zod";
import { withConsoleApi } from "@/lib/api/with-console-api";
import { deleteRolePolicy, putRolePolicy } from "@/lib/iam/roles/inline";
import { roleResource, ZRoleParams } from "../params";

// Policy names are ≤128 characters; the document bound is generous so IAM's own size error shows.
const ZPolicyName = z.string().min(1).max(128);
const ZPutInlinePolicyInput = z.object({ policyName: ZPolicyName, policyDocument: z.string().min(1).max(131072) }).strict();

export const POST = withConsoleApi({
  action: "iam:PutRolePolicy",
  params: ZRoleParams,
  body: ZPutInlinePolicyInput,
  resource: roleResource,
  trail: ({ params, body }) => ({ request: { RoleName: params.name, PolicyName: body.policyName, PolicyDocument: body.policyDocument } }),
  handler: async ({ caller, params, body }) => {
    await putRolePolicy(caller, params.name, body.policyName, body.policyDocument);
    return { PolicyName: body.policyName };
  },
});

export const DELETE = withConsoleApi({
  action: "iam:DeleteRolePolicy",
  params: ZRoleParams,
  query: z.object({ policyName: ZPolicyName }).strict(),
  resource: roleResource,
  trail: ({ params, query }) => ({ request: { RoleName: params.name, PolicyName: query.policyName } }),
  handler: async ({ caller, params, query }) => {
    await deleteRolePolicy(caller, params.name, query.policyName);
    return { ok: true };
  },
});
