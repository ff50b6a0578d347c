// Test support: the access graph against the real thing (spec §3.7 item 1), for any seed. For every
// (user, role) pair, an edge must exist exactly when a real AssumeRole over the wire (real SDK, real
// SigV4) succeeds in the edge's minimal context, and no candidate context may succeed where the graph
// has no edge. Used on the sandbox seed with conditional trusts (graph.sdk.test.ts) and on every
// lab's setup (labs-wire.sdk.test.ts).
// AWS: https://docs.aws.amazon.com/STS/latest/APIReference/API_AssumeRole.html
import { AssumeRoleCommand, GetSessionTokenCommand, STSClient, type AssumeRoleCommandInput } from "@aws-sdk/client-sts";
import { codeAt, counterAt } from "@/lib/iam/mfa-devices/totp";
import { createKey, fromResult, type Creds, type Harness } from "@/lib/wire/testing";
import type { AccessGraph } from "./types";

/** The wire to call and the store behind it. */
type Wire = Pick<Harness, "url" | "db">;

/** A principal the check signs as: its keys and, when it has one, its MFA device. */
export interface WireSource {
  arn: string;
  creds: Creds;
  mfa?: { serial: string; secret: string };
}

/** Contexts to try where the graph has no edge: the baseline and each requirement a trust may use. */
export function nonEdgeContexts(externalIds: string[], requestTags: [string, string][]): Record<string, string>[] {
  return [
    {},
    ...externalIds.map((id) => ({ "sts:ExternalId": id })),
    ...requestTags.map(([k, v]) => ({ [`aws:RequestTag/${k}`]: v })),
    { "aws:MultiFactorAuthPresent": "true" },
    { "aws:MultiFactorAuthPresent": "false" },
  ];
}

/** A fresh code: the device forgets the last step used, so each call may use the current one. */
async function mfaCode(db: Wire["db"], mfa: NonNullable<WireSource["mfa"]>): Promise<string> {
  await db.mfaDevice.update({ where: { serialNumber: mfa.serial }, data: { lastCounter: 0 } });
  return codeAt(mfa.secret, counterAt(Date.now())); // wall clock: TOTP codes come from devices outside the sandbox, as the server checks them
}

/** AssumeRole over the wire in a context (the keys an edge's `context` holds): the session's keys when it succeeds. */
export async function assumeIn(h: Wire, source: WireSource, target: string, ctx: Record<string, string | string[]>, sessionName: string): Promise<Creds | undefined> {
  const sts = (c: Creds) => new STSClient({ endpoint: h.url, region: "us-east-1", credentials: c, maxAttempts: 1 });
  const input: AssumeRoleCommandInput = { RoleArn: target, RoleSessionName: (ctx["sts:RoleSessionName"] as string) ?? sessionName };
  if (ctx["sts:ExternalId"]) input.ExternalId = ctx["sts:ExternalId"] as string;
  if (ctx["sts:SourceIdentity"]) input.SourceIdentity = ctx["sts:SourceIdentity"] as string;
  const tags = Object.entries(ctx).filter(([k]) => k.startsWith("aws:RequestTag/"));
  if (tags.length) input.Tags = tags.map(([k, v]) => ({ Key: k.slice("aws:RequestTag/".length), Value: v as string }));
  let caller = source.creds;
  if (ctx["aws:MultiFactorAuthPresent"] === "true") {
    if (!source.mfa) return undefined;
    input.SerialNumber = source.mfa.serial;
    input.TokenCode = await mfaCode(h.db, source.mfa);
  } else if (ctx["aws:MultiFactorAuthPresent"] === "false" && !caller.sessionToken) {
    caller = fromResult((await sts(caller).send(new GetSessionTokenCommand({}))).Credentials);
  }
  return sts(caller)
    .send(new AssumeRoleCommand(input))
    .then((r) => fromResult(r.Credentials), () => undefined);
}

/**
 * Every (source, role) pair of the graph put to the wire: the disagreements, and the sessions the
 * edges gave (for a role-chaining check from one of them). Service-linked roles are skipped (only
 * their service may assume them), as are edges that need a source address (the wire's is the test's own).
 */
export async function wireMismatches(
  h: Wire,
  graph: AccessGraph,
  sources: WireSource[],
  contexts: Record<string, string>[],
): Promise<{ mismatches: string[]; sessions: Map<string, Creds>; calls: number }> {
  const roles = graph.nodes.filter((n) => n.kind === "role" && !n.id.includes("/aws-service-role/"));
  const mismatches: string[] = [];
  const sessions = new Map<string, Creds>();
  let calls = 0;
  for (const source of sources) {
    const name = source.arn.split("/").pop()!;
    for (const r of roles) {
      const e = graph.edges.find((x) => x.kind === "can-assume" && x.source === source.arn && x.target === r.id);
      if (e) {
        if (e.chips.some((x) => x.kind === "SourceIp")) continue;
        calls++;
        const got = await assumeIn(h, source, r.id, e.context ?? {}, name);
        if (!got) mismatches.push(`${source.arn} → ${r.id}: edge ${JSON.stringify(e.context)} but AssumeRole failed`);
        else sessions.set(`${source.arn}|${r.id}`, got);
      } else {
        for (const ctx of contexts) {
          if (ctx["aws:MultiFactorAuthPresent"] === "true" && !source.mfa) continue;
          calls++;
          if (await assumeIn(h, source, r.id, ctx, name)) mismatches.push(`${source.arn} → ${r.id}: no edge but AssumeRole succeeded in ${JSON.stringify(ctx)}`);
        }
      }
    }
  }
  return { mismatches, sessions, calls };
}

/** The ExternalIds and request tags trust policies or edges name: what a non-edge is also tried with. */
function candidateContexts(trusts: string[], edgeContexts: Record<string, string | string[]>[]): Record<string, string>[] {
  const externalIds = new Set<string>();
  const tags = new Map<string, [string, string]>();
  for (const ctx of edgeContexts) {
    if (typeof ctx["sts:ExternalId"] === "string") externalIds.add(ctx["sts:ExternalId"]);
    for (const [k, v] of Object.entries(ctx)) if (k.startsWith("aws:RequestTag/") && typeof v === "string") tags.set(`${k}=${v}`, [k.slice("aws:RequestTag/".length), v]);
  }
  for (const text of trusts) {
    for (const m of text.matchAll(/"sts:ExternalId"\s*:\s*"([^"]+)"/g)) externalIds.add(m[1]);
    for (const m of text.matchAll(/"aws:RequestTag\/([^"]+)"\s*:\s*"([^"*?]+)"/g)) tags.set(`${m[1]}=${m[2]}`, [m[1], m[2]]);
  }
  return nonEdgeContexts([...externalIds], [...tags.values()]);
}

/**
 * The graph of `accounts` as the store holds them now, against the wire: every user of those accounts
 * (a fresh access key each, its MFA device when it has one) against every role. The candidate
 * contexts for a non-edge: the baseline, MFA or not, and each ExternalId and request tag that an edge
 * or a trust policy of those accounts names.
 */
export async function seedAgainstWire(h: Wire, accounts: string[]): Promise<{ mismatches: string[]; calls: number }> {
  const { graphOf } = await import("./service");
  const { graph } = await graphOf(accounts);
  const users = await h.db.user.findMany({ where: { accountId: { in: accounts } }, orderBy: { arn: "asc" } });
  const devices = await h.db.mfaDevice.findMany({ where: { userId: { in: users.map((u) => u.id) } } });
  const sources: WireSource[] = [];
  for (const u of users) {
    const device = devices.find((d) => d.userId === u.id);
    sources.push({ arn: u.arn, creds: await createKey(h.db, u.accountId, u.name), ...(device ? { mfa: { serial: device.serialNumber, secret: device.secret } } : {}) });
  }
  const roles = await h.db.role.findMany({ where: { accountId: { in: accounts } }, select: { trustPolicy: true } });
  const contexts = candidateContexts(
    roles.map((r) => r.trustPolicy),
    graph.edges.map((e) => e.context ?? {}),
  );
  const { mismatches, calls } = await wireMismatches(h, graph, sources, contexts);
  return { mismatches, calls };
}
