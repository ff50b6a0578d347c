// The observed overlay (spec §3.1): how many times each source actually assumed each role. Read from
// the CloudTrail store (lib/data/trail-events.ts): the successful AssumeRole* records in the role's
// account (a cross-account call is recorded in both accounts; the role's copy counts it once).
// The role sessions STS issued (StsSession: the role and who called, one row per successful
// AssumeRole*) give the same count, and fill in what the trail lacks.
import { db } from "@/lib/db";
import { lookupTrailEvents } from "@/lib/data/trail-events";
import type { GraphData } from "./load";

const SESSION = /^arn:[\w-]+:sts::(\d{12}):assumed-role\/([^/]+)\/[^/]+$/;
const EVENTS = ["AssumeRole", "AssumeRoleWithWebIdentity", "AssumeRoleWithSAML"];
const PAGE = 1000;
/** Records read per account and event name at most: the overlay is a hint, not an audit. */
const MAX_RECORDS = 20_000;

type Counts = Map<string, number>;

/** A role session's caller is named by its session ARN; it is drawn as its role. */
function sessionRoles(data: GraphData): (principal: string) => string {
  const byName = new Map(data.roles.map((r) => [`${r.accountId}/${r.name}`, r.arn]));
  return (principal) => {
    const m = SESSION.exec(principal);
    return (m && byName.get(`${m[1]}/${m[2]}`)) || principal;
  };
}

function count(out: Counts, source: string, target: string): void {
  const key = `${source}|${target}`;
  out.set(key, (out.get(key) ?? 0) + 1);
}

interface RecordBody {
  userIdentity?: { type?: string; arn?: string; identityProvider?: string };
  requestParameters?: { roleArn?: string };
}

async function fromTrail(data: GraphData): Promise<Counts> {
  const out: Counts = new Map();
  const roles = new Set(data.roles.map((r) => r.arn));
  const sourceNode = sessionRoles(data);
  for (const accountId of data.accounts.keys()) {
    for (const eventName of EVENTS) {
      let after: string | undefined;
      let read = 0;
      do {
        const page = await lookupTrailEvents({ accountId, attribute: { key: "EventName", value: eventName }, limit: PAGE, after });
        for (const r of page.records) {

          if (r.errorCode) continue;
          const body = JSON.parse(r.cloudTrailEvent) as RecordBody;
          const target = body.requestParameters?.roleArn;
          const who = body.userIdentity?.identityProvider ?? body.userIdentity?.arn;
          if (target && who && roles.has(target) && target.split(":")[4] === accountId) count(out, sourceNode(who), target);
        }
        read += page.records.length;
        after = page.next;
      } while (after && read < MAX_RECORDS);
    }
  }
  return out;
}

async function fromSessions(data: GraphData): Promise<Counts> {
  const roleArn = new Map(data.roles.map((r) => [r.id, r.arn]));
  const sourceNode = sessionRoles(data);
  const rows = await db.stsSession.groupBy({
    by: ["sourcePrincipalArn", "roleId"],
    where: { kind: "assumed-role", accountId: { in: [...data.accounts.keys()] } },
    _count: { _all: true },
  });
  const out: Counts = new Map();
  for (const r of rows) {
    const target = r.roleId ? roleArn.get(r.roleId) : undefined;
    if (!target || !r.sourcePrincipalArn) continue;
    const key = `${sourceNode(r.sourcePrincipalArn)}|${target}`;
    out.set(key, (out.get(key) ?? 0) + r._count._all);
  }
  return out;
}

/**
 * Count per `${source node}|${role ARN}`: the larger of the two sources per pair — the trail is the
 * record of use, the sessions are what STS actually issued (they cover calls made before the trail
 * recorded AssumeRole*, and any the recorder missed).
 */
export async function observedUse(data: GraphData): Promise<Counts> {
  if (data.roles.length === 0) return new Map();
  const [trail, sessions] = await Promise.all([fromTrail(data), fromSessions(data)]);
  for (const [k, n] of sessions) if (n > (trail.get(k) ?? 0)) trail.set(k, n);
  return trail;
}
