// Issuing an assumed-role session, shared by AssumeRole and AssumeRoleWithWebIdentity: the session
// row, the role's last-used stamp and the AssumedRoleUser that names the session.
import { touchRole, type Role } from "@/lib/data/roles";
import { issueCredentials, type CredentialsShape, type IssueInput } from "./credentials";

const ROLE_LAST_USED_GRANULARITY_MS = 60_000;

export interface RoleSession {
  Credentials: CredentialsShape;
  AssumedRoleUser: { AssumedRoleId: string; Arn: string };
}

export async function issueRoleSession(
  role: Pick<Role, "id" | "accountId" | "name" | "lastUsedAt">,
  input: Omit<IssueInput, "kind" | "accountId" | "principalArn" | "roleId" | "sessionName"> & { sessionName: string; region?: string; now: Date },
): Promise<RoleSession> {
  const region = input.region;
  const principalArn = `arn:aws:sts::${role.accountId}:assumed-role/${role.name}/${input.sessionName}`;
  // Object.assign rather than rest/spread, which cost microseconds a member on this runtime
  // (lib/authz/context.ts); issueCredentials reads its fields by name and ignores `region`.
  const issue: IssueInput = Object.assign({}, input, { kind: "assumed-role" as const, accountId: role.accountId, principalArn, roleId: role.id });
  const credentials = await issueCredentials(issue);
  // RoleLastUsed is approximate in AWS too: one write a minute at most keeps AssumeRole cheap.
  if (!role.lastUsedAt || input.now.getTime() - role.lastUsedAt.getTime() > ROLE_LAST_USED_GRANULARITY_MS) {
    await touchRole(role.id, input.now, region ?? "us-east-1");
    // The row may be the policy cache's (a timestamp write does not invalidate it): keep it current,
    // or every call until the next invalidation would write the stamp again.
    role.lastUsedAt = input.now;
  }
  return { Credentials: credentials, AssumedRoleUser: { AssumedRoleId: `${role.id}:${input.sessionName}`, Arn: principalArn } };
}
