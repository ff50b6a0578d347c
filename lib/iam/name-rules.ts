// IAM's name rules (the API reference's patterns; limits from reference_iam-quotas) in one module
// that has no server imports, so the console's forms (client), the console routes and lib/iam's
// checks, and the wire's parameter readers all apply the same rule and print the same pattern.

/** The pattern of user, role, group, policy, instance profile and MFA device names, as AWS prints it. */
export const NAME_PATTERN = "[\\w+=,.@-]+";
/** RoleSessionName and similar: the same characters, possibly empty as AWS's model writes it. */
export const SESSION_NAME_PATTERN = "[\\w+=,.@-]*";
export const NAME_RE = new RegExp(`^${NAME_PATTERN}$`);

export const NAME_MAX = {
  user: 64,
  role: 64,
  group: 128,
  policy: 128,
  instanceProfile: 128,
  inlinePolicy: 128,
  mfaDevice: 226,
} as const;

/** A name of 1..max characters of [\w+=,.@-]. */
export function isValidName(name: string, max: number): boolean {
  return name.length >= 1 && name.length <= max && NAME_RE.test(name);
}
