// Delegation policy templates: an IAM policy with @{name} placeholders that AWS registers for a partner
// during onboarding and renders with the request's Parameters into the policy the customer approves.
// https://docs.aws.amazon.com/IAM/latest/UserGuide/temporary-delegation-policy-templates.html
import { db } from "@/lib/db";
import { AwsError } from "@/lib/errors";

export interface PolicyParameter {
  Name: string;
  Values: string[];
  Type: "string" | "stringList";
}

/** "The final rendered policy has a maximum size limit of 2048 characters." (policy templates page) */
export const RENDERED_POLICY_MAX = 2048;

/**
 * The sandbox's stand-in for onboarding: registers `document` as `accountId`'s template `name`.
 * [INF] AWS does not document the template ARN format; the sandbox uses
 * arn:aws:iam::PARTNER:delegation-policy-template/NAME.
 */
export async function registerPolicyTemplate(accountId: string, name: string, document: string): Promise<string> {
  JSON.parse(document);
  const arn = `arn:aws:iam::${accountId}:delegation-policy-template/${name}`;
  await db.delegationPolicyTemplate.upsert({ where: { arn }, create: { arn, accountId, document }, update: { document } });
  return arn;
}

/** The template `arn` if `accountId` (the requesting partner) may use it, else null. */
export async function templateFor(accountId: string, arn: string): Promise<string | null> {
  const t = await db.delegationPolicyTemplate.findUnique({ where: { arn } });
  return t && t.accountId === accountId ? t.document : null;
}

const PLACEHOLDER = /@\{([A-Za-z0-9_.-]+)\}/g;
const WHOLE = /^@\{([A-Za-z0-9_.-]+)\}$/;

function invalid(message: string): AwsError {
  return new AwsError("InvalidInput", message);
}

/**
 * Replaces every placeholder: inside a string by the single value; a string that is exactly one
 * placeholder of a stringList parameter, inside an array, by all its values ([INF] the template page
 * shows only a String parameter). Every placeholder must have a parameter and every parameter a use.
 */
export function renderPolicy(template: string, parameters: PolicyParameter[]): string {
  const rendered = substitute(template, parameters, { requireAllUsed: true });
  if (rendered.length > RENDERED_POLICY_MAX) {
    throw new AwsError("LimitExceeded", `Cannot exceed quota for PolicySize: ${RENDERED_POLICY_MAX}`);
  }
  return rendered;
}

/** The substitution itself, shared with role templates (lib/iam/role-templates), whose values may go unused. */
export function substitute(template: string, parameters: PolicyParameter[], opts: { requireAllUsed: boolean }): string {
  const byName = new Map(parameters.map((p) => [p.Name, p]));
  const used = new Set<string>();
  const value = (name: string): PolicyParameter => {
    const p = byName.get(name);
    if (!p) throw invalid(`Missing value for policy template parameter ${name}.`);
    used.add(name);
    return p;
  };
  const inString = (s: string): string =>
    s.replace(PLACEHOLDER, (_, name: string) => {
      const p = value(name);
      if (p.Type !== "string" || p.Values.length !== 1) throw invalid(`Policy template parameter ${name} must have exactly one value of type string here.`);
      return p.Values[0];
    });
  const walk = (node: unknown): unknown => {
    if (typeof node === "string") return inString(node);
    if (Array.isArray(node)) {
      return node.flatMap((item) => {
        const whole = typeof item === "string" ? WHOLE.exec(item) : null;
        if (whole && byName.get(whole[1])?.Type === "stringList") return value(whole[1]).Values;
        return [walk(item)];
      });
    }
    if (node && typeof node === "object") return Object.fromEntries(Object.entries(node).map(([k, v]) => [inString(k), walk(v)]));
    return node;
  };
  const rendered = JSON.stringify(walk(JSON.parse(template)));
  if (opts.requireAllUsed) for (const p of parameters) if (!used.has(p.Name)) throw invalid(`Policy template has no parameter ${p.Name}.`);
  return rendered;
}

/** A plain-text pattern (role name, path, description, tag): every placeholder takes one value. */
export function substituteText(pattern: string, parameters: PolicyParameter[]): string {
  const byName = new Map(parameters.map((p) => [p.Name, p]));
  return pattern.replace(PLACEHOLDER, (_, name: string) => {
    const p = byName.get(name);
    if (!p) throw invalid(`Missing value for template parameter ${name}.`);
    if (p.Values.length !== 1) throw invalid(`Template parameter ${name} must have exactly one value here.`);
    return p.Values[0];
  });
}

/**
 * RolePermissionRestrictionArns: the permissions boundaries the policy requires on roles it lets the
 * partner create (an iam:PermissionsBoundary condition on iam:CreateRole statements) [INF].
 */
export function roleRestrictionArns(policy: string): string[] {
  const out = new Set<string>();
  const doc = JSON.parse(policy) as { Statement?: unknown };
  const statements = Array.isArray(doc.Statement) ? doc.Statement : [doc.Statement];
  for (const s of statements as Array<{ Action?: unknown; Condition?: Record<string, Record<string, unknown>> }>) {
    const actions = ([] as unknown[]).concat(s?.Action ?? []).map((a) => String(a).toLowerCase());
    if (!actions.some((a) => a === "iam:createrole" || a === "iam:*" || a === "*")) continue;
    for (const block of Object.values(s.Condition ?? {})) {
      for (const [key, v] of Object.entries(block ?? {})) {
        if (key.toLowerCase() === "iam:permissionsboundary") for (const arn of ([] as unknown[]).concat(v)) out.add(String(arn));
      }
    }
  }
  return [...out];
}
