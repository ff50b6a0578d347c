// IAM's default quotas (console-spec §8.1, sts-policy-spec §7). Adjustable quotas read an env
// override so tests and demos can raise or lower them without code changes.

function fromEnv(name: string, fallback: number): number {
  const raw = process.env[name];
  const n = raw === undefined ? NaN : Number(raw);
  return Number.isSafeInteger(n) && n > 0 ? n : fallback;
}

export const QUOTAS = {
  get rolesPerAccount(): number {
    return fromEnv("IAM_ROLES_PER_ACCOUNT", 1000);
  },
  get policiesPerAccount(): number {
    return fromEnv("IAM_POLICIES_PER_ACCOUNT", 1500);
  },
  get instanceProfilesPerAccount(): number {
    return fromEnv("IAM_INSTANCE_PROFILES_PER_ACCOUNT", 1000);
  },
  get serverCertificatesPerAccount(): number {
    return fromEnv("IAM_SERVER_CERTIFICATES_PER_ACCOUNT", 20);
  },
  get policiesPerRole(): number {
    return fromEnv("IAM_POLICIES_PER_ROLE", 10);
  },
  get trustPolicySize(): number {
    return fromEnv("IAM_ACL_SIZE_PER_ROLE", 2048);
  },
  managedPolicySize: 6144,
  inlinePolicyBytesPerRole: 10240,
  policyVersions: 5,
  tagsPerEntity: 50,
  rolesPerInstanceProfile: 1,
  descriptionLength: 1000,
  minSessionDuration: 3600,
  maxSessionDuration: 43200,
} as const;

/** AWS's "Cannot exceed quota for <Name>: <n>" LimitExceeded text. */
export function quotaMessage(name: string, limit: number): string {
  return `Cannot exceed quota for ${name}: ${limit}`;
}
