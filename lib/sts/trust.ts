// A role's trust policy as the evaluator sees it: user and role ARNs that were resolved to unique
// ids when the policy was saved (Role.trustPrincipalIds) are replaced by those ids, so a deleted and
// re-created principal of the same name is no longer trusted (spec §3.3).
import { loadSharedPolicy, type CompiledPolicy } from "@/lib/policy";

interface TrustRole {
  id: string;
  arn: string;
  name: string;
  trustPolicy: string;
  trustPrincipalIds: string;
}

function idMap(text: string): Record<string, string> {
  try {
    const v: unknown = JSON.parse(text);
    return v && typeof v === "object" && !Array.isArray(v) ? (v as Record<string, string>) : {};
  } catch {
    return {};
  }
}

function replacePrincipals(statement: unknown, ids: Record<string, string>): void {
  if (!statement || typeof statement !== "object") return;
  const st = statement as Record<string, unknown>;
  for (const field of ["Principal", "NotPrincipal"]) {
    const block = st[field];
    if (!block || typeof block !== "object") continue;
    const b = block as Record<string, unknown>;
    const aws = b.AWS;
    const swap = (p: unknown) => (typeof p === "string" && Object.hasOwn(ids, p) ? ids[p] : p);
    if (typeof aws === "string") b.AWS = swap(aws);
    else if (Array.isArray(aws)) b.AWS = aws.map(swap);
  }
}

/** The trust document with recorded principals swapped for their unique ids (text unchanged if none). */
export function trustDocumentForEvaluation(role: Pick<TrustRole, "trustPolicy" | "trustPrincipalIds">): string {
  const ids = idMap(role.trustPrincipalIds);
  if (Object.keys(ids).length === 0) return role.trustPolicy;
  try {
    const doc = JSON.parse(role.trustPolicy) as { Statement?: unknown };
    const statements = Array.isArray(doc.Statement) ? doc.Statement : [doc.Statement];
    for (const st of statements) replacePrincipals(st, ids);
    return JSON.stringify(doc);
  } catch {
    return role.trustPolicy;
  }
}

// The rewrite parses and re-serialises the document; AssumeRole asks for the same role again and again.
const rewritten = new Map<string, string>();
const MAX_REWRITTEN = 5_000;

function evaluationText(role: TrustRole): string {
  const key = `${role.trustPrincipalIds}\n${role.trustPolicy}`;
  let text = rewritten.get(key);
  if (text === undefined) {
    text = trustDocumentForEvaluation(role);
    if (rewritten.size >= MAX_REWRITTEN) rewritten.clear();
    rewritten.set(key, text);
  }
  return text;
}

// The last compiled policy per role, reused while the stored fields are unchanged: comparing them is
// cheaper than building and hashing the memo keys above on every AssumeRole. Sized for the access
// graph, which asks for every role of an account set (5,000+) on each computation: a smaller bound
// would be emptied and refilled every time. An entry is small (the compiled statements are shared by
// roles with the same document text).
const MAX_ROLES = 50_000;
const byRole = new Map<string, { role: TrustRole; policy: CompiledPolicy | null }>();

function sameTrust(a: TrustRole, b: TrustRole): boolean {
  return a.trustPolicy === b.trustPolicy && a.trustPrincipalIds === b.trustPrincipalIds && a.name === b.name && a.arn === b.arn;
}

/** Compiled (memoised by text) trust policy; null when the stored document no longer parses. */
export function compiledTrustPolicy(role: TrustRole): CompiledPolicy | null {
  const last = byRole.get(role.id);
  if (last && sameTrust(last.role, role)) return last.policy;
  const loaded = loadSharedPolicy(evaluationText(role), { type: "trust", id: `trust:${role.id}`, name: role.name, arn: role.arn });
  const policy = loaded.ok ? loaded.policy : null;
  if (byRole.size >= MAX_ROLES) byRole.clear();
  byRole.set(role.id, { role: { id: role.id, arn: role.arn, name: role.name, trustPolicy: role.trustPolicy, trustPrincipalIds: role.trustPrincipalIds }, policy });
  return policy;
}
