// The one ARN parser for request parameters, and the errors IAM answers for an ARN it cannot use.
//
// IAM checks an ARN parameter after the model's length constraints and before authorization, with
// one answer per problem on every action:
// - a string that is not ARN-shaped at all (not `arn:` and six colon-separated fields) is
//   `ValidationError` "Invalid ARN: Could not be parsed" (400): issue #12 reports it as AWS's recorded
//   answer on AttachRolePolicy and AttachUserPolicy alike, and the text is quoted from a 2026 CLI run
//   of get-open-id-connect-provider with a bad ARN (reference/troubleshooting note, "Invalid ARN:
//   Could not be parsed"). Older reports (below) show InvalidInput for these; IAM's stricter ARN
//   validation of November 2024 moved it to ValidationError, like "Invalid ARN partition".
// - an ARN-shaped string that is not an IAM ARN of the kind the parameter names (a role ARN given as
//   PolicyArn, another service, a region) is `InvalidInput` "ARN <value> is not valid." (400). AWS quotes:
//   "InvalidInput: ARN arn:aws:iam::…:role/vault-example is not valid. status code: 400" on
//   AttachUserPolicy (https://github.com/hashicorp/vault/issues/2302);
//   "ARN arn:aws:iam:aws:policy/AdministratorAccess is not valid. (Service: AmazonIdentityManagement;
//   Status Code: 400; Error Code: InvalidInput" (https://github.com/davidtucker/ps-serverless-app/issues/19).
// An ARN of another AWS partition than the caller's is `ValidationError` "Invalid ARN partition"
// (400) (https://github.com/pulumi/pulumi-aws-apigateway/issues/347, AttachRolePolicy), and since
// 2024 IAM requires service `iam`, an empty region and a valid IAM resource type
// (https://github.com/cloud-gov/aws-broker/issues/383, AWS's notice quoted).
import { AwsError } from "@/lib/errors";

/** Every AWS partition; this simulator's accounts all live in `aws`. */
export const PARTITIONS: readonly string[] = ["aws", "aws-cn", "aws-us-gov", "aws-iso", "aws-iso-b", "aws-iso-e", "aws-iso-f", "aws-eusc"];
export const HOME_PARTITION = "aws";

export interface Arn {
  partition: string;
  service: string;
  region: string;
  account: string;
  /** Everything after the fifth colon (it may hold colons itself). */
  resource: string;
}

/** `arn:partition:service:region:account:resource`, or null when the string does not have that shape. */
export function parseArn(value: string): Arn | null {
  const parts = value.split(":");
  if (parts.length < 6 || parts[0] !== "arn") return null;
  const [, partition, service, region, account] = parts;
  const resource = parts.slice(5).join(":");
  if (partition === "" || service === "" || resource === "") return null;
  return { partition, service, region, account, resource };
}

/** The IAM resource types an ARN parameter may name. */
export type IamArnKind =
  | "policy"
  | "user"
  | "role"
  | "group"
  | "instance-profile"
  | "saml-provider"
  | "oidc-provider"
  | "mfa"
  | "server-certificate"
  | "delegation-request"
  | "delegation-policy-template";

export interface IamArn extends Arn {
  kind: IamArnKind;
  /** `/` or `/a/b/` for kinds with paths; `/` for the providers. */
  path: string;
  /** The name after the path; for an OIDC provider, its host and path. */
  name: string;
}

/** An ARN-shaped value IAM cannot use for this parameter: InvalidInput, "ARN <value> is not valid." (400). */
export function invalidArn(value: string): AwsError {
  return new AwsError("InvalidInput", `ARN ${value} is not valid.`);
}

/** A value that is not ARN-shaped at all: ValidationError, "Invalid ARN: Could not be parsed" (400). */
export function unparsableArn(): AwsError {
  return new AwsError("ValidationError", "Invalid ARN: Could not be parsed");
}

/**
 * STS's answer for an ARN parameter it cannot parse: ValidationError "<value> is invalid" (400), the
 * text lib/sts/assume-role.ts has answered for RoleArn; [INF] the same for a session policy ARN.
 */
export function stsInvalidArn(value: string): AwsError {
  return new AwsError("ValidationError", `${value} is invalid`);
}

/** STS parameters name any ARN (a role, a policy, a provider): only the shape is checked here. */
export function parseStsArn(value: string): Arn {
  const arn = parseArn(value);
  if (!arn) throw stsInvalidArn(value);
  return arn;
}

/** A well-formed ARN of another partition than the caller's: ValidationError (400). */
export function invalidArnPartition(): AwsError {
  return new AwsError("ValidationError", "Invalid ARN partition");
}

// Paths are `/` or `/seg/…/` of printable ASCII (the IAM model's path pattern); names carry no
// slash or whitespace. OIDC providers are named by host[/path]; SAML providers by [\w._-]+.
const PATHED = /^\/(?:[\u0021-\u002E\u0030-\u007E]+\/)*$/;
const NAME = /^[\u0021-\u002E\u0030-\u007E]+$/;
const OIDC_NAME = /^[\u0021-\u007E]+$/;
const SAML_NAME = /^[\w._-]+$/;

/**
 * The IAM ARN a parameter names, of one of `kinds`; throws `unparsableArn`, `invalidArn` or `invalidArnPartition`
 * otherwise. Pure syntax: call it before authorize(), and look nothing up here.
 */
export function parseIamArn(value: string, kinds: readonly IamArnKind[]): IamArn {
  const arn = parseArn(value);
  if (!arn) throw unparsableArn();
  if (!PARTITIONS.includes(arn.partition)) throw invalidArn(value);
  if (arn.service !== "iam" || arn.region !== "") throw invalidArn(value);
  const slash = arn.resource.indexOf("/");
  const kind = (slash < 0 ? arn.resource : arn.resource.slice(0, slash)) as IamArnKind;
  if (slash < 0 || !kinds.includes(kind)) throw invalidArn(value);
  // AWS managed policies live in the account named `aws`; every other IAM resource in a 12-digit one.
  if (!(/^\d{12}$/.test(arn.account) || (kind === "policy" && arn.account === "aws"))) throw invalidArn(value);
  const rest = arn.resource.slice(slash);
  let path = "/";
  let name: string;
  if (kind === "oidc-provider" || kind === "saml-provider") {
    name = rest.slice(1);
    if (!(kind === "oidc-provider" ? OIDC_NAME : SAML_NAME).test(name)) throw invalidArn(value);
  } else {
    const last = rest.lastIndexOf("/");
    path = rest.slice(0, last + 1);
    name = rest.slice(last + 1);
    if (!PATHED.test(path) || !NAME.test(name)) throw invalidArn(value);
  }
  if (arn.partition !== HOME_PARTITION) throw invalidArnPartition();
  return { ...arn, kind, path, name };
}

/** Whether `value` is an IAM ARN of one of `kinds` (no error). */
export function isIamArn(value: string, kinds: readonly IamArnKind[]): boolean {
  try {
    parseIamArn(value, kinds);
    return true;
  } catch {
    return false;
  }
}

/** The kinds each IAM ARN parameter names, by parameter. */
export const ARN_KINDS = {
  policy: ["policy"],
  samlProvider: ["saml-provider"],
  oidcProvider: ["oidc-provider"],
  /** SimulatePrincipalPolicy / GetContextKeysForPrincipalPolicy: a user, group or role. */
  principal: ["user", "group", "role"],
  /** GenerateServiceLastAccessedDetails: a user, group, role or policy. */
  entity: ["user", "group", "role", "policy"],
  /** CreateDelegationRequest's Permissions.PolicyTemplateArn ([INF] the template's ARN form). */
  delegationPolicyTemplate: ["delegation-policy-template"],
  /** GetHumanReadableSummary's EntityArn: any IAM entity; kinds other than delegation-request answer NOT_SUPPORTED. */
  anyIamEntity: ["policy", "user", "role", "group", "instance-profile", "saml-provider", "oidc-provider", "mfa", "server-certificate", "delegation-request", "delegation-policy-template"],
} as const satisfies Record<string, readonly IamArnKind[]>;
