// The Account settings page's "Session tokens from the STS endpoints": which tokens the global STS
// endpoint issues. GET reads it as AWS's console does, from iam:GetAccountSummary's
// GlobalEndpointTokenVersion (1 or 2). PUT sets it (iam:SetSecurityTokenServicePreferences).
// AWS: https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_temp_enable-regions.html
import { z } from "zod";
import { withConsoleApi } from "@/lib/api/with-console-api";
import { getAccountSummary } from "@/lib/iam/account/summary";
import { TOKEN_VERSIONS, setSecurityTokenServicePreferences } from "@/lib/iam/account/sts-preferences";

export const GET = withConsoleApi({
  action: "iam:GetAccountSummary",
  resource: () => "*",
  handler: async ({ caller }) => {
    const { SummaryMap } = await getAccountSummary(caller);
    return { GlobalEndpointTokenVersion: SummaryMap.get("GlobalEndpointTokenVersion") === 2 ? "v2Token" : "v1Token" };
  },
});

export const PUT = withConsoleApi({
  action: "iam:SetSecurityTokenServicePreferences",
  body: z.object({ GlobalEndpointTokenVersion: z.enum(TOKEN_VERSIONS) }).strict(),
  resource: () => "*",
  trail: ({ body }) => ({ request: body }),
  handler: async ({ caller, body }) => {
    await setSecurityTokenServicePreferences(caller, body.GlobalEndpointTokenVersion);
    return {};
  },
});
