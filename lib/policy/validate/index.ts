// Access-Analyzer-style validation (ValidatePolicy): every finding carries its issue code, severity,
// console text, learn-more link and the JSON path + span of the element, for the editor's markers.
// Never throws: bad input is what this module exists to describe.
import type { Finding, PolicyType } from "@/lib/policy/types";
import { checkActions, checkBroadIamGrants } from "./actions";
import { checkConditions } from "./conditions";
import { readDocument } from "./document";
import { Reporter } from "./findings";
import { LineIndex, parseJson } from "./json-ast";
import { checkPrincipals } from "./principals";
import { checkResources } from "./resources";

export interface ValidateOptions {
  /** The account the policy belongs to; enables the cross-account trust check. */
  accountId?: string;
}

/** Size quotas in non-whitespace characters, with the check that reports an excess. */
const SIZE_QUOTA: Partial<Record<PolicyType, { limit: number; code: "POLICY_SIZE_EXCEEDS_IDENTITY_POLICY_QUOTA" | "POLICY_SIZE_EXCEEDS_ROLE_TRUST_POLICY_QUOTA" | "POLICY_SIZE_EXCEEDS_SCP_QUOTA" }>> = {
  identity: { limit: 6144, code: "POLICY_SIZE_EXCEEDS_IDENTITY_POLICY_QUOTA" },
  boundary: { limit: 6144, code: "POLICY_SIZE_EXCEEDS_IDENTITY_POLICY_QUOTA" },
  trust: { limit: 2048, code: "POLICY_SIZE_EXCEEDS_ROLE_TRUST_POLICY_QUOTA" },
  scp: { limit: 5120, code: "POLICY_SIZE_EXCEEDS_SCP_QUOTA" },
};

export async function validatePolicy(text: string, type: PolicyType, opts: ValidateOptions = {}): Promise<Finding[]> {
  const r = new Reporter();
  try {
    await runChecks(String(text ?? ""), type, opts, r);
  } catch {
    const start = { line: 1, column: 1, offset: 0 };
    r.add("VALIDATION_INCOMPLETE", "The policy could not be fully validated. The findings shown may be incomplete.", [], { start, end: start });
  }
  return sortFindings(r.findings);
}

async function runChecks(text: string, type: PolicyType, opts: ValidateOptions, r: Reporter): Promise<void> {
  const parsed = parseJson(text);
  if (!parsed.ok) {
    const { position } = parsed.error;
    r.add("JSON_SYNTAX_ERROR", `Fix the JSON syntax error at index ${position.offset} line ${position.line} column ${position.column}.`, [], { start: position, end: position });
    return;
  }
  const doc = readDocument(parsed.root, type, r);
  if (!doc) return;
  checkSize(text, type, r);
  const resolved = await checkActions(doc.statements, r);
  await checkResources(doc.statements, resolved, r);
  checkBroadIamGrants(doc.statements, resolved, type, r);
  checkPrincipals(doc.statements, type, opts, r);
  await checkConditions(doc.statements, doc.version === "2012-10-17", r);
}

/** Characters as IAM counts them: whitespace outside string literals is free. */
export function nonWhitespaceSize(text: string): number {
  let n = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (inString) {
      n++;
      if (c === "\\") {
        n++;
        i++;
      } else if (c === '"') inString = false;
    } else if (c === '"') {
      inString = true;
      n++;
    } else if (c !== " " && c !== "\t" && c !== "\n" && c !== "\r") n++;
  }
  return n;
}

function checkSize(text: string, type: PolicyType, r: Reporter): void {
  const quota = SIZE_QUOTA[type];
  if (!quota) return;
  const size = nonWhitespaceSize(text);
  if (size <= quota.limit) return;
  const lines = new LineIndex(text);
  const span = { start: lines.position(0), end: lines.position(text.length) };
  const details = {
    POLICY_SIZE_EXCEEDS_IDENTITY_POLICY_QUOTA: `The ${size} characters in the identity policy, excluding whitespace, exceed the ${quota.limit} character maximum for inline and managed policies. We recommend that you use multiple granular policies.`,
    POLICY_SIZE_EXCEEDS_ROLE_TRUST_POLICY_QUOTA: `The ${size} characters in the role trust policy, excluding whitespace, exceed the ${quota.limit} character maximum. We recommend that you request a quota increase or reduce the size of the policy.`,
    POLICY_SIZE_EXCEEDS_SCP_QUOTA: `The ${size} characters in the service control policy (SCP) exceed the ${quota.limit} character maximum for SCPs. We recommend that you use multiple granular policies.`,
  }[quota.code];
  r.add(quota.code, details, [], span);
}

const SEVERITY_ORDER = { ERROR: 0, SECURITY_WARNING: 1, WARNING: 2, SUGGESTION: 3 } as const;

function sortFindings(findings: Finding[]): Finding[] {
  return findings
    .map((f, i) => ({ f, i }))
    .sort((a, b) =>
      SEVERITY_ORDER[a.f.findingType] - SEVERITY_ORDER[b.f.findingType] ||
      (a.f.locations[0]?.span.start.offset ?? 0) - (b.f.locations[0]?.span.start.offset ?? 0) ||
      a.i - b.i,
    )
    .map((x) => x.f);
}
