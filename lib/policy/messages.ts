// Every AWS text the engine emits lives here, so wording fixes are one-line changes and tests can
// import the same constants the code uses. [OBS] = seen in real AWS responses; [INF] = our best guess.
import type { PolicyError } from "./types";

const malformed = (message: string): PolicyError => ({ code: "MalformedPolicyDocument", message });
const limit = (message: string): PolicyError => ({ code: "LimitExceeded", message });

export const MSG = {
  /** Not JSON, duplicate keys, unknown elements, wrong JSON types, unknown condition operator [OBS]. */
  syntax: () => malformed("Syntax errors in policy."),
  /** Unsupported Version, bad Effect value, unparseable date condition values [OBS]. */
  legacyParsing: () => malformed("The policy failed legacy parsing"),
  /** Principal/NotPrincipal in an identity, boundary or session policy [OBS]. */
  principalInIdentity: () => malformed("Policy document should not specify a principal."),
  /** [INF] wording for SCPs, which have no Principal element. */
  prohibitedPrincipal: () => malformed("Has prohibited field Principal"),
  /** Resource/NotResource in a trust policy [OBS, UpdateAssumeRolePolicy 2026: no final period]. */
  prohibitedResource: () => malformed("Has prohibited field Resource"),
  /** NotPrincipal in a trust policy [INF by analogy with Resource]. */
  prohibitedNotPrincipal: () => malformed("Has prohibited field NotPrincipal"),
  /** Trust-policy statement without Principal [OBS]. */
  trustNoPrincipal: () =>
    malformed(
      "Invalid principal in policy: com.amazon.balsa.error.InvalidPolicyException: The passed in policy has a statement with no principals!",
    ),
  missingField: (field: "Principal" | "Action" | "Resource" | "Effect" | "Statement") =>
    malformed(`Missing required field ${field}`),
  invalidPrincipal: (kind: string, value: string) => malformed(`Invalid principal in policy: "${kind}":"${value}"`),
  /** `"Principal": "*"` in a trust policy [OBS: CreateRole via CloudFormation, aws/aws-cdk#5732]. */
  invalidPrincipalStar: () => malformed('AssumeRolepolicy contained an invalid principal: "STAR":"*".'),
  actionNoVendor: () => malformed("Actions/Conditions must be prefaced by a vendor, e.g., iam, sdb, ec2, etc."),
  actionColons: () => malformed("Actions/Condition can contain only one colon."),
  actionVendorWildcard: () => malformed("Action vendors must not contain wildcards."),
  vendorInvalid: (vendor: string) => malformed(`Vendor ${vendor} is not valid`),
  resourceNotArn: (r: string) => malformed(`Resource ${r} must be in ARN format or "*".`),
  sidNotAlphanumeric: () =>
    malformed(
      "Statement IDs (SID) must be alpha-numeric. Check that your input satisfies the regular expression [0-9A-Za-z]*",
    ),
  sidDuplicate: () => malformed("Statement IDs (SID) in a single policy must be unique."),
  /** A managed policy (CreatePolicy, CreatePolicyVersion) without Version 2012-10-17 [OBS]. */
  versionTooOld: () => malformed("Policy document must be version 2012-10-17 or greater."),
  /** A trust policy that is not JSON at all [OBS]; managed and inline documents answer `syntax` instead. */
  invalidJson: () => malformed("This policy contains invalid Json"),
  /** Statement without Action/NotAction, or with an empty list [OBS]. */
  noActions: () => malformed("Policy statement must contain actions."),
  /** Identity statement without Resource/NotResource, or with an empty list [OBS]. */
  noResources: () => malformed("Policy statement must contain resources."),
  /** Trust-policy actions outside sts:AssumeRole* and the session actions [OBS]. */
  trustActions: () => malformed("AssumeRole policy may only specify STS AssumeRole actions."),
  /** Resource ARN checks IAM applies when storing a document [OBS]. */
  partitionInvalid: (partition: string, padded: string) => malformed(`Partition "${partition}" is not valid for resource "${padded}".`),
  resourceVendor: () => malformed("Resource vendor must be fully qualified and cannot contain regexes."),
  iamResourceRegion: (r: string) => malformed(`IAM resource ${r} cannot contain region information.`),
  s3ResourceRegion: (r: string) => malformed(`Resource ${r} can not contain region information.`),
  iamResourcePath: (prefixes: readonly string[]) =>
    malformed(`IAM resource path must either be "*", root, or start with ${prefixes.join(", ")}.`),
  /** Characters outside TAB/LF/CR/U+0020–U+00FF. IAM answers with a ValidationError on the API
   *  parameter; our PolicyError has no such code, so the closest malformed text is used [INF]. */
  badCharacters: () => malformed("Syntax errors in policy."),

  trustTooLarge: (max = 2048) => limit(`Cannot exceed quota for ACLSizePerRole: ${max}`),
  managedTooLarge: (max = 6144) => limit(`Cannot exceed quota for PolicySize: ${max}`),
  inlineTooLarge: (entity: "role" | "user" | "group", name: string, max: number) =>
    limit(`Maximum policy size of ${max} bytes exceeded for ${entity} ${name}`),
  /** Organizations' text for over-long SCP/RCP content [INF]. */
  orgPolicyTooLarge: (max = 5120) => limit(`Policy content exceeds the maximum size of ${max} characters.`),
  /** STS rejects a >2048-character Policy parameter [INF wording]. */
  sessionTooLarge: (max = 2048) =>
    limit(`1 validation error detected: Value at 'policy' failed to satisfy constraint: Member must have length less than or equal to ${max}`),
} as const;

/** The console alert's "Context:" line and the API message's suffix name a policy type the same way. */
export const POLICY_TYPE_NAME = {
  identity: "identity-based policy",
  resource: "resource-based policy",
  trust: "role trust policy",
  boundary: "permissions boundary",
  session: "session policy",
  scp: "service control policy",
  rcp: "resource control policy",
} as const;

export type DeniedByName = keyof typeof POLICY_TYPE_NAME;

const article = (t: DeniedByName) => (t === "trust" ? "the" : t === "identity" ? "an" : "a");

/** The policy types whose explicit deny names the denying policy's ARN (AWS Security Blog, 2026:
 *  "SCPs, RCPs, permissions boundaries policies, session policies, and identity-based policies"). */
export const DENY_NAMES_POLICY_ARN: ReadonlySet<DeniedByName> = new Set(["scp", "rcp", "boundary", "session", "identity"]);

/**
 * The API message suffix (IAM User Guide, troubleshoot_access-denied): "with an explicit deny in a
 * <type>" for a Deny statement, "because no <type> allows the <action> action" for a missing Allow —
 * SCPs and RCPs included (the page's implicit SCP example; the old "always explicit" note is gone).
 * An explicit deny may end with ": <ARN of the denying policy>" (see DENY_NAMES_POLICY_ARN).
 */
export function denialSuffix(t: DeniedByName, explicit: boolean, action: string, policyArn?: string): string {
  if (!explicit) return `because no ${POLICY_TYPE_NAME[t]} allows the ${action} action`;
  const arn = policyArn && DENY_NAMES_POLICY_ARN.has(t) ? `: ${policyArn}` : "";
  return `with an explicit deny in ${article(t)} ${POLICY_TYPE_NAME[t]}${arn}`;
}

/** The console alert's "Context:" value (console-spec §1). */
export function denialContextText(t: DeniedByName, explicit: boolean): string {
  if (explicit) return `${article(t)} ${POLICY_TYPE_NAME[t]} explicitly denies the action`;
  return `no ${POLICY_TYPE_NAME[t]} allows the action`;
}

export function accessDeniedText(principalArn: string, action: string, resource: string, suffix?: string): string {
  const on = resource && resource !== "*" ? ` on resource: ${resource}` : "";
  return `User: ${principalArn} is not authorized to perform: ${action}${on}${suffix ? ` ${suffix}` : ""}`;
}
