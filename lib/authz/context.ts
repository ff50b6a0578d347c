// The request context AWS builds for every call (spec §6.9): who is calling, how, and when. One
// builder for IAM principals and for anonymous (web-identity) callers, so both see the same keys.
import type { ContextValue } from "@/lib/policy";
import { callerUserId, type AnonymousCaller, type Caller } from "./caller";

const PRINCIPAL_TYPE = { root: "Account", user: "User", "assumed-role": "AssumedRole" } as const;

type Extra = Record<string, ContextValue | undefined>;

const isoSeconds = (d: Date) => d.toISOString().replace(/\.\d{3}Z$/, "Z");

/** What every request carries whoever sends it: the time, the network it came over, the region. */
function requestEntries(now: Date, net: { sourceIp?: string; userAgent?: string; region?: string }): Extra {
  return {
    "aws:CurrentTime": isoSeconds(now),
    "aws:EpochTime": String(Math.floor(now.getTime() / 1000)),
    "aws:SourceIp": net.sourceIp,
    "aws:UserAgent": net.userAgent,
    "aws:SecureTransport": "false",
    "aws:RequestedRegion": net.region ?? "us-east-1",
  };
}

export function callerContext(caller: Caller, now: Date, extra: Extra = {}) {
  // Console sign-ins, assumed roles and GetSessionToken sessions all run on temporary credentials.
  const temporary = caller.via === "console" || caller.kind === "assumed-role" || caller.session !== undefined;
  const entries: Extra = {
    ...requestEntries(now, caller),
    "aws:PrincipalArn": caller.kind === "assumed-role" ? caller.role?.arn : caller.arn,
    "aws:PrincipalAccount": caller.accountId,
    "aws:PrincipalType": PRINCIPAL_TYPE[caller.kind],
    "aws:userid": callerUserId(caller),
    "aws:username": caller.kind === "user" ? caller.userName : undefined,
    "aws:PrincipalIsAWSService": "false",
    "aws:ViaAWSService": "false",
    // Long-term access keys carry no MFA context at all; temporary credentials say true or false.
    "aws:MultiFactorAuthPresent": temporary ? String(caller.mfa) : undefined,
    "aws:MultiFactorAuthAge":
      caller.mfa && caller.mfaAuthenticatedAt
        ? String(Math.max(0, Math.floor((now.getTime() - caller.mfaAuthenticatedAt.getTime()) / 1000)))
        : undefined,
    "aws:TokenIssueTime": caller.session ? isoSeconds(caller.session.issuedAt) : undefined,
  };
  return { ...entries, ...extra };
}

/** An unsigned caller (AssumeRoleWithWebIdentity) has no principal keys: only the request's own. */
export function anonymousContext(caller: AnonymousCaller, now: Date, extra: Extra = {}) {
  return { ...requestEntries(now, caller), ...extra };
}
