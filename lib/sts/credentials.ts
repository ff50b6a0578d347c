// Temporary credentials: an ASIA… key, its secret and session token, stored as an StsSession row
// so SigV4 can verify later requests and resolveCaller can rebuild the principal.
import type { Tx } from "@/lib/db";
import { insertSession, type StsSession } from "@/lib/data/sessions";
import { newId, newSecretAccessKey, newSessionToken } from "@/lib/ids";
import { serverNow } from "@/lib/server-now";

export interface CredentialsShape {
  AccessKeyId: string;
  SecretAccessKey: string;
  SessionToken: string;
  Expiration: Date;
}

export interface SessionTag {
  Key: string;
  Value: string;
}

export interface IssueInput {
  /** "delegated": GetDelegatedAccessToken, the approver of a delegation request capped by its policy. */
  kind: "assumed-role" | "session-token" | "federated-user" | "root" | "delegated";
  accountId: string;
  principalArn: string;
  durationSeconds: number;
  roleId?: string;
  userId?: string;
  sessionName?: string;
  sourcePrincipalArn?: string;
  sourceIdentity?: string;
  chainDepth?: number;
  mfaAuthenticatedAt?: Date;
  sessionPolicy?: string;
  sessionPolicyArns?: string[];
  tags?: SessionTag[];
  transitiveTagKeys?: string[];
  viaConsole?: boolean;
  now?: Date;
}

/** Whole seconds: the Expiration on the wire and the stored expiry must be the same instant. */
function wholeSeconds(d: Date): Date {
  return new Date(Math.floor(d.getTime() / 1000) * 1000);
}

/** Issues and stores a session; inside a transaction (`tx`) the row commits with it. */
export async function issueCredentials(input: IssueInput, tx?: Tx): Promise<CredentialsShape> {
  const issuedAt = wholeSeconds(input.now ?? serverNow());
  const expiresAt = new Date(issuedAt.getTime() + input.durationSeconds * 1000);
  const row: StsSession = {
    accessKeyId: newId("ASIA"),
    secretAccessKey: newSecretAccessKey(),
    sessionToken: newSessionToken(),
    kind: input.kind,
    accountId: input.accountId,
    roleId: input.roleId ?? null,
    userId: input.userId ?? null,
    principalArn: input.principalArn,
    sessionName: input.sessionName ?? null,
    sourcePrincipalArn: input.sourcePrincipalArn ?? null,
    sourceIdentity: input.sourceIdentity ?? null,
    chainDepth: input.chainDepth ?? 0,
    mfaAuthenticated: input.mfaAuthenticatedAt !== undefined,
    mfaAuthenticatedAt: input.mfaAuthenticatedAt ?? null,
    sessionPolicy: input.sessionPolicy ?? null,
    sessionPolicyArns: JSON.stringify(input.sessionPolicyArns ?? []),
    tags: JSON.stringify(input.tags ?? []),
    transitiveTagKeys: JSON.stringify(input.transitiveTagKeys ?? []),
    viaConsole: input.viaConsole ?? false,
    issuedAt,
    expiresAt,
    revokedAt: null,
  };
  await insertSession(row, tx);
  return {
    AccessKeyId: row.accessKeyId,
    SecretAccessKey: row.secretAccessKey,
    SessionToken: row.sessionToken,
    Expiration: expiresAt,
  };
}

/** JSON columns of StsSession, read defensively: a malformed value means "none". */
export function jsonList<T>(text: string | null | undefined): T[] {
  if (!text) return [];
  try {
    const v: unknown = JSON.parse(text);
    return Array.isArray(v) ? (v as T[]) : [];
  } catch {
    return [];
  }
}
