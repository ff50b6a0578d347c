// POST: the Global Settings' context keys of the included policies (GetContextKeysForPrincipalPolicy
// on the source ARN, GetContextKeysForCustomPolicy on "*"), plus the keys of the trust policies the
// page will evaluate for sts:AssumeRole*.
import { withConsoleApi } from "@/lib/api/with-console-api";
import { consoleContextKeys } from "@/lib/iam/simulate/console";
import { ZContextKeysInput } from "../schemas";

export const POST = withConsoleApi({
  action: "iam:GetContextKeysForPrincipalPolicy",
  body: ZContextKeysInput,
  resource: ({ body }) => body.source ?? "*",
  handler: ({ caller, body }) => consoleContextKeys(caller, body),
});
