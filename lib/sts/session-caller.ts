// Builds the Caller for temporary credentials (an StsSession row with its role's or user's names):
// the one mapping used by the wire endpoint (ASIA… keys) and by the console's switched-role session.
import type { Caller } from "@/lib/authz/caller";
import type { SessionWithPrincipal } from "@/lib/data/sessions";
import { jsonList, type SessionTag } from "./credentials";

/**
 * A role session AssumeRoleWithWebIdentity issued names its provider as the session's source: an IAM
 * OIDC provider's ARN or a built-in provider's name (accounts.google.com), never an IAM or STS ARN
 * (AssumeRole) nor a SAML provider's. CloudTrail shows it as webIdFederationData.federatedProvider.
 */
function webIdentityOf(s: SessionWithPrincipal): { webIdentityProvider?: string } {
  const source = s.sourcePrincipalArn;
  if (s.kind !== "assumed-role" || !source) return {};
  return /^arn:[^:]+:iam::\d{12}:oidc-provider\//.test(source) || !source.startsWith("arn:") ? { webIdentityProvider: source } : {};
}

export function sessionCaller(
  s: SessionWithPrincipal,
  meta: { sourceIp?: string; userAgent?: string; via?: "console" | "api" },
): Caller | null {
  const common = {
    mfa: s.mfaAuthenticated,
    mfaAuthenticatedAt: s.mfaAuthenticatedAt ?? undefined,
    via: meta.via ?? (s.viaConsole ? ("console" as const) : ("api" as const)),
    sourceIp: meta.sourceIp,
    userAgent: meta.userAgent,
    // Everything role chaining and session tags need travels with the caller: no second read.
    session: {
      accessKeyId: s.accessKeyId,
      name: s.sessionName ?? "",
      issuedAt: s.issuedAt,
      expiresAt: s.expiresAt,
      sessionPolicy: s.sessionPolicy,
      sessionPolicyArns: jsonList<string>(s.sessionPolicyArns),
      tags: jsonList<SessionTag>(s.tags),
      transitiveTagKeys: jsonList<string>(s.transitiveTagKeys),
      sourceIdentity: s.sourceIdentity ?? undefined,
      ...webIdentityOf(s),
      chainDepth: s.chainDepth,
      ...(s.kind === "delegated" ? { delegated: true } : {}),
    },
  };
  // AssumeRoot: the member account's root user, its task policy riding as the session policy.
  if (s.kind === "root") return { ...common, kind: "root", accountId: s.accountId, arn: `arn:aws:iam::${s.accountId}:root` };
  if (s.kind === "session-token") {
    if (!s.userId) return { ...common, kind: "root", accountId: s.accountId, arn: `arn:aws:iam::${s.accountId}:root` };
    if (!s.user) return null;
    return { ...common, kind: "user", accountId: s.accountId, arn: s.user.arn, userId: s.user.id, userName: s.user.name };
  }
  if (s.kind === "federated-user") {
    // A deleted federating user leaves the session signed but powerless: its identity side is empty.
    const federatedBy = s.userId ? (s.user?.arn ?? s.sourcePrincipalArn ?? "") : `arn:aws:iam::${s.accountId}:root`;
    return { ...common, kind: "federated-user", accountId: s.accountId, arn: s.principalArn, userId: s.userId ?? undefined, federatedBy };
  }
  // GetDelegatedAccessToken: the identity that accepted the request (a role session falls through).
  if (s.kind === "delegated" && !s.roleId) {
    if (!s.userId) return { ...common, kind: "root", accountId: s.accountId, arn: `arn:aws:iam::${s.accountId}:root` };
    if (!s.user) return null;
    return { ...common, kind: "user", accountId: s.accountId, arn: s.user.arn, userId: s.user.id, userName: s.user.name };
  }
  // A deleted role leaves its sessions valid for SigV4 but with no policies: every call is denied.
  const roleName = s.principalArn.split("/")[1] ?? "";
  return {
    ...common,
    kind: "assumed-role",
    accountId: s.accountId,
    arn: s.principalArn,
    role: s.role ?? { id: s.roleId ?? "", arn: `arn:aws:iam::${s.accountId}:role/${roleName}`, name: roleName },
  };
}
