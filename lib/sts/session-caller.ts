// Builds the Caller for temporary credentials (an StsSession row): the one mapping used by the wire
// endpoint (ASIA… keys, rows from fast-reads) and by the console's switched-role session (Prisma rows).
import { db } from "@/lib/db";
import type { Caller } from "@/lib/authz/caller";
import { jsonList } from "./credentials";
import { readRoleById, type SessionRow } from "./fast-reads";

/** The columns both a Prisma StsSession and a fast-reads SessionRow carry. */
type SessionFields = Pick<
  SessionRow,
  | "accessKeyId"
  | "kind"
  | "accountId"
  | "roleId"
  | "userId"
  | "principalArn"
  | "sessionName"
  | "mfaAuthenticated"
  | "mfaAuthenticatedAt"
  | "sessionPolicy"
  | "sessionPolicyArns"
  | "viaConsole"
  | "issuedAt"
  | "expiresAt"
>;

export async function sessionCaller(
  s: SessionFields,
  meta: { sourceIp?: string; userAgent?: string; via?: "console" | "api" },
): Promise<Caller | null> {
  const common = {
    mfa: s.mfaAuthenticated,
    mfaAuthenticatedAt: s.mfaAuthenticatedAt ?? undefined,
    via: meta.via ?? (s.viaConsole ? ("console" as const) : ("api" as const)),
    sourceIp: meta.sourceIp,
    userAgent: meta.userAgent,
    session: {
      accessKeyId: s.accessKeyId,
      name: s.sessionName ?? "",
      issuedAt: s.issuedAt,
      expiresAt: s.expiresAt,
      sessionPolicy: s.sessionPolicy,
      sessionPolicyArns: jsonList<string>(s.sessionPolicyArns),
    },
  };
  if (s.kind === "session-token") {
    if (!s.userId) return { ...common, kind: "root", accountId: s.accountId, arn: `arn:aws:iam::${s.accountId}:root` };
    const user = await db.user.findUnique({ where: { id: s.userId } });
    if (!user) return null;
    return { ...common, kind: "user", accountId: s.accountId, arn: user.arn, userId: user.id, userName: user.name };
  }
  // A deleted role leaves its sessions valid for SigV4 but with no policies: every call is denied.
  const found = s.roleId ? await readRoleById(s.roleId) : null;
  const roleName = s.principalArn.split("/")[1] ?? "";
  return {
    ...common,
    kind: "assumed-role",
    accountId: s.accountId,
    arn: s.principalArn,
    role: found
      ? { id: found.id, arn: found.arn, name: found.name }
      : { id: s.roleId ?? "", arn: `arn:aws:iam::${s.accountId}:role/${roleName}`, name: roleName },
  };
}
