// GET: the user's X.509 signing certificates (iam:ListSigningCertificates). POST: upload one from its
// PEM body (iam:UploadSigningCertificate, 2 per user).
import { z } from "zod";
import { withConsoleApi } from "@/lib/api/with-console-api";
import { listSigningCertificates, uploadSigningCertificate } from "@/lib/iam/signing-certificates";

const ZParams = z.object({ name: z.string().min(1) });
const userArn = (acct: string, name: string) => `arn:aws:iam::${acct}:user/${name}`;

export const GET = withConsoleApi({
  action: "iam:ListSigningCertificates",
  params: ZParams,
  resource: ({ caller, params }) => userArn(caller.accountId, params.name),
  handler: ({ caller, params }) => listSigningCertificates(caller, { userName: params.name }),
});

export const POST = withConsoleApi({
  action: "iam:UploadSigningCertificate",
  params: ZParams,
  // certificateBodyType: at most 16384 characters.
  body: z.object({ certificateBody: z.string().min(1).max(16384) }).strict(),
  resource: ({ caller, params }) => userArn(caller.accountId, params.name),
  handler: ({ caller, params, body }) => uploadSigningCertificate(caller, { userName: params.name, body: body.certificateBody }),
});
