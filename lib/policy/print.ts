import type { ParsedPolicy, Statement } from "./types";

// Element order follows the AWS console's JSON editor; arrays stay arrays so parse∘print is identity.
function statementJson(s: Statement): Record<string, unknown> {
  const o: Record<string, unknown> = {};
  if (s.sid !== undefined) o.Sid = s.sid;
  o.Effect = s.effect;
  if (s.principal !== undefined) o.Principal = s.principal;
  if (s.notPrincipal !== undefined) o.NotPrincipal = s.notPrincipal;
  if (s.action !== undefined) o.Action = s.action;
  if (s.notAction !== undefined) o.NotAction = s.notAction;
  if (s.resource !== undefined) o.Resource = s.resource;
  if (s.notResource !== undefined) o.NotResource = s.notResource;
  if (s.condition !== undefined) o.Condition = s.condition;
  return o;
}

/** Canonical JSON for a parsed policy (4-space indent, as the console shows documents). */
export function printPolicy(p: ParsedPolicy, opts?: { indent?: number }): string {
  const doc: Record<string, unknown> = { Version: p.version };
  if (p.id !== undefined) doc.Id = p.id;
  doc.Statement = p.statements.map(statementJson);
  return JSON.stringify(doc, null, opts?.indent ?? 4);
}
