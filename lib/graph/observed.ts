// The observed overlay (spec §3.1): how many times each source actually assumed each role. Read from
// the role sessions the STS store issued (StsSession: the role and who called, kept until a sandbox
// reset) — one grouped query. A role session's caller is named by its session ARN; it is drawn as its role.
import { db } from "@/lib/db";
import type { GraphData } from "./load";

const SESSION = /^arn:[\w-]+:sts::(\d{12}):assumed-role\/([^/]+)\/[^/]+$/;

/** Count per `${source node}|${role ARN}`. */
export async function observedUse(data: GraphData): Promise<Map<string, number>> {
  const roleArn = new Map(data.roles.map((r) => [r.id, r.arn]));
  const byName = new Map(data.roles.map((r) => [`${r.accountId}/${r.name}`, r.arn]));
  if (roleArn.size === 0) return new Map();
  const rows = await db.stsSession.groupBy({
    by: ["sourcePrincipalArn", "roleId"],
    where: { kind: "assumed-role", accountId: { in: [...data.accounts.keys()] } },
    _count: { _all: true },
  });
  const out = new Map<string, number>();
  for (const r of rows) {
    const target = r.roleId ? roleArn.get(r.roleId) : undefined;
    if (!target || !r.sourcePrincipalArn) continue;
    const m = SESSION.exec(r.sourcePrincipalArn);
    const source = m ? (byName.get(`${m[1]}/${m[2]}`) ?? r.sourcePrincipalArn) : r.sourcePrincipalArn;
    const key = `${source}|${target}`;
    out.set(key, (out.get(key) ?? 0) + r._count._all);
  }
  return out;
}
