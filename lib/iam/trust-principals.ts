// Trust-policy principals stored as unique ids (sts-policy-spec §3.3): a user or role ARN is
// resolved to the entity's AIDA…/AROA… id when the policy is saved. If that entity is later
// deleted, reads show the stale id in place of the ARN, and a re-created namesake is not trusted.
import { db, type Tx } from "@/lib/db";
import { AwsError } from "@/lib/errors";
import type { ParsedPolicy } from "@/lib/policy";

const ENTITY_ARN = /^arn:aws:iam::(\d{12}):(user|role)\/.+$/;

/** The AWS principal values of every statement (the parser has normalised them to arrays). */
export function awsPrincipals(policy: ParsedPolicy): string[] {
  const out: string[] = [];
  for (const s of policy.statements) {
    const p = s.principal;
    if (p && p !== "*" && p.AWS) out.push(...p.AWS);
  }
  return out;
}

/**
 * Maps each user/role ARN that names an account the simulator holds to its unique id. Such an ARN
 * that names nobody is AWS's MalformedPolicyDocument; ARNs of other accounts are kept verbatim.
 * `roleAccountId` is the trusting role's account: a user or role of another sandbox's account names
 * nobody in its sandbox, so it is MalformedPolicyDocument too (training spec §6).
 */
export async function resolveTrustPrincipals(policy: ParsedPolicy, roleAccountId: string, tx: Tx = db): Promise<Record<string, string>> {
  const ids: Record<string, string> = {};
  const candidates = [...new Set(awsPrincipals(policy))].filter((v) => ENTITY_ARN.test(v));
  if (candidates.length === 0) return ids;
  const accountRows = await tx.account.findMany({ where: { id: { in: [roleAccountId, ...candidates.map((a) => a.split(":")[4])] } }, select: { id: true, sandboxId: true } });
  const sandbox = accountRows.find((a) => a.id === roleAccountId)?.sandboxId;
  const foreign = new Set(accountRows.filter((a) => a.sandboxId !== sandbox).map((a) => a.id));
  const accounts = new Set(accountRows.map((a) => a.id));
  const local = candidates.filter((arn) => accounts.has(arn.split(":")[4]) && !foreign.has(arn.split(":")[4]));
  for (const arn of candidates) {
    if (foreign.has(arn.split(":")[4])) throw new AwsError("MalformedPolicyDocument", `Invalid principal in policy: "AWS":"${arn}"`);
  }
  const [users, roles] = await Promise.all([
    tx.user.findMany({ where: { arn: { in: local } }, select: { arn: true, id: true } }),
    tx.role.findMany({ where: { arn: { in: local } }, select: { arn: true, id: true } }),
  ]);
  for (const e of [...users, ...roles]) ids[e.arn] = e.id;
  for (const arn of local) {
    if (!ids[arn]) throw new AwsError("MalformedPolicyDocument", `Invalid principal in policy: "AWS":"${arn}"`);
  }
  return ids;
}

export function parsePrincipalIds(json: string): Record<string, string> {
  try {
    const v = JSON.parse(json) as unknown;
    return v && typeof v === "object" && !Array.isArray(v) ? (v as Record<string, string>) : {};
  } catch {
    return {};
  }
}

/** Which of these unique ids still belong to a live user or role (one query per entity kind). */
export async function liveEntityIds(ids: Iterable<string>, tx: Tx = db): Promise<Set<string>> {
  const list = [...new Set(ids)];
  if (list.length === 0) return new Set();
  const [users, roles] = await Promise.all([
    tx.user.findMany({ where: { id: { in: list } }, select: { id: true } }),
    tx.role.findMany({ where: { id: { in: list } }, select: { id: true } }),
  ]);
  return new Set([...users, ...roles].map((e) => e.id));
}

/** The ARN → id pairs whose entity no longer exists. */
export function stalePrincipals(principalIds: Record<string, string>, live: Set<string>): Record<string, string> {
  const stale: Record<string, string> = {};
  for (const [arn, id] of Object.entries(principalIds)) if (!live.has(id)) stale[arn] = id;
  return stale;
}

function swap(value: unknown, stale: Record<string, string>): unknown {
  if (typeof value === "string") return Object.hasOwn(stale, value) ? stale[value] : value;
  if (Array.isArray(value)) return value.map((v) => swap(v, stale));
  return value;
}

/**
 * The trust document as GetRole returns it: verbatim while every principal lives; otherwise the
 * dead principals (only inside Principal.AWS — aws:PrincipalArn conditions are plain strings and
 * stay) are shown as their unique ids.
 */
export function renderTrustPolicy(document: string, stale: Record<string, string>): string {
  if (Object.keys(stale).length === 0) return document;
  let doc: { Statement?: unknown };
  try {
    doc = JSON.parse(document) as { Statement?: unknown };
  } catch {
    return document;
  }
  const statements = Array.isArray(doc.Statement) ? doc.Statement : [doc.Statement];
  for (const s of statements) {
    const principal = (s as { Principal?: unknown } | undefined)?.Principal;
    if (principal && typeof principal === "object" && "AWS" in principal) {
      const p = principal as { AWS: unknown };
      p.AWS = swap(p.AWS, stale);
    }
  }
  return JSON.stringify(doc);
}
