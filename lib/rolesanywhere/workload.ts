// The sandbox's setup for trying IAM Roles Anywhere (scripts/sandbox-rolesanywhere.ts --setup): a trust
// anchor with a generated CA, a role that trusts Roles Anywhere for that anchor, and a profile for it.
// AWS: https://docs.aws.amazon.com/rolesanywhere/latest/userguide/getting-started.html
import type { Caller } from "@/lib/authz/caller";
import { db } from "@/lib/db";
import { createRole } from "@/lib/iam/roles/create";
import { attachRolePolicy } from "@/lib/iam/roles/attached";
import type { KeyAlgorithm } from "./ca";
import { SERVICE_PRINCIPAL } from "./create-session";
import { createProfile, type ProfileDetail } from "./profiles";
import { generateTrustAnchorCa, mintWorkloadCertificateFor, type TrustAnchorDetail } from "./trust-anchors";

/** The trust policy AWS's guide gives a Roles Anywhere role, held to one trust anchor (aws:SourceArn). */
export function rolesAnywhereTrustPolicy(trustAnchorArn: string, condition: Record<string, Record<string, string>> = {}): string {
  return JSON.stringify({
    Version: "2012-10-17",
    Statement: [
      {
        Effect: "Allow",
        Principal: { Service: SERVICE_PRINCIPAL },
        Action: ["sts:AssumeRole", "sts:TagSession", "sts:SetSourceIdentity"],
        Condition: { ArnEquals: { "aws:SourceArn": trustAnchorArn }, ...condition },
      },
    ],
  });
}

export interface SetupInput {
  /** Names the anchor and the profile (letters, digits, spaces, - and _). */
  name: string;
  roleName: string;
  /** Managed policies to attach to a role this creates. */
  policyArns?: string[];
  durationSeconds?: number;
  algorithm?: KeyAlgorithm;
}

export interface SetupResult {
  trustAnchor: TrustAnchorDetail;
  profile: ProfileDetail;
  roleArn: string;
  roleCreated: boolean;
}

/**
 * A trust anchor with a sandbox-generated CA, the role (created when the account has none of that
 * name, trusting Roles Anywhere for this anchor only) and an enabled profile for it, all as `caller`.
 */
export async function setUpRolesAnywhere(caller: Caller, input: SetupInput): Promise<SetupResult> {
  const trustAnchor = await generateTrustAnchorCa(caller, { name: input.name, algorithm: input.algorithm });
  const existing = await db.role.findFirst({ where: { accountId: caller.accountId, nameLower: input.roleName.toLowerCase() } });
  let roleArn = existing?.arn;
  if (!roleArn) {
    const { Role } = await createRole(caller, {
      roleName: input.roleName,
      assumeRolePolicyDocument: rolesAnywhereTrustPolicy(trustAnchor.trustAnchorArn),
      description: "Assumed by workloads through IAM Roles Anywhere (npm run sandbox:rolesanywhere)",
    });
    roleArn = Role.Arn;
    for (const arn of input.policyArns ?? []) await attachRolePolicy(caller, input.roleName, arn);
  }
  const profile = await createProfile(caller, { name: input.name, roleArns: [roleArn], enabled: true, durationSeconds: input.durationSeconds });
  return { trustAnchor, profile, roleArn, roleCreated: !existing };
}

export { mintWorkloadCertificateFor };
