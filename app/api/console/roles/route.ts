// GET: the Roles table (iam:ListRoles) — ?search=&page=&pageSize=&sort=&order=asc|desc, one page of rows with the
// Trusted entities text, last activity and max session duration, plus the total.
// POST: the Create role wizard's submit — CreateRole, then AttachRolePolicy per policy and, for EC2
// use cases, the same-name instance profile; or CreateServiceLinkedRole for service-linked use
// cases. Every step is authorized as its own IAM action in lib/iam; the caller's account scopes all.
import { z } from "zod";
import { withConsoleApi } from "@/lib/api/with-console-api";
import { apiResult } from "@/lib/cloudtrail/console-call";
import { createRoleForConsole, createServiceLinkedRoleForConsole } from "@/lib/iam/console/create-role";
import { listRolesTablePage } from "@/lib/iam/console/roles-page";
import { ROLE_SORT_FIELDS } from "@/lib/iam/roles/console-list";

const ZListQuery = z
  .object({
    // Role names are at most 64 characters, but the search also matches trust-policy text (ARNs).
    search: z.string().max(512).optional(),
    page: z.coerce.number().int().min(1).optional(),
    // The preferences offer 10/20/50; 1000 is IAM's MaxItems ceiling.
    pageSize: z.coerce.number().int().min(1).max(1000).optional(),
    sort: z.enum(ROLE_SORT_FIELDS).optional(),
    order: z.enum(["asc", "desc"]).optional(),
  })
  .strict();

export const GET = withConsoleApi({
  action: "iam:ListRoles",
  query: ZListQuery,
  resource: ({ caller }) => `arn:aws:iam::${caller.accountId}:role/`,
  handler: ({ caller, query: { order, ...query } }) => listRolesTablePage(caller, { ...query, descending: order === "desc" }),
});

// Field limits are IAM's own (checked again in lib/iam with AWS's messages); these bounds only keep
// absurd bodies out: 50 tags, 10–25 policies per role (quota is enforced in the domain), 128-char keys.
const ZTag = z.object({ Key: z.string().max(128), Value: z.string().max(256) }).strict();

const ZCreateRoleInput = z
  .object({
    roleName: z.string().max(64),
    assumeRolePolicyDocument: z.string().max(131072),
    description: z.string().max(1000).optional(),
    path: z.string().max(512).optional(),
    policyArns: z.array(z.string().max(2048)).max(100).optional(),
    permissionsBoundary: z.string().max(2048).optional(),
    tags: z.array(ZTag).max(100).optional(),
    instanceProfile: z.boolean().optional(),
    /** Service-linked use cases: the service name; the other fields but description are ignored by AWS. */
    serviceLinkedService: z.string().max(256).optional(),
  })
  .strict();

export type TCreateRoleInput = z.infer<typeof ZCreateRoleInput>;

export const POST = withConsoleApi({
  action: "iam:CreateRole",
  body: ZCreateRoleInput,
  resource: ({ caller, body }) => `arn:aws:iam::${caller.accountId}:role${body.path ?? "/"}${body.roleName}`,
  // Recorded as the API the wizard's submit stands for, with IAM's input and the new role.
  trail: ({ body, result }) => {
    const response = apiResult(result, "Role");
    if (body.serviceLinkedService) {
      return { eventName: "CreateServiceLinkedRole", request: { AWSServiceName: body.serviceLinkedService, Description: body.description }, response };
    }
    const request = {
      Path: body.path,
      RoleName: body.roleName,
      AssumeRolePolicyDocument: body.assumeRolePolicyDocument,
      Description: body.description,
      PermissionsBoundary: body.permissionsBoundary,
      Tags: body.tags,
    };
    return { request, response };
  },
  handler: ({ caller, body }) => {
    const { serviceLinkedService, ...input } = body;
    return serviceLinkedService
      ? createServiceLinkedRoleForConsole(caller, { awsServiceName: serviceLinkedService, description: body.description })
      : createRoleForConsole(caller, input);
  },
});
