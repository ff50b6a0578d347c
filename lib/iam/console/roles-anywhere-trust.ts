// Whether a role's trust policy lets IAM Roles Anywhere use it, for the Create profile form: the
// service principal rolesanywhere.amazonaws.com must be allowed sts:AssumeRole, sts:TagSession and
// sts:SetSourceIdentity (Access Analyzer's MISSING_ACTION_FOR_ROLES_ANYWHERE_TRUST_POLICY names the
// same three). A hint for the form, read from Allow statements only: conditions (x509 subject
// checks) and Deny statements are left to CreateSession's real evaluation.
// AWS: https://docs.aws.amazon.com/rolesanywhere/latest/userguide/trust-model.html
import { parsePolicy } from "@/lib/policy";
import { compileActions, prepareAction } from "@/lib/policy/evaluate/action-match";

export const ROLES_ANYWHERE_PRINCIPAL = "rolesanywhere.amazonaws.com";
export const ROLES_ANYWHERE_ACTIONS = ["sts:AssumeRole", "sts:TagSession", "sts:SetSourceIdentity"] as const;

export interface RolesAnywhereTrust {
  /** Some Allow statement names the service principal for sts:AssumeRole. */
  trustsRolesAnywhere: boolean;
  /** Of the three actions, those no such statement allows. */
  missingActions: string[];
}

/** `document`: the trust policy as IAM stores or returns it (URL-encoded or not). */
export function rolesAnywhereTrust(document: string): RolesAnywhereTrust {
  let text = document;
  if (/^\s*%7B/i.test(text)) {
    try {
      text = decodeURIComponent(text);
    } catch {
      // Not URL-encoded after all: parse what was given.
    }
  }
  const parsed = parsePolicy(text, "trust");
  const allowed = new Set<string>();
  if (parsed.ok) {
    for (const s of parsed.policy.statements) {
      const services = s.principal && s.principal !== "*" ? (s.principal.Service ?? []) : [];
      if (s.effect !== "Allow" || !services.some((v) => v.toLowerCase() === ROLES_ANYWHERE_PRINCIPAL)) continue;
      const actions = s.action ? compileActions(s.action) : undefined;
      for (const a of ROLES_ANYWHERE_ACTIONS) if (actions?.test(prepareAction(a))) allowed.add(a);
    }
  }
  return { trustsRolesAnywhere: allowed.has("sts:AssumeRole"), missingActions: ROLES_ANYWHERE_ACTIONS.filter((a) => !allowed.has(a)) };
}
