// The build's shortcuts (sources grouped by identity policies, roles tested only against the grants
// that can name them, skipped admin checks) must give exactly the graph the straightforward
// evaluation gives: every (source, role) pair put to the engine, every source checked for `*` on `*`.
// Randomized medium account sets (seeded, so a failure is reproducible): conditions, boundaries,
// NotResource/NotAction, denies, policy variables, SCPs, chains, "*" and named principals.
import { describe, expect, it } from "vitest";
import { decideRequest } from "@/lib/authz/decide";
import { assembleRequest } from "@/lib/authz/request";
import { buildGraph } from "./build";
import { iamEdge, type EdgeEnv } from "./edges";
import { roleSource, userSource } from "./sources";
import { allow, graphFixture, trustDoc, type FixtureInput } from "./testing";
import { identityMayAllow, trustedPrincipals } from "./trust-principals";
import type { GraphData } from "./load";
import type { GraphEdge } from "./types";

const ACCOUNTS = ["111111111111", "222222222222", "333333333333"];
const OUTSIDE = "999999999999";

/** mulberry32: a small seeded generator. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Doc = Record<string, unknown>;
const statements = (...s: Doc[]): Doc => ({ Version: "2012-10-17", Statement: s });

function randomInput(seed: number): FixtureInput {
  const r = rng(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)];
  const teams = 6;
  const roleNames: { account: string; name: string }[] = [];
  for (let i = 0; i < 70; i++) {
    const account = pick(ACCOUNTS);
    const name = i % 9 === 0 ? `secret-${i}` : `team-${i % teams}-r${i}`;
    roleNames.push({ account, name });
  }
  const userNames = Array.from({ length: 45 }, (_, i) => ({ account: i % 5 === 4 ? ACCOUNTS[1] : ACCOUNTS[0], name: `u${i}` }));
  const arnOf = (x: { account: string; name: string }, kind: "user" | "role") => `arn:aws:iam::${x.account}:${kind}/${x.name}`;

  const identity = (): Doc[] => {
    const t = Math.floor(r() * teams);
    const pool: (() => Doc)[] = [
      () => allow("sts:AssumeRole"),
      () => allow("sts:AssumeRole", `arn:aws:iam::*:role/team-${t}-*`),
      () => allow(["sts:AssumeRole", "sts:TagSession"], `arn:aws:iam::${pick(ACCOUNTS)}:role/team-${t}-*`),
      () => allow("sts:*", arnOf(pick(roleNames), "role")),
      () => statements({ Effect: "Allow", Action: "sts:AssumeRole", NotResource: "arn:aws:iam::*:role/secret-*" }),
      () => statements({ Effect: "Allow", Action: "sts:AssumeRole", Resource: "*" }, { Effect: "Deny", Action: "sts:AssumeRole", Resource: `arn:aws:iam::*:role/team-${t}-*` }),
      () => allow("sts:AssumeRole", "arn:aws:iam::*:role/${aws:username}-*"),
      () => allow("sts:AssumeRole", `arn:aws:iam::*:role/team-?-r${Math.floor(r() * 70)}`),
      () => allow("sts:AssumeRole", "*", { Bool: { "aws:MultiFactorAuthPresent": "true" } }),
      () => statements({ Effect: "Allow", NotAction: "iam:*", Resource: "*" }),
      () => allow("*"),
      () => allow("s3:*"),
      () => allow("iam:*", "*"),
    ];
    const n = Math.floor(r() * 3);
    return Array.from({ length: n }, () => pick(pool)());
  };
  const boundary = (): Doc | undefined => (r() < 0.2 ? pick([allow("sts:AssumeRole"), allow("s3:*"), allow("sts:*", "arn:aws:iam::*:role/team-*")]) : undefined);
  const trust = (self: { account: string; name: string }): Doc => {
    const principal = (): Doc | "*" => {
      const x = r();
      if (x < 0.3) return { AWS: `arn:aws:iam::${pick(ACCOUNTS)}:root` };
      if (x < 0.4) return { AWS: pick(ACCOUNTS) };
      if (x < 0.55) return { AWS: arnOf(pick(userNames), "user") };
      if (x < 0.65) return { AWS: [arnOf(pick(roleNames.filter((n) => n !== self)), "role"), arnOf(pick(userNames), "user")] };
      if (x < 0.7) return "*";
      if (x < 0.75) return { AWS: `arn:aws:iam::${OUTSIDE}:root` };
      if (x < 0.8) return { Service: "ec2.amazonaws.com" };
      return { AWS: [`arn:aws:iam::${pick(ACCOUNTS)}:root`, `arn:aws:iam::${pick(ACCOUNTS)}:root`] };
    };
    const condition = pick<Doc | undefined>([
      undefined,
      undefined,
      { Bool: { "aws:MultiFactorAuthPresent": "true" } },
      { StringEquals: { "sts:ExternalId": "ext-1" } },
      { StringEquals: { "aws:RequestTag/project": "p1" } },
      { IpAddress: { "aws:SourceIp": "10.0.0.0/8" } },
      { StringEquals: { "aws:PrincipalAccount": pick(ACCOUNTS) } },
    ]);
    const action = condition && "StringEquals" in condition && JSON.stringify(condition).includes("RequestTag") ? ["sts:AssumeRole", "sts:TagSession"] : "sts:AssumeRole";
    const doc = trustDoc(principal(), condition, action);
    if (r() < 0.1) (doc.Statement as Doc[]).push({ Effect: "Deny", Principal: { AWS: arnOf(pick(userNames), "user") }, Action: "sts:AssumeRole" });
    return doc;
  };
  const denyTeam0 = statements({ Effect: "Deny", Action: "sts:AssumeRole", Resource: "arn:aws:iam::*:role/team-0-*" });
  const full = statements({ Effect: "Allow", Action: "*", Resource: "*" });
  return {
    accounts: [
      { id: ACCOUNTS[0], org: { id: "o-equiv" } },
      { id: ACCOUNTS[1], org: { id: "o-equiv", scps: [[full], [full, denyTeam0]] } },
      { id: ACCOUNTS[2] },
    ],
    users: userNames.map((u) => ({ ...u, policies: identity(), boundary: boundary(), mfa: r() < 0.4, tags: r() < 0.3 ? { team: "blue" } : undefined })),
    roles: roleNames.map((n) => ({ ...n, trust: trust(n), policies: identity(), boundary: boundary() })),
    roleSessionsCanMfa: r() < 0.5,
  };
}

const key = (e: GraphEdge) => e.id;
const sorted = (edges: GraphEdge[]) => [...edges].sort((a, b) => key(a).localeCompare(key(b)));

/** Every source against every role, with no shortcut: the edges the build must give. */
function straightforward(data: GraphData, now: Date) {
  const env: EdgeEnv = { rcpsOf: (a) => data.accounts.get(a)?.org.rcps, now };
  // Fresh source objects per pair, taken source by source: none of the edge code's per-source or
  // per-role memos carries over from one pair to the next.
  const fresh = [...data.users.map((u) => () => userSource(u)), ...data.roles.filter((r) => !r.serviceLinked).map((r) => () => roleSource(r, data.roleSessionsCanMfa))];
  const sources = fresh.map((f) => f());
  const allowed: GraphEdge[] = [];
  const shown: GraphEdge[] = [];
  for (const make of fresh) {
    for (const role of data.roles) {
      if (!role.trust) continue;
      const src = make();
      if (src.role === role) continue;
      const trusted = trustedPrincipals(role.trust);
      const edge = iamEdge(src, role, env);
      if (!edge) continue;
      if (edge.kind === "can-assume") allowed.push(edge);
      // The documented rule for which pairs are drawn at all (a trusted-but-denied edge included):
      // named by the trust or "*", or in an account the trust names; the identity side must be able
      // to allow sts:AssumeRole on the role when only the account is named or the caller is from elsewhere.
      const named = trusted.any || trusted.entities.has(src.nodeId);
      const inAccount = trusted.accounts.has(src.accountId);
      const needsIdentity = !named || src.accountId !== role.accountId;
      if ((named || inAccount) && (!needsIdentity || identityMayAllow(src.policies.identity, role.arn))) shown.push(edge);
    }
  }
  const admin = new Map<string, string | undefined>();
  for (const s of sources) {
    const request = assembleRequest(s.caller(s.mfaStates[0]), s.policies, env.rcpsOf(s.accountId), "*", "*", { now });
    const full = decideRequest(request).allowed;
    admin.set(s.nodeId, full ? "full" : decideRequest({ ...request, permissionsBoundary: undefined, scps: undefined }).allowed ? "capped" : undefined);
  }
  return { allowed, shown, admin };
}

describe("the optimized build gives the straightforward evaluation's edges", () => {
  for (const seed of [1, 2, 3]) {
    it(`randomized account set #${seed}`, () => {
      const data = graphFixture(randomInput(seed));
      const now = new Date("2026-06-01T00:00:00Z");
      const built = buildGraph(data, now);
      const inSet = new Set([...data.users.map((u) => u.arn), ...data.roles.map((r) => r.arn)]);
      const iamEdges = built.graph.edges.filter((e) => e.kind !== "member-of" && inSet.has(e.source));
      const ref = straightforward(data, now);

      // No can-assume edge is lost or invented by any shortcut: every pair the engine allows is there.
      expect(sorted(iamEdges.filter((e) => e.kind === "can-assume"))).toEqual(sorted(ref.allowed));
      // The drawn pairs (trusted-but-denied included) are exactly the documented rule's.
      expect(sorted(iamEdges)).toEqual(sorted(ref.shown));
      // Admin reach as the engine decides it for every source.
      for (const [id, admin] of ref.admin) expect(built.graph.nodes.find((n) => n.id === id)?.admin, id).toBe(admin);
      // The set is not trivial: it has edges of both kinds, several requiring a context.
      expect(ref.allowed.length).toBeGreaterThan(150);
      expect(ref.allowed.some((e) => e.chips.some((c) => c.kind === "MFA"))).toBe(true);
      expect(iamEdges.some((e) => e.kind === "trusted-but-denied")).toBe(true);
    });
  }
});
