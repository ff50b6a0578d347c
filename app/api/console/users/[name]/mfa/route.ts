// GET: the user's MFA devices (iam:ListMFADevices). POST: enable a virtual device from the seed the
// setup step issued and two consecutive codes (iam:CreateVirtualMFADevice + iam:EnableMFADevice).
// DELETE ?serialNumber=: the console's Remove (iam:DeactivateMFADevice + iam:DeleteVirtualMFADevice).
import { z } from "zod";
import { withConsoleApi } from "@/lib/api/with-console-api";
import { enableVirtualMfaDevice, listMfaDevices, removeMfaDevice } from "@/lib/iam/mfa-devices/virtual";

const ZParams = z.object({ name: z.string().min(1) });
const userArn = (acct: string, name: string) => `arn:aws:iam::${acct}:user/${name}`;

export const GET = withConsoleApi({
  action: "iam:ListMFADevices",
  params: ZParams,
  resource: ({ caller, params }) => userArn(caller.accountId, params.name),
  handler: ({ caller, params }) => listMfaDevices(caller, params.name),
});

const ZEnableInput = z
  .object({
    deviceName: z.string().min(1).max(128),
    secret: z.string().min(16).max(128),
    // Codes are checked by lib/iam/mfa, which answers AWS's "not valid" message for any bad code.
    code1: z.string().max(16),
    code2: z.string().max(16),
  })
  .strict();

export const POST = withConsoleApi({
  action: "iam:EnableMFADevice",
  params: ZParams,
  body: ZEnableInput,
  resource: ({ caller, params }) => userArn(caller.accountId, params.name),
  handler: ({ caller, params, body }) => enableVirtualMfaDevice(caller, { userName: params.name, ...body }),
});

export const DELETE = withConsoleApi({
  action: "iam:DeactivateMFADevice",
  params: ZParams,
  query: z.object({ serialNumber: z.string().min(9).max(256) }).strict(),
  resource: ({ query }) => query.serialNumber,
  handler: async ({ caller, params, query }) => {
    await removeMfaDevice(caller, { userName: params.name, serialNumber: query.serialNumber });
    return { ok: true };
  },
});
