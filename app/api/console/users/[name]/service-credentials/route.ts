// GET: the user's service-specific credentials for every service, never their secrets
// (iam:ListServiceSpecificCredentials). POST: generate one for a service — the only response, with
// Reset's, that carries the password or API key secret (iam:CreateServiceSpecificCredential).
import { z } from "zod";
import { withConsoleApi } from "@/lib/api/with-console-api";
import { createServiceSpecificCredential, listServiceSpecificCredentials } from "@/lib/iam/service-specific-credentials/credentials";

const ZParams = z.object({ name: z.string().min(1) });
const userArn = (acct: string, name: string) => `arn:aws:iam::${acct}:user/${name}`;

export const GET = withConsoleApi({
  action: "iam:ListServiceSpecificCredentials",
  params: ZParams,
  resource: ({ caller, params }) => userArn(caller.accountId, params.name),
  handler: ({ caller, params }) => listServiceSpecificCredentials(caller, { userName: params.name, maxItems: 1000 }),
});

export const POST = withConsoleApi({
  action: "iam:CreateServiceSpecificCredential",
  params: ZParams,
  body: z.object({ serviceName: z.string().min(1).max(256), credentialAgeDays: z.number().int().min(1).max(36600).optional() }).strict(),
  resource: ({ caller, params }) => userArn(caller.accountId, params.name),
  handler: ({ caller, params, body }) =>
    createServiceSpecificCredential(caller, { userName: params.name, serviceName: body.serviceName, credentialAgeDays: body.credentialAgeDays }),
});
