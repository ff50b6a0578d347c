// The request context AWS builds for every call (spec §6.9): who is calling, how, and when. One
// builder for IAM principals and for anonymous (web-identity) callers, so both see the same keys.
//
// Built by assignment into one object, never `{ ...entries, key: … }` nor a copy: on this runtime an
// object spread followed by more members, or a copy of a twenty-key object, costs microseconds per
// member, and this runs on every decision.
import type { ContextValue } from "@/lib/policy";
import { callerUserId, type AnonymousCaller, type Caller } from "./caller";

const PRINCIPAL_TYPE = { root: "Account", user: "User", "assumed-role": "AssumedRole", "federated-user": "FederatedUser" } as const;

type Extra = Record<string, ContextValue | undefined>;

/**
 * `2026-11-22T14:00:00Z`, formatted once per second: every request in the same second has the same
 * aws:CurrentTime. One formatter per use, so two kinds of times do not evict each other.
 */
function secondsFormatter(): (d: Date) => string {
  let second = NaN;
  let text = "";
  return (d) => {
    const s = Math.floor(d.getTime() / 1000);
    if (s !== second) {
      text = d.toISOString().replace(/\.\d{3}Z$/, "Z");
      second = s;
    }
    return text;
  };
}
const currentTime = secondsFormatter();
const issueTime = secondsFormatter();

/** What every request carries whoever sends it: the time, the network it came over, the region. */
function addRequestEntries(out: Extra, now: Date, net: { sourceIp?: string; userAgent?: string; region?: string }): Extra {
  out["aws:CurrentTime"] = currentTime(now);
  out["aws:EpochTime"] = String(Math.floor(now.getTime() / 1000));
  out["aws:SourceIp"] = net.sourceIp;
  out["aws:UserAgent"] = net.userAgent;
  out["aws:SecureTransport"] = "false";
  out["aws:RequestedRegion"] = net.region ?? "us-east-1";
  return out;
}

/** `extra` over `out`, as `{ ...out, ...extra }` would (an undefined member overrides too). */
function withExtra(out: Extra, extra: Extra): Extra {
  return Object.assign(out, extra);
}

/**
 * The context of a call by `caller`, written into `into` (whose own keys come first, and are
 * overridden by the caller's and then by `extra`'s): copying a built context of twenty keys into
 * another object costs over 10 µs on this runtime, so callers that add keys pass them in instead.
 */
export function callerContext(caller: Caller, now: Date, extra: Extra = {}, into: Extra = {}): Extra {
  // Console sign-ins, assumed roles and GetSessionToken sessions all run on temporary credentials.
  const temporary = caller.via === "console" || caller.kind === "assumed-role" || caller.session !== undefined;
  const out = addRequestEntries(into, now, caller);
  out["aws:PrincipalArn"] = caller.kind === "assumed-role" ? caller.role?.arn : caller.arn;
  out["aws:PrincipalAccount"] = caller.accountId;
  out["aws:PrincipalType"] = PRINCIPAL_TYPE[caller.kind];
  out["aws:userid"] = callerUserId(caller);
  out["aws:username"] = caller.kind === "user" ? caller.userName : undefined;
  out["aws:PrincipalIsAWSService"] = "false";
  out["aws:ViaAWSService"] = "false";
  // Long-term access keys carry no MFA context at all; temporary credentials say true or false.
  out["aws:MultiFactorAuthPresent"] = temporary ? String(caller.mfa) : undefined;
  out["aws:MultiFactorAuthAge"] =
    caller.mfa && caller.mfaAuthenticatedAt
      ? String(Math.max(0, Math.floor((now.getTime() - caller.mfaAuthenticatedAt.getTime()) / 1000)))
      : undefined;
  out["aws:TokenIssueTime"] = caller.session ? issueTime(caller.session.issuedAt) : undefined;
  return withExtra(out, extra);
}

/** An unsigned caller (AssumeRoleWithWebIdentity) has no principal keys: only the request's own. */
export function anonymousContext(caller: AnonymousCaller, now: Date, extra: Extra = {}): Extra {
  return withExtra(addRequestEntries({}, now, caller), extra);
}
