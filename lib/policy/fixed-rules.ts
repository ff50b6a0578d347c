// Refusals AWS makes by a fixed rule of the service rather than by any policy. One table, read by the
// engine (so the corpus, the simulator and the console see them) and by STS before it looks the role
// up (the order AWS checks in). The wire refuses IAM calls with such credentials even earlier, as a
// bad token (lib/wire/resolve-caller.ts), with the sentence INVALID_TOKEN_FOR_IAM gives here.
import { accessDeniedText } from "./messages";
import type { PrincipalInfo } from "./evaluate/request";

/** AssumeRole with the account root user's credentials (STS API reference, AssumeRole: "You cannot use
 *  AWS account root user credentials to call AssumeRole") — AWS's AccessDenied text [OBS]. */
export const ROOT_CANNOT_ASSUME = "Roles may not be assumed by root accounts.";

/** IAM's answer to temporary credentials that may not call it: a bad token, not AccessDenied [OBS:
 *  https://github.com/aws/aws-sdk-js/issues/460, https://github.com/cloudyr/aws.iam/issues/15]. */
export const INVALID_TOKEN_FOR_IAM = "The security token included in the request is invalid.";

/** Any temporary credentials calling GetSessionToken / GetFederationToken [OBS: hashicorp/vault#4108]. */
export function sessionCredentialsRefused(operation: "GetSessionToken" | "GetFederationToken"): string {
  return `Cannot call ${operation} with session credentials`;
}

const TOKEN_OPERATIONS: Record<string, "GetSessionToken" | "GetFederationToken"> = {
  "sts:getsessiontoken": "GetSessionToken",
  "sts:getfederationtoken": "GetFederationToken",
};

/**
 * The STS actions each kind of temporary credentials may still perform
 * (https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_temp_request.html#stsapi_comparison):
 * GetFederationToken credentials "cannot call any STS operations except GetCallerIdentity"
 * (https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_temp_control-access_getfederationtoken.html);
 * GetSessionToken credentials cannot call STS operations "except AssumeRole or GetCallerIdentity"
 * (https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_temp_control-access_getsessiontoken.html),
 * and AssumeRole is authorized with sts:TagSession and sts:SetSourceIdentity when it passes tags or
 * a source identity.
 */
const STS_STILL_ALLOWED = {
  federated: new Set(["sts:getcalleridentity"]),
  "session-token": new Set(["sts:getcalleridentity", "sts:assumerole", "sts:tagsession", "sts:setsourceidentity"]),
};

/** Which temporary credentials the principal signs with, if any. */
function temporaryCredentials(p: PrincipalInfo): "federated" | "session-token" | "role" | undefined {
  if (p.kind === "federated-user") return "federated";
  if (p.kind === "assumed-role") return "role";
  return p.credentials === "session-token" ? "session-token" : undefined;
}

export interface RuleRequest {
  principal: PrincipalInfo;
  action: string;
  resource: string;
  /** aws:MultiFactorAuthPresent is "true": GetSessionToken was called with an MFA code. */
  mfa: boolean;
}

/** AssumeRoot with root user credentials (a root session included): "You cannot use root user
 *  credentials to make this call" (https://docs.aws.amazon.com/STS/latest/APIReference/API_AssumeRoot.html);
 *  AWS's text is not documented [INF]. */
export const ROOT_CANNOT_ASSUME_ROOT = "Root sessions may not be started with root user credentials.";

/** AWS's sentence when a fixed rule refuses the request, else undefined. */
export function fixedRuleDenial({ principal: p, action, resource, mfa }: RuleRequest): string | undefined {
  const a = action.toLowerCase();
  if (p.kind === "root" && a === "sts:assumerole") return ROOT_CANNOT_ASSUME;
  if (p.kind === "root" && a === "sts:assumeroot") return ROOT_CANNOT_ASSUME_ROOT;
  const temp = temporaryCredentials(p);
  if (!temp) return undefined;
  const tokenOperation = TOKEN_OPERATIONS[a];
  if (tokenOperation) return sessionCredentialsRefused(tokenOperation);
  if (temp === "role") return undefined;
  const service = a.slice(0, a.indexOf(":"));
  // IAM: never with GetFederationToken credentials; with GetSessionToken's only when MFA was given.
  if (service === "iam") return temp === "federated" || !mfa ? INVALID_TOKEN_FOR_IAM : undefined;
  // [INF] AWS documents the refusal, not its words: STS's AccessDenied for a policy denial.
  if (service === "sts" && !STS_STILL_ALLOWED[temp].has(a)) return accessDeniedText(p.arn, action, resource);
  return undefined;
}
