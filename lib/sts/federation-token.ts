// sts:GetFederationToken (spec §1.7): a federated-user session for an IAM user (or the root), whose
// permissions are the user's identity policies capped by the session policies passed now.
// https://docs.aws.amazon.com/STS/latest/APIReference/API_GetFederationToken.html
import { authorize } from "@/lib/authz/authorize";
import { deniedByRule } from "@/lib/authz/access-denied";
import type { Caller } from "@/lib/authz/caller";
import { issueCredentials, type CredentialsShape, type SessionTag } from "./credentials";
import { ROOT_SESSION_TOKEN_MAX_SECONDS, SESSION_TOKEN_DEFAULT_SECONDS } from "./identity";
import { checkSessionInputs } from "./session-inputs";
import { serverNow } from "@/lib/server-now";

export const FEDERATION_WITH_SESSION = "Cannot call GetFederationToken with session credentials";

export interface FederationTokenInput {
  name: string;
  policy?: string;
  policyArns?: string[];
  durationSeconds?: number;
  tags?: SessionTag[];
  now?: Date;
}

export interface FederationTokenResult {
  Credentials: CredentialsShape;
  FederatedUser: { FederatedUserId: string; Arn: string };
  PackedPolicySize?: number;
}

export function federatedUserArn(accountId: string, name: string): string {
  return `arn:aws:sts::${accountId}:federated-user/${name}`;
}

export async function getFederationToken(caller: Caller, input: FederationTokenInput): Promise<FederationTokenResult> {
  const now = input.now ?? serverNow();
  // Long-term credentials only: role sessions, GetSessionToken and federated sessions are refused.
  if (caller.session || caller.kind === "assumed-role" || caller.kind === "federated-user") throw deniedByRule(FEDERATION_WITH_SESSION);
  const tags = input.tags ?? [];
  const { policyArns, packed } = checkSessionInputs({ policy: input.policy, policyArns: input.policyArns, tags, tagsPassed: tags.length > 0 });
  const arn = federatedUserArn(caller.accountId, input.name);
  const context: Record<string, string | string[]> = {};
  if (tags.length > 0) {
    for (const t of tags) context[`aws:RequestTag/${t.Key}`] = t.Value;
    context["aws:TagKeys"] = tags.map((t) => t.Key);
    await authorize(caller, "sts:TagSession", arn, { context, now });
  }
  await authorize(caller, "sts:GetFederationToken", arn, { context, now });
  let duration = input.durationSeconds ?? SESSION_TOKEN_DEFAULT_SECONDS;
  // Root: at most one hour, a longer request silently shortened (API_GetFederationToken, DurationSeconds).
  if (caller.kind === "root") duration = Math.min(duration, ROOT_SESSION_TOKEN_MAX_SECONDS);
  const credentials = await issueCredentials({
    kind: "federated-user",
    accountId: caller.accountId,
    principalArn: arn,
    durationSeconds: duration,
    userId: caller.userId,
    sessionName: input.name,
    sourcePrincipalArn: caller.arn,
    sessionPolicy: input.policy,
    sessionPolicyArns: policyArns,
    tags,
    now,
  });
  return {
    Credentials: credentials,
    FederatedUser: { FederatedUserId: `${caller.accountId}:${input.name}`, Arn: arn },
    PackedPolicySize: packed,
  };
}
