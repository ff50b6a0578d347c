// PATCH: make a signing certificate Active/Inactive (iam:UpdateSigningCertificate). DELETE: delete it
// (iam:DeleteSigningCertificate). Both name the owning user's ARN; another user's certificate answers
// NoSuchEntity.
import { z } from "zod";
import { withConsoleApi } from "@/lib/api/with-console-api";
import { deleteSigningCertificate, updateSigningCertificate } from "@/lib/iam/signing-certificates";

// Certificate ids are 24–128 word characters (AWS's certificateIdType).
const ZParams = z.object({ name: z.string().min(1), certId: z.string().regex(/^\w{24,128}$/) });
const userArn = (acct: string, name: string) => `arn:aws:iam::${acct}:user/${name}`;

export const PATCH = withConsoleApi({
  action: "iam:UpdateSigningCertificate",
  params: ZParams,
  body: z.object({ status: z.enum(["Active", "Inactive"]) }).strict(),
  resource: ({ caller, params }) => userArn(caller.accountId, params.name),
  handler: async ({ caller, params, body }) => {
    await updateSigningCertificate(caller, { userName: params.name, certificateId: params.certId, status: body.status });
    return { ok: true };
  },
});

export const DELETE = withConsoleApi({
  action: "iam:DeleteSigningCertificate",
  params: ZParams,
  resource: ({ caller, params }) => userArn(caller.accountId, params.name),
  handler: async ({ caller, params }) => {
    await deleteSigningCertificate(caller, { userName: params.name, certificateId: params.certId });
    return { ok: true };
  },
});
