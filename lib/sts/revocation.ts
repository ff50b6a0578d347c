// "Revoke active sessions" writes the inline policy AWSRevokeOlderSessions, which denies every action
// to sessions whose aws:TokenIssueTime is earlier than the time it names. authorize() enforces that
// through the engine; the console also reads the time so it can end a revoked switched session.
import { db } from "@/lib/db";

export const REVOKE_POLICY_NAME = "AWSRevokeOlderSessions";

export async function revokedBefore(roleId: string): Promise<Date | null> {
  const policy = await db.inlinePolicy.findUnique({
    where: { ownerType_ownerId_name: { ownerType: "role", ownerId: roleId, name: REVOKE_POLICY_NAME } },
  });
  if (!policy) return null;
  try {
    const doc = JSON.parse(policy.document) as { Statement?: { Condition?: { DateLessThan?: Record<string, string> } }[] | { Condition?: { DateLessThan?: Record<string, string> } } };
    const statements = Array.isArray(doc.Statement) ? doc.Statement : doc.Statement ? [doc.Statement] : [];
    for (const st of statements) {
      const entry = Object.entries(st.Condition?.DateLessThan ?? {}).find(([k]) => k.toLowerCase() === "aws:tokenissuetime");
      if (entry) return new Date(entry[1]);
    }
  } catch {
    // An unreadable document revokes nothing here; the engine still evaluates whatever it says.
  }
  return null;
}
