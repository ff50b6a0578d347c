// Field rules of the role verbs (the IAM model's constraints), shared by create and update.
import { AwsError, validationError } from "@/lib/errors";
import { parsePolicy, type ParsedPolicy, type PolicyType } from "@/lib/policy";
import { QUOTAS } from "../quotas";

const DESCRIPTION_RE = /^[\u0009\u000A\u000D\u0020-\u007E\u00A1-\u00FF]*$/;

export function checkDescription(description: string | undefined): void {
  if (description === undefined) return;
  if (description.length > QUOTAS.descriptionLength) {
    throw validationError("description", description, `Member must have length less than or equal to ${QUOTAS.descriptionLength}`);
  }
  if (!DESCRIPTION_RE.test(description)) {
    throw validationError("description", description, "Member must satisfy regular expression pattern: [\\u0009\\u000A\\u000D\\u0020-\\u007E\\u00A1-\\u00FF]*");
  }
}

export function checkMaxSessionDuration(value: number | undefined): void {
  if (value === undefined) return;
  if (!Number.isInteger(value) || value < QUOTAS.minSessionDuration) {
    throw validationError("maxSessionDuration", String(value), `Member must have value greater than or equal to ${QUOTAS.minSessionDuration}`);
  }
  if (value > QUOTAS.maxSessionDuration) {
    throw validationError("maxSessionDuration", String(value), `Member must have value less than or equal to ${QUOTAS.maxSessionDuration}`);
  }
}

/** parsePolicy's AWS error (MalformedPolicyDocument / LimitExceeded) thrown as an AwsError. */
export function parseOrThrow(text: string, type: PolicyType, opts?: Parameters<typeof parsePolicy>[2]): ParsedPolicy {
  const result = parsePolicy(text, type, opts);
  if (!result.ok) throw new AwsError(result.error.code, result.error.message);
  return result.policy;
}

export function parseTrustPolicy(text: string): ParsedPolicy {
  return parseOrThrow(text, "trust", { maxSize: QUOTAS.trustPolicySize });
}
