// A caller is always one principal: account root, IAM user, or an assumed-role session. Console
// requests (getCaller) and wire requests (SigV4 access key) both end up here, then in authorize().

export type CallerKind = "root" | "user" | "assumed-role" | "federated-user";

export interface Caller {
  kind: CallerKind;
  accountId: string;
  /** The principal ARN AWS reports: …:root, …:user/path/name, or arn:aws:sts::ACCT:assumed-role/ROLE/SESSION. */
  arn: string;
  userId?: string;
  userName?: string;
  /** Federated-user sessions (GetFederationToken): the IAM user (or root) who federated. */
  federatedBy?: string;
  /** Assumed-role sessions: the role and the session. */
  role?: { id: string; arn: string; name: string };
  session?: {
    accessKeyId: string;
    name: string;
    issuedAt: Date;
    expiresAt: Date;
    sessionPolicy?: string | null;
    sessionPolicyArns: string[];
    /** Session tags (AssumeRole Tags, transitive tags carried down a chain): aws:PrincipalTag. */
    tags?: { Key: string; Value: string }[];
    /** What a chained AssumeRole inherits from this session. */
    transitiveTagKeys?: string[];
    sourceIdentity?: string;
    /** AssumeRoleWithWebIdentity sessions: the provider that vouched (an oidc-provider ARN or a built-in name). */
    webIdentityProvider?: string;
    chainDepth?: number;
    /** GetDelegatedAccessToken credentials: the approver of a delegation request, not a GetSessionToken session. */
    delegated?: boolean;
  };
  /**
   * A signed-in IAM user's or root's console session: AWS signs the console's calls with temporary
   * ASIA… credentials of that session, which CloudTrail names (accessKeyId, sessionContext.attributes).
   */
  consoleSession?: { accessKeyId: string; issuedAt: Date };
  mfa: boolean;
  mfaAuthenticatedAt?: Date;
  via: "console" | "api";
  sourceIp?: string;
  userAgent?: string;
}

/**
 * An unsigned caller whose only credential is a token (AssumeRoleWithWebIdentity): no IAM identity,
 * so only a resource (trust) policy can allow it; "Federated" in that policy names the provider.
 */
export interface AnonymousCaller {
  kind: "anonymous";
  /** The provider a trust policy's "Federated" names: an oidc-provider ARN or a built-in name. */
  federatedProvider: string;
  sourceIp?: string;
  userAgent?: string;
  region?: string;
}

/** Whoever a decision is about: an IAM principal, or an anonymous federated caller. */
export type Principal = Caller | AnonymousCaller;

/** The principal's unique id as AWS puts it in aws:userid: AIDA…, AROA…:session, or the account id for root. */
export function callerUserId(caller: Caller): string {
  if (caller.kind === "root") return caller.accountId;
  if (caller.kind === "assumed-role") return `${caller.role?.id}:${caller.session?.name}`;
  if (caller.kind === "federated-user") return `${caller.accountId}:${caller.session?.name}`;
  return caller.userId ?? "";
}

export function formatAccountId(id: string): string {
  return id.replace(/^(\d{4})(\d{4})(\d{4})$/, "$1-$2-$3");
}
