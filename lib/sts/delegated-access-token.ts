// sts:GetDelegatedAccessToken: a partner trades the exchange token of a FINALIZED delegation request
// for temporary credentials of the identity that accepted it, capped by the request's permission
// policy, valid for the request's SessionDuration from the moment the token was released ("The
// delegation period (exchange token validity) begins when the request reaches Finalized state").
// https://docs.aws.amazon.com/STS/latest/APIReference/API_GetDelegatedAccessToken.html
import { authorize } from "@/lib/authz/authorize";
import type { Caller } from "@/lib/authz/caller";
import { db } from "@/lib/db";
import { AwsError } from "@/lib/errors";
import type { Approver } from "@/lib/iam/delegation-requests/requests";
import { issueCredentials, type CredentialsShape } from "./credentials";
import { serverNow } from "@/lib/server-now";

/** [INF] AWS's wording; an unknown token and a spent one are refused alike (the SDK models one error). */
export const TRADE_IN_TOKEN_EXPIRED = "The trade-in token has expired or is not valid.";

export async function getDelegatedAccessToken(
  caller: Caller,
  tradeInToken: string,
  now = serverNow(),
): Promise<{ Credentials: CredentialsShape; AssumedPrincipal: string }> {
  await authorize(caller, "sts:GetDelegatedAccessToken", "*", { now });
  const row = await db.delegationRequest.findUnique({ where: { tradeInToken } });
  // Only the partner that created the request may trade its token [INF].
  if (!row || !row.finalizedAt || !row.approver || row.requestorAccountId !== caller.accountId) {
    throw new AwsError("ExpiredTradeInTokenException", TRADE_IN_TOKEN_EXPIRED);
  }
  const endsAt = row.finalizedAt.getTime() + row.sessionDuration * 1000;
  const remaining = Math.floor((endsAt - now.getTime()) / 1000);
  if (remaining <= 0) throw new AwsError("ExpiredTradeInTokenException", TRADE_IN_TOKEN_EXPIRED);
  const approver = JSON.parse(row.approver) as Approver;
  const credentials = await issueCredentials({
    kind: "delegated",
    accountId: row.ownerAccountId ?? "",
    principalArn: approver.arn,
    durationSeconds: remaining,
    userId: approver.kind === "user" ? approver.userId : undefined,
    roleId: approver.kind === "assumed-role" ? approver.roleId : undefined,
    sessionName: approver.sessionName,
    sourcePrincipalArn: caller.arn,
    sessionPolicy: row.permissionPolicy,
    now,
  });
  return { Credentials: credentials, AssumedPrincipal: approver.arn };
}
