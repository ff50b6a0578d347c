// The differential proof (issue #12, "Proof and figures"): every evaluate case of the corpus that
// SimulateCustomPolicy can express goes through the real wire — a SigV4-signed SimulateCustomPolicy
// on a real server over a seeded sandbox — and must get the pure engine's decision. Cases the API
// cannot express are counted by reason and the counts are asserted exactly, so a corpus case that
// silently stops running fails here.
//
// How a case maps onto the API (https://docs.aws.amazon.com/IAM/latest/APIReference/API_SimulateCustomPolicy.html):
// identity policies → PolicyInputList (one neutral policy when there are none: the list is required),
// boundary → PermissionsBoundaryPolicyInputList, resource policy → ResourcePolicy, resourceAccountId →
// ResourceOwner, an IAM user principal → CallerArn, context → ContextEntries.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { callerContext } from "@/lib/authz/context";
import { ADMIN_111, signedPost, startHarness, type Harness } from "@/lib/wire/testing";
import { evaluate } from "../index";
import { engineRequest, evaluateCases, type LoadedCase } from "./load";
import type { TEvaluateCase } from "./schema";

const USER_ARN = /^arn:aws:iam::(\d{12}):user\/(?:[\w+=,.@-]+\/)*[\w+=,.@-]+$/;
const ARN_ACCOUNT = /^arn:[^:]*:[^:]*:[^:]*:(\d{12}):/;
const NEUTRAL = JSON.stringify({ Version: "2012-10-17", Statement: [{ Effect: "Allow", Action: "corpus:NoSuchAction", Resource: "*" }] });

/**
 * Keys the simulator supplies for the simulated user itself (the time, its ARN, account, user id…),
 * read from the one context builder so this list cannot drift from it. A case that relies on one of
 * them being absent cannot be expressed.
 */
const SUPPLIED = Object.entries(
  callerContext({ kind: "user", accountId: "111111111111", arn: "arn:aws:iam::111111111111:user/u", userName: "u", mfa: false, via: "api" }, new Date()),
)
  .filter(([, v]) => v !== undefined)
  .map(([k]) => k.toLowerCase());

// The ContextKeyType AWS defines for the global keys a corpus case sets (reference_policies_condition-keys);
// every other key is sent as a string (list).
const KEY_TYPES: Record<string, string> = {
  "aws:sourceip": "ip",
  "aws:currenttime": "date",
  "aws:tokenissuetime": "date",
  "aws:epochtime": "numeric",
  "aws:multifactorauthage": "numeric",
  "aws:multifactorauthpresent": "boolean",
  "aws:securetransport": "boolean",
  "aws:principalisawsservice": "boolean",
  "aws:viaawsservice": "boolean",
};

type Reason =
  | "principal is not an IAM user"
  | "session policies"
  | "SCPs or RCPs"
  | "role trust policy"
  | "resource account differs from its ARN"
  | "relies on a key the simulator supplies"
  | "names the principal's unique id"
  | "action or key outside the API's limits"
  | "temporary credentials";

/** Why the API cannot express a case, or undefined when it can. */
function inexpressible(c: TEvaluateCase): Reason | undefined {
  const { principal, resource, resourceAccountId, context = {}, action } = c.request;
  const m = USER_ARN.exec(principal.arn);
  if (principal.kind !== "user" || !m || m[1] !== principal.accountId) return "principal is not an IAM user";
  // The simulator simulates a user's long-term credentials: no GetSessionToken session's fixed rules.
  if (principal.credentials) return "temporary credentials";
  if (c.policies.session) return "session policies";
  if (c.policies.scps || c.policies.rcps) return "SCPs or RCPs";
  // "Simulation of resource-based policies isn't supported for IAM roles" (API reference).
  if (c.policies.trust) return "role trust policy";
  const arnAccount = ARN_ACCOUNT.exec(resource)?.[1];
  if (resourceAccountId && arnAccount && arnAccount !== resourceAccountId) return "resource account differs from its ARN";
  if (resourceAccountId && !/^\d{12}$/.test(resourceAccountId)) return "resource account differs from its ARN";
  const text = JSON.stringify(c.policies).toLowerCase();
  const given = new Set(Object.keys(context).map((k) => k.toLowerCase()));
  if (SUPPLIED.some((k) => !given.has(k) && text.includes(k))) return "relies on a key the simulator supplies";
  if (principal.uniqueId && text.includes(principal.uniqueId.toLowerCase())) return "names the principal's unique id";
  const keysOk = Object.keys(context).every((k) => k.length >= 5 && k.length <= 256);
  if (action.length < 3 || action.length > 128 || action.includes("*") || resource === "" || !keysOk) return "action or key outside the API's limits";
  return undefined;
}

/** The simulation inputs of a case, action and resource aside: cases that share them share a call. */
function callKey(c: TEvaluateCase): string {
  const { principal, resourceAccountId, context } = c.request;
  return JSON.stringify([principal.arn, resourceAccountId, context, c.policies]);
}

function body(cases: TEvaluateCase[], actions: string[], resources: string[]): string {
  const c = cases[0];
  const q = new URLSearchParams({ Action: "SimulateCustomPolicy", Version: "2010-05-08", CallerArn: c.request.principal.arn, MaxItems: "1000" });
  const identity = c.policies.identity?.length ? c.policies.identity.map((d) => JSON.stringify(d)) : [NEUTRAL];
  identity.forEach((d, i) => q.set(`PolicyInputList.member.${i + 1}`, d));
  if (c.policies.boundary) q.set("PermissionsBoundaryPolicyInputList.member.1", JSON.stringify(c.policies.boundary));
  if (c.policies.resource) q.set("ResourcePolicy", JSON.stringify(c.policies.resource));
  if (c.request.resourceAccountId) q.set("ResourceOwner", `arn:aws:iam::${c.request.resourceAccountId}:root`);
  actions.forEach((a, i) => q.set(`ActionNames.member.${i + 1}`, a));
  resources.forEach((r, i) => q.set(`ResourceArns.member.${i + 1}`, r));
  Object.entries(c.request.context ?? {}).forEach(([key, value], i) => {
    const p = `ContextEntries.member.${i + 1}`;
    const values = Array.isArray(value) ? value : [value];
    const type = KEY_TYPES[key.toLowerCase()] ?? "string";
    q.set(`${p}.ContextKeyName`, key);
    q.set(`${p}.ContextKeyType`, Array.isArray(value) ? `${type}List` : type);
    values.forEach((v, j) => q.set(`${p}.ContextKeyValues.member.${j + 1}`, v));
  });
  return q.toString();
}

const answer = (decision: string, matched: string[]) => `${decision} [${matched.join(", ")}]`;
const WIRE = { allowed: "Allowed", explicitDeny: "ExplicitDeny", implicitDeny: "ImplicitDeny" } as const;
const tags = (xml: string, tag: string) => [...xml.matchAll(new RegExp(`<${tag}>([^<]*)</${tag}>`, "g"))].map((m) => m[1]);

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
}, 90_000);
afterAll(async () => h?.close());

/** The policy inputs the engine's deciding statements came from, named as the wire names them. */
function engineMatched(c: TEvaluateCase): string[] {
  const wireId = (id: string) =>
    id === "resource" ? "ResourcePolicy" : id === "boundary" ? "PermissionsBoundaryPolicyInputList.1" : `PolicyInputList.${Number(id.slice("identity-".length)) + 1}`;
  return evaluate(engineRequest(c)).reasons.map((r) => wireId(r.policy.id));
}

/** Runs one call for a group of cases; returns each case's wire answer (or the wire's error). */
async function simulate(group: LoadedCase[]): Promise<Map<LoadedCase, string>> {
  const actions = [...new Set(group.map((g) => g.case.request.action))];
  const resources = [...new Set(group.map((g) => g.case.request.resource))];
  const res = await signedPost(h.url, ADMIN_111, "iam", body(group.map((g) => g.case), actions, resources));
  const out = new Map<LoadedCase, string>();
  if (res.status !== 200) {
    for (const g of group) out.set(g, `HTTP ${res.status}: ${tags(res.text, "Message")[0] ?? res.text}`);
    return out;
  }
  // One result per action × resource, the actions outermost (as the simulator answers them); each
  // result's own members come before its ResourceSpecificResults.
  const chunks = res.text.split("<EvalActionName>").slice(1).map((c) => c.split("<ResourceSpecificResults>")[0]);
  expect(chunks.length).toBe(actions.length * resources.length);
  for (const g of group) {
    const chunk = chunks[actions.indexOf(g.case.request.action) * resources.length + resources.indexOf(g.case.request.resource)];
    const decision = tags(chunk, "EvalDecision")[0];
    out.set(g, answer(WIRE[decision as keyof typeof WIRE] ?? decision, tags(chunk, "SourcePolicyId")));
  }
  return out;
}

describe("the corpus through SimulateCustomPolicy on the wire", () => {
  it("gives every expressible case the engine's decision and deciding statements, and skips exactly the inexpressible", async () => {
    const all = evaluateCases();
    const skipped: Partial<Record<Reason, number>> = {};
    const groups = new Map<string, LoadedCase[]>();
    for (const lc of all) {
      const why = inexpressible(lc.case);
      if (why) {
        skipped[why] = (skipped[why] ?? 0) + 1;
        continue;
      }
      const key = callKey(lc.case);
      groups.set(key, [...(groups.get(key) ?? []), lc]);
    }
    const results = new Map<LoadedCase, string>();
    const queue = [...groups.values()];
    // A few calls in flight at a time: the server is real, the machine small.
    await Promise.all(
      Array.from({ length: 4 }, async () => {
        for (let g = queue.shift(); g; g = queue.shift()) for (const [k, v] of await simulate(g)) results.set(k, v);
      }),
    );
    // The decision and the statements' sources (MatchedStatements ↔ the engine's reasons) agree.
    const differ = [...results].flatMap(([lc, wire]) => {
      const engine = answer(evaluate(engineRequest(lc.case)).decision, engineMatched(lc.case));
      return wire === engine ? [] : [`${lc.id}: engine ${engine}, wire ${wire}`];
    });
    expect(differ).toEqual([]);
    // Every evaluate case is accounted for: run over the wire, or skipped for a stated reason.
    const run = results.size;
    expect(run + Object.values(skipped).reduce((a, b) => a + (b ?? 0), 0)).toBe(all.length);
    // Adding an expressible case needs nothing here; a new inexpressible one updates this table.
    expect(skipped).toEqual(EXPECTED_SKIPPED);
    expect(run).toBeGreaterThanOrEqual(350);
  }, 60_000);
});

const EXPECTED_SKIPPED: Partial<Record<Reason, number>> = {
  "principal is not an IAM user": 185,
  "temporary credentials": 8,
  "role trust policy": 40,
  "SCPs or RCPs": 34,
  "relies on a key the simulator supplies": 8,
  "names the principal's unique id": 1,
  "resource account differs from its ARN": 1,
};
