// Edge derivation (spec §3.2, checklist §3.7 items 2–5) on small in-memory account sets: every edge
// is the engine's answer for the AssumeRole* request in the edge's minimal context.
// AWS: https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_evaluation-logic-cross-account.html
// (both sides must allow), https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_mfa_configure-api-require.html (MFA in trust),
// https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_create_for-user_externalid.html (ExternalId).
import { describe, expect, it } from "vitest";
import { buildGraph } from "./build";
import { explainEdge } from "./explain";
import { whatCanReach, whoCanReach, whoCanReachAdmin } from "./paths";
import { allow, graphFixture, trustDoc, type FixtureInput } from "./testing";
import type { GraphEdge } from "./types";

const A = "111111111111";
const B = "222222222222";
const user = (acct: string, name: string) => `arn:aws:iam::${acct}:user/${name}`;
const role = (acct: string, name: string) => `arn:aws:iam::${acct}:role/${name}`;
const ASSUME_ANY = allow("sts:AssumeRole");
const MFA_TRUE = { Bool: { "aws:MultiFactorAuthPresent": "true" } };

function edgesOf(input: FixtureInput) {
  const built = buildGraph(graphFixture(input));
  const find = (source: string, target: string): GraphEdge | undefined =>
    built.graph.edges.find((e) => e.kind === "can-assume" && e.source === source && e.target === target);
  return { built, find };
}

describe("can-assume edges", () => {
  it("a same-account trust that requires MFA gives an edge with an MFA chip (PMapper #114)", () => {
    const { find } = edgesOf({
      accounts: [{ id: A }],
      users: [{ account: A, name: "alice", policies: [ASSUME_ANY], mfa: true }],
      roles: [{ account: A, name: "Ops", trust: trustDoc({ AWS: `arn:aws:iam::${A}:root` }, MFA_TRUE) }],
    });
    const edge = find(user(A, "alice"), role(A, "Ops"));
    expect(edge?.chips).toEqual([{ kind: "MFA" }]);
    expect(edge?.crossAccount).toBe(false);
    expect(edge?.context?.["aws:MultiFactorAuthPresent"]).toBe("true");
  });

  it("gives no MFA edge to a user who has no MFA device", () => {
    const { find } = edgesOf({
      accounts: [{ id: A }],
      users: [{ account: A, name: "bob", policies: [ASSUME_ANY], mfa: false }],
      roles: [{ account: A, name: "Ops", trust: trustDoc({ AWS: `arn:aws:iam::${A}:root` }, MFA_TRUE) }],
    });
    expect(find(user(A, "bob"), role(A, "Ops"))).toBeUndefined();
  });

  it("tries MFA for role sessions too (PMapper #116): a deny unless MFA becomes an MFA requirement", () => {
    const trust = {
      Version: "2012-10-17",
      Statement: [
        { Effect: "Allow", Principal: { AWS: `arn:aws:iam::${A}:root` }, Action: "sts:AssumeRole" },
        { Effect: "Deny", Principal: { AWS: "*" }, Action: "sts:AssumeRole", Condition: { BoolIfExists: { "aws:MultiFactorAuthPresent": "false" } } },
      ],
    };
    const input = (canMfa: boolean): FixtureInput => ({
      accounts: [{ id: A }],
      roles: [
        { account: A, name: "Jump", trust: trustDoc({ Service: "ec2.amazonaws.com" }), policies: [ASSUME_ANY] },
        { account: A, name: "Target", trust },
      ],
      roleSessionsCanMfa: canMfa,
    });
    expect(edgesOf(input(true)).find(role(A, "Jump"), role(A, "Target"))?.chips).toEqual([{ kind: "MFA" }]);
    expect(edgesOf(input(false)).find(role(A, "Jump"), role(A, "Target"))).toBeUndefined();
  });

  it("unconditional same-account trust naming the user: an edge with no chips and no identity policy needed", () => {
    const { find } = edgesOf({
      accounts: [{ id: A }],
      users: [{ account: A, name: "carol" }],
      roles: [{ account: A, name: "Named", trust: trustDoc({ AWS: user(A, "carol") }) }],
    });
    expect(find(user(A, "carol"), role(A, "Named"))?.chips).toEqual([]);
  });

  it("an account-only trust needs the identity side: no edge for a user without sts:AssumeRole", () => {
    const { find } = edgesOf({
      accounts: [{ id: A }],
      users: [{ account: A, name: "dave", policies: [allow("s3:*")] }],
      roles: [{ account: A, name: "Acct", trust: trustDoc({ AWS: A }) }],
    });
    expect(find(user(A, "dave"), role(A, "Acct"))).toBeUndefined();
  });

  it("an ExternalId in the trust gives an ExternalId chip, and cross-account is marked", () => {
    const { find } = edgesOf({
      accounts: [{ id: A }, { id: B }],
      users: [{ account: A, name: "alice", policies: [ASSUME_ANY] }],
      roles: [{ account: B, name: "Vendor", trust: trustDoc({ AWS: A }, { StringEquals: { "sts:ExternalId": "ext-42" } }) }],
    });
    const edge = find(user(A, "alice"), role(B, "Vendor"));
    expect(edge?.chips).toEqual([{ kind: "ExternalId", value: "ext-42" }, { kind: "cross-account" }]);
    expect(edge?.crossAccount).toBe(true);
    expect(edge?.context?.["sts:ExternalId"]).toBe("ext-42");
  });

  it("a required request tag gives a tag chip, only when the trust also allows sts:TagSession", () => {
    const cond = { StringEquals: { "aws:RequestTag/team": "blue" } };
    const input = (actions: string[]): FixtureInput => ({
      accounts: [{ id: A }],
      users: [{ account: A, name: "alice", policies: [allow(["sts:AssumeRole", "sts:TagSession"])] }],
      roles: [{ account: A, name: "Tagged", trust: trustDoc({ AWS: A }, cond, actions) }],
    });
    expect(edgesOf(input(["sts:AssumeRole", "sts:TagSession"])).find(user(A, "alice"), role(A, "Tagged"))?.chips).toEqual([{ kind: "tag", key: "team", value: "blue" }]);
    expect(edgesOf(input(["sts:AssumeRole"])).find(user(A, "alice"), role(A, "Tagged"))).toBeUndefined();
  });

  it("a source-IP condition gives a SourceIp chip with the CIDR", () => {
    const { find } = edgesOf({
      accounts: [{ id: A }],
      users: [{ account: A, name: "alice", policies: [ASSUME_ANY] }],
      roles: [{ account: A, name: "Office", trust: trustDoc({ AWS: A }, { IpAddress: { "aws:SourceIp": "10.0.0.0/8" } }) }],
    });
    expect(find(user(A, "alice"), role(A, "Office"))?.chips).toEqual([{ kind: "SourceIp", cidr: "10.0.0.0/8" }]);
  });

  it("a cross-account edge that an SCP blocks does not exist; without the SCP's deny it does", () => {
    const denyAssume = { Version: "2012-10-17", Statement: [{ Effect: "Deny", Action: "sts:AssumeRole", Resource: `arn:aws:iam::${B}:role/*` }] };
    const full = { Version: "2012-10-17", Statement: [{ Effect: "Allow", Action: "*", Resource: "*" }] };
    const input = (scps: Record<string, unknown>[][]): FixtureInput => ({
      accounts: [{ id: A, org: { id: "o-test", scps } }, { id: B, org: { id: "o-test" } }],
      users: [{ account: A, name: "alice", policies: [ASSUME_ANY] }],
      roles: [{ account: B, name: "Prod", trust: trustDoc({ AWS: A }) }],
    });
    expect(edgesOf(input([[full], [full, denyAssume]])).find(user(A, "alice"), role(B, "Prod"))).toBeUndefined();
    expect(edgesOf(input([[full], [full]])).find(user(A, "alice"), role(B, "Prod"))?.chips).toEqual([{ kind: "cross-account" }]);
  });

  it("a permissions boundary that does not allow sts:AssumeRole removes the edge", () => {
    const input = (boundary?: object): FixtureInput => ({
      accounts: [{ id: A }],
      users: [{ account: A, name: "alice", policies: [ASSUME_ANY], boundary: boundary as never }],
      roles: [{ account: A, name: "Ops", trust: trustDoc({ AWS: A }) }],
    });
    const capped = edgesOf(input(allow("s3:*")));
    expect(capped.find(user(A, "alice"), role(A, "Ops"))).toBeUndefined();
    // The debug view's "trusted but identity-denied" edge, explained by the boundary's implicit deny.
    const debug = capped.built.graph.edges.find((e) => e.kind === "trusted-but-denied" && e.source === user(A, "alice"));
    expect(debug?.target).toBe(role(A, "Ops"));
    expect(explainEdge(capped.built, debug!.id)?.boundary).toBe("alice-boundary");
    expect(edgesOf(input(allow("sts:*"))).find(user(A, "alice"), role(A, "Ops"))).toBeDefined();
  });

  it("an RCP of the role's account that denies outside callers removes the cross-account edge", () => {
    const rcpFull = { Version: "2012-10-17", Statement: [{ Effect: "Allow", Principal: "*", Action: "*", Resource: "*" }] };
    const rcpDeny = {
      Version: "2012-10-17",
      Statement: [{ Effect: "Deny", Principal: "*", Action: "sts:AssumeRole", Resource: "*", Condition: { StringNotEquals: { "aws:PrincipalAccount": B } } }],
    };
    const { find } = edgesOf({
      accounts: [{ id: A }, { id: B, org: { id: "o-test", rcps: [[rcpFull], [rcpFull, rcpDeny]] } }],
      users: [{ account: A, name: "alice", policies: [ASSUME_ANY] }],
      roles: [{ account: B, name: "Prod", trust: trustDoc({ AWS: A }) }],
    });
    expect(find(user(A, "alice"), role(B, "Prod"))).toBeUndefined();
  });

  it("OIDC and SAML providers get edges with aud/sub chips; services are checked against the trust only", () => {
    const gh = `arn:aws:iam::${A}:oidc-provider/token.actions.githubusercontent.com`;
    const saml = `arn:aws:iam::${A}:saml-provider/Okta`;
    const { find, built } = edgesOf({
      accounts: [{ id: A }],
      providers: [
        { arn: gh, accountId: A, kind: "OIDC", name: "token.actions.githubusercontent.com", clientIds: ["sts.amazonaws.com"] },
        { arn: saml, accountId: A, kind: "SAML", name: "Okta", clientIds: [] },
      ],
      roles: [
        {
          account: A,
          name: "Deploy",
          trust: trustDoc(
            { Federated: gh },
            { StringEquals: { "token.actions.githubusercontent.com:aud": "sts.amazonaws.com", "token.actions.githubusercontent.com:sub": "repo:acme/app:ref:refs/heads/main" } },
            "sts:AssumeRoleWithWebIdentity",
          ),
        },
        { account: A, name: "Sso", trust: trustDoc({ Federated: saml }, { StringEquals: { "SAML:aud": "https://signin.aws.amazon.com/saml" } }, "sts:AssumeRoleWithSAML") },
        { account: A, name: "Ecs", trust: trustDoc({ Service: "ecs-tasks.amazonaws.com" }) },
      ],
    });
    const oidc = find(gh, role(A, "Deploy"));
    expect(oidc?.action).toBe("sts:AssumeRoleWithWebIdentity");
    expect(oidc?.chips).toEqual([
      { kind: "aud", value: "sts.amazonaws.com" },
      { kind: "sub", value: "repo:acme/app:ref:refs/heads/main" },
    ]);
    expect(find(saml, role(A, "Sso"))?.chips).toEqual([{ kind: "aud", value: "https://signin.aws.amazon.com/saml" }]);
    expect(find("ecs-tasks.amazonaws.com", role(A, "Ecs"))).toBeDefined();
    const kinds = Object.fromEntries(built.graph.nodes.map((n) => [n.id, [n.kind, n.column]]));
    expect(kinds[gh]).toEqual(["oidc-provider", 0]);
    expect(kinds[saml]).toEqual(["saml-provider", 0]);
    expect(kinds["ecs-tasks.amazonaws.com"]).toEqual(["service", 0]);
  });

  it("an account outside the set named by a trust becomes an external-account node", () => {
    const { find, built } = edgesOf({
      accounts: [{ id: B }],
      roles: [{ account: B, name: "Audit", trust: trustDoc({ AWS: "333333333333" }) }],
    });
    expect(find("arn:aws:iam::333333333333:root", role(B, "Audit"))?.crossAccount).toBe(true);
    expect(built.graph.nodes.find((n) => n.id === "arn:aws:iam::333333333333:root")?.kind).toBe("external-account");
  });

  it("puts the identity account in column 1 and workload accounts in column 2", () => {
    const { built } = edgesOf({
      accounts: [{ id: A }, { id: B }],
      users: [{ account: A, name: "alice", policies: [ASSUME_ANY] }],
      roles: [{ account: B, name: "Prod", trust: trustDoc({ AWS: A }) }],
    });
    const col = (id: string) => built.graph.nodes.find((n) => n.id === id)?.column;
    expect(col(`account:${A}`)).toBe(1);
    expect(col(user(A, "alice"))).toBe(1);
    expect(col(`account:${B}`)).toBe(2);
    expect(col(role(B, "Prod"))).toBe(2);
  });
});

describe("queries", () => {
  const chain: FixtureInput = {
    accounts: [{ id: A }, { id: B }],
    users: [
      { account: A, name: "alice", policies: [ASSUME_ANY], mfa: true },
      { account: A, name: "root-admin", policies: [allow("*")] },
    ],
    roles: [
      { account: A, name: "Hop", trust: trustDoc({ AWS: user(A, "alice") }, MFA_TRUE), policies: [ASSUME_ANY] },
      { account: B, name: "Prod", trust: trustDoc({ AWS: role(A, "Hop") }), policies: [allow("*")], boundary: allow("s3:*") },
    ],
  };

  it("who-can-reach finds a two-hop chain with the union of its chips", () => {
    const { built } = edgesOf(chain);
    const paths = whoCanReach(built.graph, role(B, "Prod"));
    const twoHop = paths.find((p) => p.nodes[0] === user(A, "alice"));
    expect(twoHop?.nodes).toEqual([user(A, "alice"), role(A, "Hop"), role(B, "Prod")]);
    expect(twoHop?.chips).toEqual([{ kind: "MFA" }, { kind: "cross-account" }]);
    expect(paths[0].nodes).toEqual([role(A, "Hop"), role(B, "Prod")]);
  });

  it("what-can-reach runs forward", () => {
    const { built } = edgesOf(chain);
    expect(whatCanReach(built.graph, user(A, "alice")).map((p) => p.nodes.at(-1))).toEqual([role(A, "Hop"), role(B, "Prod")]);
  });

  it("admin reach: full for `*` on `*`, capped when a boundary cuts it; who-can-reach-admin lists the chains", () => {
    const { built } = edgesOf(chain);
    const admin = (id: string) => built.graph.nodes.find((n) => n.id === id)?.admin;
    expect(admin(user(A, "root-admin"))).toBe("full");
    expect(admin(role(B, "Prod"))).toBe("capped");
    expect(admin(user(A, "alice"))).toBeUndefined();
    const starts = whoCanReachAdmin(built.graph).map((p) => p.nodes.join(" → "));
    expect(starts).toContain(`${user(A, "alice")} → ${role(A, "Hop")} → ${role(B, "Prod")}`);
  });

  it("explains an edge with both sides of its decision", () => {
    const { built, find } = edgesOf(chain);
    const edge = find(role(A, "Hop"), role(B, "Prod"))!;
    const ex = explainEdge(built, edge.id);
    expect(ex?.trust.decision).toBe("Allowed");
    expect(ex?.trust.statements[0].lines).toEqual([4, 10]);
    // The identity side names its statement's lines too (spec §3.4: "identity and trust statements (Sid, lines)").
    expect(ex?.identity?.statements).toEqual([{ policy: "alice-0", sid: undefined, lines: [4, 8] }]); // shared with alice: named after her
  });
});
