// POST: the "Set up device" step — a new virtual MFA seed and its QR code for the named device
// (iam:CreateVirtualMFADevice on arn:aws:iam::ACCT:mfa/NAME). Nothing is stored until enabled.
import { z } from "zod";
import { withConsoleApi } from "@/lib/api/with-console-api";
import { startVirtualMfaDevice } from "@/lib/iam/mfa-devices/virtual";

export const POST = withConsoleApi({
  action: "iam:CreateVirtualMFADevice",
  params: z.object({ name: z.string().min(1) }),
  body: z.object({ deviceName: z.string().max(256) }).strict(),
  resource: ({ caller, body }) => `arn:aws:iam::${caller.accountId}:mfa/${body.deviceName}`,
  handler: ({ caller, params, body }) => startVirtualMfaDevice(caller, { userName: params.name, deviceName: body.deviceName }),
});
