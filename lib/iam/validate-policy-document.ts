// What the console's JSON editors show while you type: IAM's own verdict (the MalformedPolicyDocument
// or LimitExceeded error CreatePolicy/PutRolePolicy/CreateRole would return) plus Access Analyzer's findings.
import { authorize } from "@/lib/authz/authorize";
import type { Caller } from "@/lib/authz/caller";
import { parsePolicy, validatePolicy, type Finding, type PolicyError, type PolicyType } from "@/lib/policy";

export interface PolicyValidation {
  error: PolicyError | null;
  findings: Finding[];
}

/** `managed`: the document is a managed policy version (IAM then requires Version 2012-10-17). */
export async function validatePolicyDocument(
  caller: Caller,
  document: string,
  policyType: PolicyType,
  options: { managed?: boolean } = {},
): Promise<PolicyValidation> {
  await authorize(caller, "access-analyzer:ValidatePolicy", "*");
  const parsed = parsePolicy(document, policyType, { managed: options.managed });
  const findings = await validatePolicy(document, policyType, { accountId: caller.accountId });
  return { error: parsed.ok ? null : parsed.error, findings };
}
