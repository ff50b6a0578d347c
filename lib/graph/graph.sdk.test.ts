// The access graph against the real thing (spec §3.7 item 1): on the sandbox seed plus a few roles
// with conditional trusts, for every (principal, role) pair, an edge exists exactly when a real
// AssumeRole over the wire (real SDK, real SigV4) succeeds in the edge's minimal context — and no
// candidate context succeeds where the graph has no edge. Then the console API's view of it:
// authorization first, the caller's accounts only, observed use, the cache, the queries.
// AWS: https://docs.aws.amazon.com/STS/latest/APIReference/API_AssumeRole.html
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ADMIN_111, ADMIN_222, createKey, createRole, startHarness, type Creds, type Harness } from "@/lib/wire/testing";
import type { Caller } from "@/lib/authz/caller";
import type { AccessGraph, GraphEdge } from "./types";
import { assumeIn, nonEdgeContexts, wireMismatches, type WireSource } from "./wire-check";

const A = "111111111111";
const B = "222222222222";
const MFA_SECRET = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP";
const ALICE_MFA = `arn:aws:iam::${A}:mfa/alice`;
const doc = (statements: object[]) => JSON.stringify({ Version: "2012-10-17", Statement: statements });
const userArn = (acct: string, name: string) => `arn:aws:iam::${acct}:user/${name}`;
const roleArn = (acct: string, name: string) => `arn:aws:iam::${acct}:role/${name}`;

let h: Harness;
let service: typeof import("./service");
const creds = new Map<string, Creds>();
const callers = new Map<string, Caller>();

async function user(acct: string, name: string, inline?: string, boundaryArn?: string) {
  let u = await h.db.user.findFirst({ where: { accountId: acct, name } });
  if (!u) {
    const { newId } = await import("@/lib/ids");
    u = await h.db.user.create({ data: { id: newId("AIDA"), accountId: acct, name, nameLower: name, arn: userArn(acct, name), permissionsBoundary: boundaryArn } });
  }
  if (inline) await h.db.inlinePolicy.create({ data: { ownerType: "user", ownerId: u.id, name: "graph", document: inline } });
  callers.set(u.arn, { kind: "user", accountId: acct, arn: u.arn, userId: u.id, userName: name, mfa: false, via: "api" });
  return u;
}

beforeAll(async () => {
  h = await startHarness();
  service = await import("./service");
  const alice = await user(A, "alice", doc([{ Effect: "Allow", Action: ["sts:AssumeRole", "sts:TagSession"], Resource: "*" }]));
  await user(A, "bob", doc([{ Effect: "Allow", Action: "sts:AssumeRole", Resource: "*" }]));
  await h.db.managedPolicy.create({
    data: { id: "ANPAGRAPHBOUNDARY001", arn: `arn:aws:iam::${A}:policy/S3Only`, accountId: A, name: "S3Only", nameLower: "s3only", defaultVersionId: "v1", versions: { create: { versionId: "v1", isDefault: true, document: doc([{ Effect: "Allow", Action: "s3:*", Resource: "*" }]) } } },
  });
  await user(A, "carol", doc([{ Effect: "Allow", Action: "sts:AssumeRole", Resource: "*" }]), `arn:aws:iam::${A}:policy/S3Only`);
  await user(A, "admin");
  await user(B, "admin");
  await h.db.mfaDevice.create({ data: { serialNumber: ALICE_MFA, accountId: A, userId: alice.id, secret: MFA_SECRET } });
  for (const [acct, name] of [[A, "alice"], [A, "bob"], [A, "carol"]]) creds.set(userArn(acct, name), await createKey(h.db, acct, name));
  creds.set(userArn(A, "admin"), ADMIN_111);
  creds.set(userArn(B, "admin"), ADMIN_222);

  const trust = (principal: object, condition?: object, action: string | string[] = "sts:AssumeRole") => ({
    Version: "2012-10-17",
    Statement: [{ Effect: "Allow", Principal: principal, Action: action, ...(condition ? { Condition: condition } : {}) }],
  });
  await createRole(h.db, { accountId: A, name: "MfaOps", trust: trust({ AWS: A }, { Bool: { "aws:MultiFactorAuthPresent": "true" } }) });
  const hop = await createRole(h.db, { accountId: A, name: "Hop", trust: trust({ AWS: userArn(A, "alice") }) });
  await h.db.inlinePolicy.create({ data: { ownerType: "role", ownerId: hop.id, name: "chain", document: doc([{ Effect: "Allow", Action: "sts:AssumeRole", Resource: "*" }]) } });
  await createRole(h.db, { accountId: B, name: "Vendor", trust: trust({ AWS: `arn:aws:iam::${A}:root` }, { StringEquals: { "sts:ExternalId": "ext-42" } }) });
  await createRole(h.db, { accountId: B, name: "ChainTarget", trust: trust({ AWS: roleArn(A, "Hop") }) });
  await createRole(h.db, { accountId: A, name: "Tagged", trust: trust({ AWS: A }, { StringEquals: { "aws:RequestTag/team": "blue" } }, ["sts:AssumeRole", "sts:TagSession"]) });
  await createRole(h.db, { accountId: A, name: "FromWorkload", trust: trust({ AWS: B }) });
  // 222's SCP keeps its principals from assuming roles: the trust above is never usable.
  await h.db.orgPolicy.create({
    data: { id: "p-graphdenyassume", organizationId: "o-sandbox0001", kind: "SERVICE_CONTROL_POLICY", name: "DenyAssume", document: doc([{ Effect: "Deny", Action: "sts:AssumeRole", Resource: "*" }]) },
  });
  await h.db.orgPolicyAttachment.create({ data: { policyId: "p-graphdenyassume", targetId: B } });
}, 120_000);

afterAll(async () => h?.close());

/** Signs as a sandbox principal; alice with her MFA device. */
const sourceOf = (arn: string, c: Creds): WireSource => (arn === userArn(A, "alice") ? { arn, creds: c, mfa: { serial: ALICE_MFA, secret: MFA_SECRET } } : { arn, creds: c });
const CONTEXTS = nonEdgeContexts(["ext-42"], [["team", "blue"]]);

describe("edges agree with real AssumeRole calls", () => {
  let graph: AccessGraph;
  const edge = (s: string, t: string): GraphEdge | undefined => graph.edges.find((e) => e.kind === "can-assume" && e.source === s && e.target === t);

  beforeAll(async () => {
    graph = (await service.graphOf([A, B])).graph;
  });

  it("has the conditional edges the trusts describe", () => {
    expect(edge(userArn(A, "alice"), roleArn(A, "MfaOps"))?.chips).toEqual([{ kind: "MFA" }]);
    expect(edge(userArn(A, "bob"), roleArn(A, "MfaOps"))).toBeUndefined();
    expect(edge(userArn(A, "bob"), roleArn(B, "Vendor"))?.chips).toEqual([{ kind: "ExternalId", value: "ext-42" }, { kind: "cross-account" }]);
    expect(edge(userArn(A, "alice"), roleArn(A, "Tagged"))?.chips).toEqual([{ kind: "tag", key: "team", value: "blue" }]);
    expect(edge(userArn(A, "bob"), roleArn(A, "Tagged"))).toBeUndefined();
    expect(edge(userArn(A, "carol"), roleArn(A, "Hop"))).toBeUndefined();
    expect(edge(userArn(B, "admin"), roleArn(A, "FromWorkload"))).toBeUndefined();
    expect(edge(roleArn(A, "Hop"), roleArn(B, "ChainTarget"))?.crossAccount).toBe(true);
    expect(edge("support.amazonaws.com", `arn:aws:iam::${A}:role/aws-service-role/support.amazonaws.com/AWSServiceRoleForSupport`)).toBeDefined();
  });

  it("for every user and role pair: an edge exactly when AssumeRole succeeds in its minimal context", async () => {
    const { mismatches, sessions } = await wireMismatches(h, graph, [...creds].map(([arn, c]) => sourceOf(arn, c)), CONTEXTS);
    // Role chaining: the Hop session against every role.
    const hopCreds = sessions.get(`${userArn(A, "alice")}|${roleArn(A, "Hop")}`);
    expect(hopCreds, "alice assumed Hop").toBeDefined();
    const roles = graph.nodes.filter((n) => n.kind === "role" && !n.id.includes("/aws-service-role/"));
    for (const r of roles) {
      if (r.id === roleArn(A, "Hop")) continue;
      const e = edge(roleArn(A, "Hop"), r.id);
      // alice's session, with her MFA device where the edge asks for MFA.
      const got = await assumeIn(h, { ...sourceOf(userArn(A, "alice"), hopCreds!), arn: roleArn(A, "Hop") }, r.id, e?.context ?? {}, "Hop");
      if (Boolean(e) !== Boolean(got)) mismatches.push(`Hop → ${r.id}: edge ${Boolean(e)}, AssumeRole ${Boolean(got)}`);
    }
    expect(mismatches).toEqual([]);
  }, 120_000);
});

describe("the console API's graph", () => {
  it("is authorized first: alice without iam:GetAccountAuthorizationDetails is denied", async () => {
    const alice = callers.get(userArn(A, "alice"))!;
    await expect(service.accessGraphFor(alice)).rejects.toMatchObject({ code: "AccessDenied" });
    await expect(service.pathsFor(alice, { query: "who-can-reach-admin" })).rejects.toMatchObject({ code: "AccessDenied" });
  });

  it("shows the management account's admin the whole organization, a member's admin only its account", async () => {
    const all = await service.accessGraphFor(callers.get(userArn(A, "admin"))!);
    expect(all.nodes.filter((n) => n.kind === "account").map((n) => n.id).sort()).toEqual([`account:${A}`, `account:${B}`]);
    const member = await service.accessGraphFor(callers.get(userArn(B, "admin"))!);
    expect(member.nodes.filter((n) => n.kind === "account").map((n) => n.id)).toEqual([`account:${B}`]);
    expect(member.nodes.some((n) => n.accountId === A)).toBe(false);
    // 222's roles trust 111: drawn as an account outside the set.
    expect(member.nodes.find((n) => n.id === `arn:aws:iam::${A}:root`)?.kind).toBe("external-account");
  });

  it("marks observed use from the sessions AssumeRole issued", async () => {
    const g = await service.accessGraphFor(callers.get(userArn(A, "admin"))!);
    const e = g.edges.find((x) => x.source === userArn(A, "alice") && x.target === roleArn(A, "Hop"));
    expect(e?.observed).toBeGreaterThanOrEqual(1);
    const used = g.edges.find((x) => x.source === userArn(A, "bob") && x.target === roleArn(B, "Vendor"));
    expect(used?.observed ?? 0).toBeGreaterThanOrEqual(1);
  });

  it("is cached until an authorization change", async () => {
    const first = await service.graphOf([A, B]);
    expect(await service.graphOf([A, B])).toBe(first);
    await createRole(h.db, { accountId: A, name: "Fresh", trust: { Version: "2012-10-17", Statement: [{ Effect: "Allow", Principal: { AWS: userArn(A, "alice") }, Action: "sts:AssumeRole" }] } });
    const second = await service.graphOf([A, B]);
    expect(second).not.toBe(first);
    expect(second.graph.edges.some((e) => e.target === roleArn(A, "Fresh"))).toBe(true);
  });

  it("follows MFA devices: one assigned to bob gives him the MFA edge at once", async () => {
    const bobToMfaOps = (g: AccessGraph) => g.edges.find((e) => e.source === userArn(A, "bob") && e.target === roleArn(A, "MfaOps"));
    expect(bobToMfaOps((await service.graphOf([A, B])).graph)).toBeUndefined();
    const bob = await h.db.user.findFirstOrThrow({ where: { accountId: A, name: "bob" } });
    await h.db.mfaDevice.create({ data: { serialNumber: `arn:aws:iam::${A}:mfa/bob`, accountId: A, userId: bob.id, secret: MFA_SECRET } });
    expect(bobToMfaOps((await service.graphOf([A, B])).graph)?.chips).toEqual([{ kind: "MFA" }]);
  });

  it("answers the three queries and explains an edge", async () => {
    const admin = callers.get(userArn(A, "admin"))!;
    const reach = await service.pathsFor(admin, { query: "who-can-reach", target: roleArn(B, "ChainTarget") });
    expect(reach.paths.map((p) => p.nodes)).toContainEqual([userArn(A, "alice"), roleArn(A, "Hop"), roleArn(B, "ChainTarget")]);
    const forward = await service.pathsFor(admin, { query: "what-can-reach", source: userArn(A, "alice") });
    expect(forward.paths.map((p) => p.nodes.at(-1))).toContain(roleArn(B, "ChainTarget"));
    const admins = await service.pathsFor(admin, { query: "who-can-reach-admin", policy: "arn:aws:iam::aws:policy/AdministratorAccess" });
    expect(admins.paths.map((p) => p.nodes[0])).toEqual(expect.arrayContaining([userArn(A, "admin"), userArn(B, "admin")]));
    await expect(service.pathsFor(admin, { query: "who-can-reach", target: "arn:aws:iam::111111111111:role/Nope" })).rejects.toMatchObject({ code: "NoSuchEntity" });

    const id = `can-assume|${userArn(A, "bob")}|${roleArn(B, "Vendor")}`;
    const ex = await service.edgeExplanationFor(admin, id);
    expect(ex.trust.decision).toBe("Allowed");
    expect(ex.identity?.statements.map((s) => s.policy)).toEqual(["graph"]);
    // bob's inline policy is one line of JSON: its statement spans line 1 of the stored text.
    expect(ex.identity?.statements[0].lines).toEqual([1, 1]);
    expect(ex.edge.context?.["sts:ExternalId"]).toBe("ext-42");
    await expect(service.edgeExplanationFor(admin, "can-assume|x|y")).rejects.toMatchObject({ code: "NoSuchEntity" });
  });

  it("offers the policies attached in every account the graph spans, each of which the admin query answers", async () => {
    const admin = callers.get(userArn(A, "admin"))!;
    // A customer managed policy of the other account, attached there: not in the caller's iam:ListPolicies.
    const vendor = await h.db.role.findFirstOrThrow({ where: { accountId: B, name: "Vendor" } });
    const arn = `arn:aws:iam::${B}:policy/VendorReadOnly`;
    await h.db.managedPolicy.create({
      data: { id: "ANPAGRAPHVENDOR00001", arn, accountId: B, name: "VendorReadOnly", nameLower: "vendorreadonly", defaultVersionId: "v1", versions: { create: { versionId: "v1", isDefault: true, document: doc([{ Effect: "Allow", Action: "s3:Get*", Resource: "*" }]) } } },
    });
    await h.db.policyAttachment.create({ data: { policyId: "ANPAGRAPHVENDOR00001", principalType: "role", principalId: vendor.id } });

    const { policies } = await service.graphPoliciesFor(admin);
    expect(policies).toContainEqual({ arn, name: "VendorReadOnly", accountId: B, holders: 1 });
    const adminAccess = policies.find((p) => p.arn === "arn:aws:iam::aws:policy/AdministratorAccess");
    expect(adminAccess).toMatchObject({ name: "AdministratorAccess" });
    expect(adminAccess).not.toHaveProperty("accountId");
    expect(adminAccess!.holders).toBeGreaterThanOrEqual(2);
    expect(policies.map((p) => p.name)).toEqual([...policies.map((p) => p.name)].sort((a, b) => a.localeCompare(b)));
    const holders = await service.pathsFor(admin, { query: "who-can-reach-admin", policy: arn });
    expect(holders.paths[0].nodes).toEqual([roleArn(B, "Vendor")]);
    // Authorized first, as the graph is.
    await expect(service.graphPoliciesFor(callers.get(userArn(A, "alice"))!)).rejects.toMatchObject({ code: "AccessDenied" });
  });
});
