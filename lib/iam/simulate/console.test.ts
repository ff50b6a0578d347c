// The console simulator's routes and runs on the real store: authorization as the IAM simulator APIs
// (https://docs.aws.amazon.com/IAM/latest/APIReference/API_SimulatePrincipalPolicy.html: authorized on
// the PolicySourceArn; API_SimulateCustomPolicy.html: on "*"), validation that never answers a 5xx,
// unchecked policies left out, matched statements with their positions, and sts:AssumeRole's two
// sides (observability-spec §2.3; a trust Deny gives denied while AWS's own simulator says allowed,
// https://github.com/aws/aws-cli/issues/10314).
import { NextRequest } from "next/server";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { ACCT, failure, openSandbox, type Sandbox } from "@/lib/testing/sandbox";

vi.mock("server-only", () => ({}));
vi.mock("@/lib/auth/get-caller", () => import("@/lib/testing/console-admin-caller"));

let sb: Sandbox;
const USER = "sim-user";
const USER_ARN = `arn:aws:iam::${ACCT}:user/${USER}`;
const ROLE_ARN = `arn:aws:iam::${ACCT}:role/SimDeniesUser`;
const MFA_ROLE_ARN = `arn:aws:iam::${ACCT}:role/SimNeedsMfa`;
const doc = (...Statement: object[]) => JSON.stringify({ Version: "2012-10-17", Statement }, null, 2);
const READ = doc({ Sid: "AllowS3", Effect: "Allow", Action: ["s3:*", "sts:AssumeRole"], Resource: "*" });
const DENY_DELETE = doc({ Sid: "NoDelete", Effect: "Deny", Action: "s3:DeleteObject", Resource: "*" });
const MANAGED = doc({ Effect: "Allow", Action: "ec2:Describe*", Resource: "*" });
const BOUNDARY = doc({ Effect: "Allow", Action: ["s3:*", "ec2:*", "sts:*"], Resource: "*" });

beforeAll(async () => {
  sb = await openSandbox();
  const { createUser, putUserPolicy, putUserPermissionsBoundary, attachUserPolicy } = await import("@/lib/iam/users");
  const { createPolicy } = await import("@/lib/iam/policies");
  const { createRole } = await import("@/lib/iam/roles");
  const { createGroup, addUserToGroup, putGroupPolicy } = await import("@/lib/iam/groups");
  await createUser(sb.admin, { userName: USER });
  await putUserPolicy(sb.admin, { userName: USER, policyName: "Read", policyDocument: READ });
  await putUserPolicy(sb.admin, { userName: USER, policyName: "DenyDelete", policyDocument: DENY_DELETE });
  const managed = await createPolicy(sb.admin, { policyName: "SimDescribe", policyDocument: MANAGED });
  await attachUserPolicy(sb.admin, USER, managed.Policy.Arn);
  const boundary = await createPolicy(sb.admin, { policyName: "SimBoundary", policyDocument: BOUNDARY });
  await putUserPermissionsBoundary(sb.admin, USER, boundary.Policy.Arn);
  await createGroup(sb.admin, { groupName: "SimGroup" });
  await addUserToGroup(sb.admin, "SimGroup", USER);
  await putGroupPolicy(sb.admin, { groupName: "SimGroup", policyName: "GroupRead", policyDocument: MANAGED });
  await createRole(sb.admin, {
    roleName: "SimDeniesUser",
    assumeRolePolicyDocument: doc(
      { Effect: "Allow", Principal: { AWS: `arn:aws:iam::${ACCT}:root` }, Action: "sts:AssumeRole" },
      { Effect: "Deny", Principal: { AWS: USER_ARN }, Action: "sts:AssumeRole" },
    ),
  });
  await createRole(sb.admin, {
    roleName: "SimNeedsMfa",
    assumeRolePolicyDocument: doc({ Effect: "Allow", Principal: { AWS: USER_ARN }, Action: "sts:AssumeRole", Condition: { Bool: { "aws:MultiFactorAuthPresent": "true" } } }),
  });
}, 120_000);

const ROUTES = {
  run: () => import("@/app/api/console/simulator/run/route"),
  policies: () => import("@/app/api/console/simulator/policies/route"),
  principals: () => import("@/app/api/console/simulator/principals/route"),
  actions: () => import("@/app/api/console/simulator/actions/route"),
  "context-keys": () => import("@/app/api/console/simulator/context-keys/route"),
};

async function call(method: "GET" | "POST", path: string, body?: unknown): Promise<{ status: number; json: { error?: { code: string; message: string } } & Record<string, unknown> }> {
  const url = `http://localhost:3000/api/console/simulator/${path}`;
  const mod = (await ROUTES[path.split("?")[0] as keyof typeof ROUTES]()) as unknown as Record<string, (r: NextRequest, c: unknown) => Promise<Response>>;
  const req = new NextRequest(url, {
    method,
    headers: method === "POST" ? { "content-type": "application/json", origin: "http://localhost:3000", host: "localhost:3000" } : { host: "localhost:3000" },
    body: body === undefined ? undefined : typeof body === "string" ? body : JSON.stringify(body),
  });
  const res = await mod[method](req, { params: Promise.resolve({}) });
  return { status: res.status, json: (await res.json()) as never };
}

// Spec §1.1: a console action is recorded as the API it calls. Existing Policies runs are
// SimulatePrincipalPolicy; New Policy runs are AWS's SimulateCustomPolicy.
describe("the run route's CloudTrail record", () => {
  it("names SimulateCustomPolicy for a run without a source, SimulatePrincipalPolicy with one", async () => {
    const { eventHistoryPage } = await import("@/lib/cloudtrail/event-history");
    const item = { action: "s3:GetObject", resources: [] };
    const latest = async (eventName: string) =>
      (await eventHistoryPage(sb.admin, { attributeKey: "EventName", attributeValue: eventName, range: "30m" })).events.map((e) => JSON.parse(e.cloudTrailEvent) as Record<string, unknown>)[0];
    expect((await call("POST", "run", { policies: [{ id: "p", name: "p", type: "identity", document: READ }], items: [item] })).status).toBe(200);
    expect(await latest("SimulateCustomPolicy")).toMatchObject({ eventSource: "iam.amazonaws.com", requestParameters: { actionNames: ["s3:GetObject"] } });
    expect((await call("POST", "run", { source: USER_ARN, policies: [], items: [item] })).status).toBe(200);
    expect(await latest("SimulatePrincipalPolicy")).toMatchObject({ requestParameters: { policySourceArn: USER_ARN, actionNames: ["s3:GetObject"] } });
  });
});

describe("simulator routes refuse bad input with a 400, never a 5xx", () => {
  const item = { action: "s3:GetObject", resources: [] };
  it.each([
    ["no actions", { source: USER_ARN, policies: [], items: [] }, "ValidationError"],
    ["an action without a service", { source: USER_ARN, policies: [], items: [{ action: "GetObject", resources: [] }] }, "ValidationError"],
    ["a source that is not a principal ARN", { source: "alice", policies: [], items: [item] }, "ValidationError"],
    ["an unknown member", { source: USER_ARN, policies: [], items: [item], extra: 1 }, "ValidationError"],
    ["a policy that is not JSON", { source: USER_ARN, policies: [{ id: "a", name: "a", type: "identity", document: "{nope" }], items: [item] }, "MalformedPolicyDocument"],
    ["a resource that is not an ARN", { source: USER_ARN, policies: [], items: [{ action: "s3:GetObject", resources: ["bucket"] }] }, "InvalidInput"],
    ["a resource policy for a role", { source: ROLE_ARN, policies: [], items: [item], resourcePolicy: READ }, "InvalidInput"],
    ["a bad context type", { source: USER_ARN, policies: [], items: [item], context: [{ ContextKeyName: "aws:SourceIp", ContextKeyValues: ["1"], ContextKeyType: "ipv6" }] }, "ValidationError"],
  ])("run: %s", async (_, body, code) => {
    const r = await call("POST", "run", body);
    expect(r.status).toBe(400);
    expect(r.json.error?.code).toBe(code);
  });

  it("run: odd but well-formed input is answered, not a 5xx", async () => {
    const odd = await call("POST", "run", {
      source: USER_ARN,
      policies: [{ id: "__proto__", name: "constructor", type: "boundary", document: READ }],
      items: [{ action: "s3:*", resources: ["arn:aws:s3:::b/*", "*"] }, { action: "sts:AssumeRole", resources: [`arn:aws:iam::222222222222:role/Elsewhere`] }],
      resourceOwner: "111111111111",
      context: [
        { ContextKeyName: "__proto__", ContextKeyValues: ["a", "b"], ContextKeyType: "stringList" },
        { ContextKeyName: "aws:EpochTime", ContextKeyValues: ["not-a-number"], ContextKeyType: "numeric" },
        { ContextKeyName: "aws:SourceIp", ContextKeyValues: [], ContextKeyType: "ip" },
      ],
    });
    expect(odd.status).toBe(200);
    const results = odd.json.results as { resource: string; trustNote?: string }[];
    expect(results).toHaveLength(3);
    expect(results[2].trustNote).toMatch(/not evaluated/);
    const owner = await call("POST", "run", { source: USER_ARN, policies: [], items: [item], resourceOwner: "not-an-account" });
    expect([owner.status, owner.json.error?.code]).toEqual([400, "InvalidInput"]);
  });

  it("run: a missing source is NoSuchEntity (404), after authorization", async () => {
    const r = await call("POST", "run", { source: `arn:aws:iam::${ACCT}:user/nobody-here`, policies: [], items: [item] });
    expect([r.status, r.json.error?.code]).toEqual([404, "NoSuchEntity"]);
  });

  it("policies, actions and context-keys validate their inputs", async () => {
    expect((await call("GET", "policies?source=nope")).status).toBe(400);
    expect((await call("GET", "actions?actions=nope")).status).toBe(400);
    expect((await call("POST", "context-keys", "[1,2")).status).toBe(400);
    const bad = await call("POST", "context-keys", { policies: [{ type: "identity", document: "[]" }] });
    expect([bad.status, bad.json.error?.code]).toEqual([400, "MalformedPolicyDocument"]);
  });
});

describe("the Policies pane", () => {
  it("lists the user's inline, managed, group and boundary policies with their documents", async () => {
    const r = await call("GET", `policies?source=${encodeURIComponent(USER_ARN)}`);
    expect(r.status).toBe(200);
    const policies = r.json.policies as { id: string; name: string; kind: string; document: string }[];
    expect(policies.map((p) => [p.kind, p.name])).toEqual([
      ["inline", "DenyDelete"],
      ["inline", "Read"],
      ["managed", "SimDescribe"],
      ["group-inline", "GroupRead"],
      ["boundary", "SimBoundary"],
    ]);
    expect(policies[1].document).toBe(READ);
  });

  it("lists principals and catalogue actions", async () => {
    const p = await call("GET", "principals");
    expect((p.json.users as { name: string }[]).map((u) => u.name)).toContain(USER);
    expect((p.json.roles as { arn: string }[]).map((u) => u.arn)).toContain(ROLE_ARN);
    const a = await call("GET", "actions?actions=s3:getobject,sts:AssumeRole");
    const actions = a.json.actions as { action: string; resourceTypes: { name: string; arn: string }[] }[];
    expect(actions.map((x) => x.action)).toEqual(["s3:GetObject", "sts:AssumeRole"]);
    expect(actions[1].resourceTypes[0]).toMatchObject({ name: "role", arn: "arn:${Partition}:iam::${Account}:role/${RoleNameWithPath}" });
  });
});

describe("runConsoleSimulation", () => {
  const policy = (id: string, document: string, type: "identity" | "boundary" = "identity") => ({ id, name: id, type, document });

  it("an explicit deny names its statement with its lines; left unchecked, the policy no longer applies", async () => {
    const { runConsoleSimulation } = await import("./console");
    const both = await runConsoleSimulation(sb.admin, {
      source: USER_ARN,
      policies: [policy("Read", READ), policy("DenyDelete", DENY_DELETE), policy("SimBoundary", BOUNDARY, "boundary")],
      items: [{ action: "s3:DeleteObject", resources: [] }, { action: "iam:ListUsers", resources: [] }],
      context: [],
    });
    expect(both.results.map((r) => [r.action, r.decision, r.matched.length])).toEqual([
      ["s3:DeleteObject", "explicitDeny", 1],
      ["iam:ListUsers", "implicitDeny", 0],
    ]);
    expect(both.results[0].matched[0]).toMatchObject({ policyId: "DenyDelete", sid: "NoDelete", span: { StartPosition: { Line: 4 }, EndPosition: { Line: 9 } } });
    expect(both.results[0].applied).toMatchObject({ permissionsBoundary: true, scps: false });
    const unchecked = await runConsoleSimulation(sb.admin, {
      source: USER_ARN,
      policies: [policy("Read", READ)],
      items: [{ action: "s3:DeleteObject", resources: [] }],
      context: [],
    });
    expect(unchecked.results[0]).toMatchObject({ decision: "allowed", matched: [{ policyId: "Read", sid: "AllowS3" }], applied: { permissionsBoundary: false } });
  });

  it("sts:AssumeRole shows both sides: the trust Deny decides, AWS's identity-only answer is allowed", async () => {
    const { runConsoleSimulation } = await import("./console");
    const r = await runConsoleSimulation(sb.admin, {
      source: USER_ARN,
      policies: [policy("Read", READ)],
      items: [{ action: "sts:AssumeRole", resources: [ROLE_ARN, MFA_ROLE_ARN] }],
      context: [],
    });
    const [denies, mfa] = r.results;
    expect(denies.decision).toBe("explicitDeny");
    expect(denies.assumeRole).toMatchObject({ decision: "explicitDeny", awsDecision: "allowed", identity: { decision: "allowed" }, trust: { decision: "explicitDeny" } });
    expect(denies.assumeRole?.trust.statements.find((s) => s.effect === "Deny")?.span?.StartPosition.Line).toBeGreaterThan(1);
    expect(denies.applied.trustPolicy).toBe(true);
    expect(mfa.decision).toBe("implicitDeny");
    expect(mfa.assumeRole?.trust.missingNotedKeys).toEqual(["aws:MultiFactorAuthPresent"]);
    const withMfa = await runConsoleSimulation(sb.admin, {
      source: USER_ARN,
      policies: [],
      items: [{ action: "sts:AssumeRole", resources: [MFA_ROLE_ARN] }],
      context: [{ ContextKeyName: "aws:MultiFactorAuthPresent", ContextKeyValues: ["true"], ContextKeyType: "boolean" }],
    });
    // Same account, the trust names the user: no identity Allow needed.
    expect(withMfa.results[0]).toMatchObject({ decision: "allowed", assumeRole: { awsDecision: "implicitDeny", trust: { namesPrincipal: true } } });
  });

  it("the wire's SimulatePrincipalPolicy is unchanged by the console's run", async () => {
    const { simulatePrincipalPolicy } = await import("./simulate");
    const wire = await simulatePrincipalPolicy(sb.admin, { policySourceArn: USER_ARN, actionNames: ["s3:DeleteObject"] });
    expect(wire.EvaluationResults[0].EvalDecision).toBe("explicitDeny");
  });

  it("is authorized as the IAM simulator APIs: alice may neither simulate a principal nor a custom policy", async () => {
    const { runConsoleSimulation, consoleContextKeys } = await import("./console");
    const items = [{ action: "s3:GetObject", resources: [] }];
    expect((await failure(runConsoleSimulation(sb.alice, { source: USER_ARN, policies: [], items, context: [] }))).code).toBe("AccessDenied");
    expect((await failure(runConsoleSimulation(sb.alice, { policies: [policy("p", READ)], items, context: [] }))).code).toBe("AccessDenied");
    expect((await failure(consoleContextKeys(sb.alice, { policies: [], items }))).code).toBe("AccessDenied");
    const { simulatorPrincipals, simulatorPolicies } = await import("./console-sources");
    expect((await failure(simulatorPrincipals(sb.alice))).code).toBe("AccessDenied");
    expect((await failure(simulatorPolicies(sb.alice, USER_ARN))).code).toBe("AccessDenied");
  });

  it("gives each matched statement its conditions' outcomes (spec §2.3: the outcome of each condition)", async () => {
    const { runConsoleSimulation } = await import("./console");
    const ip = JSON.stringify({
      Version: "2012-10-17",
      Statement: [{ Effect: "Allow", Action: "s3:ListBucket", Resource: "*", Condition: { IpAddress: { "aws:SourceIp": "203.0.113.0/24" } } }],
    });
    const run = (value: string) =>
      runConsoleSimulation(sb.admin, { policies: [policy("NeedsIp", ip)], items: [{ action: "s3:ListBucket", resources: [] }], context: [{ ContextKeyName: "aws:SourceIp", ContextKeyType: "ip", ContextKeyValues: [value] }] });
    const met = await run("203.0.113.7");
    expect(met.results[0].matched).toEqual([
      expect.objectContaining({ policyId: "NeedsIp", conditions: [{ operator: "IpAddress", key: "aws:SourceIp", values: ["203.0.113.0/24"], contextValue: "203.0.113.7", matched: true }] }),
    ]);
    // An unmet condition leaves no matched statement: the implicit deny lists none, as AWS's does.
    expect((await run("198.51.100.1")).results[0]).toMatchObject({ decision: "implicitDeny", matched: [] });
  });

  // https://docs.aws.amazon.com/IAM/latest/APIReference/API_SimulateCustomPolicy.html (CallerArn, ResourceOwner).
  it("simulates CallerArn as the caller and ResourceOwner as the owner of an account-less resource", async () => {
    const { runConsoleSimulation } = await import("./console");
    const own = doc({ Effect: "Allow", Action: "s3:GetObject", Resource: "arn:aws:s3:::sim-home/${aws:username}/*" });
    const custom = (callerArn?: string) =>
      runConsoleSimulation(sb.admin, { policies: [policy("Home", own)], items: [{ action: "s3:GetObject", resources: ["arn:aws:s3:::sim-home/sim-user/notes"] }], context: [], callerArn });
    expect((await custom()).results[0].decision).toBe("implicitDeny"); // the admin's name is not sim-user
    expect((await custom(USER_ARN)).results[0].decision).toBe("allowed");
    expect((await failure(custom(`arn:aws:iam::${ACCT}:role/SimDeniesUser`))).code).toBe("InvalidInput");

    const owned = (resourceOwner?: string) =>
      runConsoleSimulation(sb.admin, { source: USER_ARN, policies: [policy("Read", READ)], items: [{ action: "s3:GetObject", resources: ["arn:aws:s3:::sim-bucket/x"] }], context: [], resourceOwner });
    expect((await owned()).results[0].decision).toBe("allowed");
    // Another account's bucket: the identity side alone does not grant it (no bucket policy).
    expect((await owned("999999999999")).results[0].decision).toBe("implicitDeny");
  });

  it("suggests the policies' context keys and the trust policy's", async () => {
    const { consoleContextKeys } = await import("./console");
    const keys = await consoleContextKeys(sb.admin, {
      source: USER_ARN,
      policies: [{ type: "identity", document: doc({ Effect: "Allow", Action: "s3:*", Resource: "*", Condition: { IpAddress: { "aws:SourceIp": "10.0.0.0/8" } } }) }],
      items: [{ action: "sts:AssumeRole", resources: [MFA_ROLE_ARN] }],
    });
    expect(keys).toEqual({ ContextKeyNames: ["aws:SourceIp"], TrustContextKeyNames: ["aws:MultiFactorAuthPresent"] });
  });
});
