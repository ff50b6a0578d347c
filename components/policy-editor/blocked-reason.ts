// The sentence a page shows by its disabled Next/Save when the policy editor's document may not be
// submitted yet: a learner (and a demo's storyboard) sees why, instead of a grey button.
import type { Finding } from "@/lib/policy/types";

const plural = (n: number, one: string) => `${n} ${one}${n === 1 ? "" : "s"}`;

/** The sentence that says why the document is not valid yet: still being checked, or what to resolve. */
export function blockedReason(pending: boolean, findings: Finding[], blockOnSecurityWarnings: boolean, error: string | null): string {
  if (pending) return "Checking the policy…";
  const errors = findings.filter((f) => f.findingType === "ERROR").length;
  const warnings = blockOnSecurityWarnings ? findings.filter((f) => f.findingType === "SECURITY_WARNING").length : 0;
  const what = [errors && plural(errors, "error"), warnings && plural(warnings, "security warning")].filter(Boolean).join(" and ");
  if (what) return `Resolve ${what} in the policy validation below to continue.`;
  return error ? `Fix the policy to continue: ${error}` : "The policy could not be checked. Edit it to check it again.";
}
