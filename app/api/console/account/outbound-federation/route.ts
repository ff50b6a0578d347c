// The Account settings page's outbound identity federation. GET: whether the account issues web
// identity tokens and its issuer URL (iam:GetOutboundWebIdentityFederationInfo; never enabled reads as
// off, with no issuer). POST: enable (iam:EnableOutboundWebIdentityFederation). DELETE: disable
// (iam:DisableOutboundWebIdentityFederation).
import { withConsoleApi } from "@/lib/api/with-console-api";
import {
  describeOutboundFederation,
  disableOutboundWebIdentityFederation,
  enableOutboundWebIdentityFederation,
} from "@/lib/iam/outbound-federation/federation";

export const GET = withConsoleApi({
  action: "iam:GetOutboundWebIdentityFederationInfo",
  resource: () => "*",
  handler: ({ caller }) => describeOutboundFederation(caller),
});

export const POST = withConsoleApi({
  action: "iam:EnableOutboundWebIdentityFederation",
  resource: () => "*",
  handler: ({ caller }) => enableOutboundWebIdentityFederation(caller),
});

export const DELETE = withConsoleApi({
  action: "iam:DisableOutboundWebIdentityFederation",
  resource: () => "*",
  handler: async ({ caller }) => {
    await disableOutboundWebIdentityFederation(caller);
    return {};
  },
});
