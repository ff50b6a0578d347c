// The request context AWS builds for every call (spec §6.9): who is calling, how, and when.
import type { ContextValue } from "@/lib/policy";
import { callerUserId, type Caller } from "./caller";

const PRINCIPAL_TYPE = { root: "Account", user: "User", "assumed-role": "AssumedRole" } as const;

export function callerContext(caller: Caller, now: Date, extra: Record<string, ContextValue | undefined> = {}) {
  // Console sign-ins, assumed roles and GetSessionToken sessions all run on temporary credentials.
  const temporary = caller.via === "console" || caller.kind === "assumed-role" || caller.session !== undefined;
  const entries: Record<string, ContextValue | undefined> = {
    "aws:CurrentTime": now.toISOString().replace(/\.\d{3}Z$/, "Z"),
    "aws:EpochTime": String(Math.floor(now.getTime() / 1000)),
    "aws:PrincipalArn": caller.kind === "assumed-role" ? caller.role?.arn : caller.arn,
    "aws:PrincipalAccount": caller.accountId,
    "aws:PrincipalType": PRINCIPAL_TYPE[caller.kind],
    "aws:userid": callerUserId(caller),
    "aws:username": caller.kind === "user" ? caller.userName : undefined,
    "aws:SourceIp": caller.sourceIp,
    "aws:UserAgent": caller.userAgent,
    "aws:SecureTransport": "false",
    "aws:RequestedRegion": "us-east-1",
    "aws:PrincipalIsAWSService": "false",
    "aws:ViaAWSService": "false",
    // Long-term access keys carry no MFA context at all; temporary credentials say true or false.
    "aws:MultiFactorAuthPresent": temporary ? String(caller.mfa) : undefined,
    "aws:MultiFactorAuthAge":
      caller.mfa && caller.mfaAuthenticatedAt
        ? String(Math.max(0, Math.floor((now.getTime() - caller.mfaAuthenticatedAt.getTime()) / 1000)))
        : undefined,
    "aws:TokenIssueTime": caller.session ? caller.session.issuedAt.toISOString().replace(/\.\d{3}Z$/, "Z") : undefined,
  };
  return { ...entries, ...extra };
}
