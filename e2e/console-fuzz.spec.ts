// Console fuzz (issue #10 "Proof"): every console route and method, enumerated from the route files,
// gets a few thousand seeded inputs — bad percent-escapes and odd path segments, hostile query
// strings, malformed, huge, deeply nested or wrongly typed JSON, unpaired surrogates, invalid UTF-8,
// prototype-pollution keys — as the signed-in admin (same-origin JSON, so past the CSRF gate) and
// unauthenticated. No answer may be a 5xx or carry a stack trace or internals.
// Runs on a private production server (server.ts, fresh data) since it changes data at random.
// Reproduce a failure with FUZZ_SEED=<seed shown>; FUZZ_RUNS scales the number of inputs.
import { expect, test, type APIRequestContext } from "@playwright/test";
import fc from "fast-check";
import { consoleFetch, consoleRoutes, fillRoute, ownOrigin, signInApi, type ConsoleRoute } from "./support/console-api";
import { newStore, startServer } from "./support/server";
import { SANDBOX } from "./support/sign-in";

const SEED = Number(process.env.FUZZ_SEED ?? 20261206);
const RUNS = Number(process.env.FUZZ_RUNS ?? 2000);
const PORT = Number(process.env.E2E_PORT ?? 3100) + 50;
const CONCURRENCY = 4;

const ACCOUNT = SANDBOX.identity;
const FUZZ_POLICY_ARN = `arn:aws:iam::${ACCOUNT}:policy/fz-policy`;
const TRUST = JSON.stringify({ Version: "2012-10-17", Statement: [{ Effect: "Allow", Principal: { Service: "ec2.amazonaws.com" }, Action: "sts:AssumeRole" }] });
const DOC = JSON.stringify({ Version: "2012-10-17", Statement: [{ Effect: "Allow", Action: "s3:ListAllMyBuckets", Resource: "*" }] });

/** Entities the fuzz creates first, so some dynamic params name something real. "admin" is left out: deleting the fuzzing caller ends the run's reach. */
const KNOWN_PARAMS: Record<string, string[]> = {
  name: ["alice", "fz-user", "fz-role", "fz-group", "Developers", "AWSServiceRoleForSupport"],
  arn: [FUZZ_POLICY_ARN, "arn:aws:iam::aws:policy/ReadOnlyAccess", `arn:aws:iam::${SANDBOX.workload}:policy/x`].map(encodeURIComponent),
  keyId: ["AKIAIOSFODNN7EXAMPLE", "AKIA0000000000000000"],
  versionId: ["v1", "v2", "v0"],
  service: ["s3", "iam", "sts"],
};
const ODD_SEGMENTS = ["%ZZ", "%", "a%2", "%%", "%E0%A4", "%ED%A0%80", "%C0%AF", "%FF", "%00", "%2F", "%5C", "%2e%2e", "%20", "~", "null", "__proto__", "constructor", "x".repeat(3000), "%F0%9F%98%80", "arn%3A"];
const ODD_STRINGS = ["", " ", "*", "x\ud800y", "\udc00", "\ud83d", "\u0000", "\u202e", "../../etc/passwd", "<script>", "%ZZ", "a".repeat(70_000), ACCOUNT, "arn:aws:iam::aws:policy/AdministratorAccess", FUZZ_POLICY_ARN, "alice", "fz-role", "v1", DOC, TRUST];
const POLLUTION_KEYS = ["__proto__", "constructor", "prototype", "toString", "hasOwnProperty"];

const ARNS = [FUZZ_POLICY_ARN, "arn:aws:iam::aws:policy/ReadOnlyAccess"];
const TAGS = [{ Key: "k", Value: "v" }];
/**
 * Valid bodies for the main changes, each fuzzed one leaf at a time so inputs get past zod into the
 * domain (a random body rarely satisfies a strict schema). Routes without one get random bodies only.
 */
const TEMPLATES: Record<string, Record<string, unknown>> = {
  "POST /api/console/users": { userName: "fz-u", password: "Fuzz-Pass-1!" },
  "POST /api/console/groups": { groupName: "fz-g", userNames: ["alice"], policyArns: ARNS },
  "POST /api/console/roles": { roleName: "fz-r", assumeRolePolicyDocument: TRUST, description: "d", policyArns: ARNS, permissionsBoundary: ARNS[1], tags: TAGS },
  "POST /api/console/policies": { policyName: "fz-p", policyDocument: DOC, description: "d" },
  "POST /api/console/users/[name]/policies": { policyArns: ARNS },
  "POST /api/console/groups/[name]/policies": { policyArns: ARNS },
  "POST /api/console/roles/[name]/policies": { policyArns: ARNS },
  "POST /api/console/users/[name]/groups": { groupNames: ["fz-group", "Developers"] },
  "POST /api/console/groups/[name]/users": { userNames: ["fz-user", "alice"] },
  "PUT /api/console/roles/[name]/boundary": { policyArn: ARNS[1] },
  "POST /api/console/roles/[name]/inline-policies": { policyName: "fz-inline", policyDocument: DOC },
  "PUT /api/console/roles/[name]/trust-policy": { policyDocument: TRUST },
  "PUT /api/console/roles/[name]/tags": { tags: TAGS },
  "PATCH /api/console/roles/[name]": { description: "d", maxSessionDuration: 7200 },
  "POST /api/console/switch-role": { account: ACCOUNT, roleName: "fz-role", displayName: "d", color: "red" },
  "POST /api/console/policies/[arn]/versions": { policyDocument: DOC, replaceOldestVersion: true },
  "PUT /api/console/policies/[arn]/tags": { tags: TAGS },
  "POST /api/console/policy-validation": { document: DOC, policyType: "identity" },
  "POST /api/console/policies/summary": { policyDocument: DOC },
  "POST /api/console/identity-providers": { type: "OIDC", url: "https://fz.example.com", audience: "aud" },
  "POST /api/console/users/[name]/mfa": { deviceName: "fz", secret: "JBSWY3DPEHPK3PXPJBSWY3DP", authenticationCode1: "123456", authenticationCode2: "654321" },
};

/** Every path to a leaf of a JSON value (object keys and array indexes). */
function leafPaths(value: unknown, at: Array<string | number> = []): Array<Array<string | number>> {
  if (Array.isArray(value)) return value.flatMap((v, i) => leafPaths(v, [...at, i]));
  if (value !== null && typeof value === "object") return Object.entries(value).flatMap(([k, v]) => leafPaths(v, [...at, k]));
  return [at];
}

function withLeaf(value: unknown, path: Array<string | number>, leaf: unknown): unknown {
  if (path.length === 0) return leaf;
  const copy = (Array.isArray(value) ? [...value] : { ...(value as object) }) as Record<string | number, unknown>;
  copy[path[0]] = withLeaf(copy[path[0]], path.slice(1), leaf);
  return copy;
}

/** Percent-encodes a string as WTF-8: an unpaired surrogate becomes its 3-byte form, invalid UTF-8 the server must refuse. */
function encodeWtf8(text: string): string {
  let out = "";
  for (const ch of text) {
    const cp = ch.codePointAt(0)!;
    if (cp >= 0xd800 && cp <= 0xdfff) {
      out += [0xe0 | (cp >> 12), 0x80 | ((cp >> 6) & 0x3f), 0x80 | (cp & 0x3f)].map((b) => `%${b.toString(16).toUpperCase()}`).join("");
    } else out += encodeURIComponent(ch);
  }
  return out;
}

/** A plausible string with one unpaired surrogate in it: valid JSON once escaped, never storable text. */
const loneSurrogate = fc
  .tuple(fc.string({ maxLength: 8 }), fc.integer({ min: 0xd800, max: 0xdfff }), fc.string({ maxLength: 8 }))
  .map(([a, unit, b]) => a + String.fromCharCode(unit) + b);
const text = fc.oneof(fc.string({ unit: "binary", maxLength: 24 }), fc.constantFrom(...ODD_STRINGS), loneSurrogate);
const scalar = fc.oneof(text, fc.integer(), fc.double(), fc.boolean(), fc.constant(null), fc.constantFrom(1e308, -0, 2 ** 53 + 2, -1));

function inputs(routes: ConsoleRoute[]) {
  const fieldNames = [...new Set(routes.flatMap((r) => r.fields))];
  const key = fc.oneof({ weight: 6, arbitrary: fc.constantFrom(...fieldNames) }, { weight: 1, arbitrary: fc.constantFrom(...POLLUTION_KEYS) }, { weight: 1, arbitrary: fc.string({ unit: "binary", maxLength: 8 }) });
  const { value } = fc.letrec((tie) => ({
    value: fc.oneof({ depthSize: "small" }, scalar, fc.array(tie("value"), { maxLength: 4 }), fc.dictionary(key, tie("value"), { maxKeys: 4 })),
  }));
  const statement = fc.record(
    {
      Sid: text,
      Effect: fc.oneof(fc.constantFrom("Allow", "Deny"), value),
      Action: fc.oneof(fc.constantFrom("s3:*", "sts:AssumeRole", "*", "iam:Get*"), value),
      Resource: fc.oneof(fc.constantFrom("*", "arn:aws:s3:::b/*"), value),
      Principal: fc.oneof(fc.constant({ AWS: `arn:aws:iam::${ACCOUNT}:root` }), fc.constant("*"), value),
      Condition: fc.oneof(fc.record({ StringEquals: fc.dictionary(fc.constantFrom("aws:username", "aws:SourceIp", "sts:ExternalId"), value, { maxKeys: 2 }) }), value),
    },
    { requiredKeys: [] },
  );
  const policyDocument = fc
    .record({ Version: fc.oneof(fc.constantFrom("2012-10-17", "2008-10-17"), value), Statement: fc.oneof(fc.array(statement, { maxLength: 3 }), statement, value) }, { requiredKeys: [] })
    .map((d) => JSON.stringify(d));
  const body = fc.dictionary(key, fc.oneof({ weight: 4, arbitrary: value }, { weight: 1, arbitrary: policyDocument }, { weight: 1, arbitrary: fc.array(text, { maxLength: 3 }) }), { maxKeys: 6 });
  const rawBody = fc.oneof(
    { weight: 10, arbitrary: body.map((b) => JSON.stringify(b)) },
    { weight: 1, arbitrary: value.map((v) => JSON.stringify(v) ?? "") },
    { weight: 1, arbitrary: body.map((b) => JSON.stringify(b).slice(0, -1)) },
    {
      weight: 1,
      arbitrary: fc.constantFrom(
        "",
        "{",
        "nul",
        '{"a":}',
        "\ufeff{}",
        '{"__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}}}',
        "[".repeat(100_000) + "]".repeat(100_000),
        '{"a":'.repeat(20_000) + "1" + "}".repeat(20_000),
        JSON.stringify({ policyDocument: "x".repeat(400_000), roleName: "r" }),
      ),
    },
  );
  const query = fc
    .array(fc.tuple(fc.oneof(key, fc.constantFrom("policyArn", "search", "page", "pageSize", "maxItems", "marker", "scope", "resource", "taskId")), text), { maxLength: 3 })
    .chain((pairs) => fc.constantFrom(pairs.map(([k, v]) => `${encodeWtf8(k)}=${encodeWtf8(v)}`).join("&"), pairs.map(([k]) => `${k}=%ZZ`).join("&")));
  const paramValue = (param: string) =>
    fc.oneof(
      { weight: 6, arbitrary: fc.constantFrom(...(KNOWN_PARAMS[param] ?? ["x"])) },
      { weight: 1, arbitrary: fc.constantFrom(...ODD_SEGMENTS) },
      { weight: 1, arbitrary: fc.string({ unit: "binary", minLength: 1, maxLength: 30 }).map(encodeWtf8) },
    );
  // A template with one leaf replaced (a string a policy document holds is fuzzed as a document), or with one extra key.
  const mutatedTemplate = (template: Record<string, unknown>) =>
    fc.oneof(
      { weight: 4, arbitrary: fc.tuple(fc.constantFrom(...leafPaths(template)), fc.oneof({ weight: 3, arbitrary: text }, { weight: 1, arbitrary: value }, { weight: 1, arbitrary: policyDocument })).map(([path, leaf]) => JSON.stringify(withLeaf(template, path, leaf))) },
      { weight: 1, arbitrary: fc.tuple(key, value).map(([k, v]) => JSON.stringify({ ...template, [k]: v })) },
    );
  const bodyFor = (pattern: string, method: string) => {
    const template = TEMPLATES[`${method} ${pattern}`];
    return template ? fc.oneof({ weight: 3, arbitrary: mutatedTemplate(template) }, { weight: 1, arbitrary: rawBody }) : rawBody;
  };
  const methodFor = (route: ConsoleRoute) =>
    fc.oneof({ weight: 9, arbitrary: fc.constantFrom(...route.methods) }, { weight: 1, arbitrary: fc.constantFrom("GET", "POST", "PUT", "PATCH", "DELETE") });
  return fc.constantFrom(...routes).chain((route) =>
    methodFor(route).chain((method) =>
      fc.record({
        route: fc.constant(route.pattern),
        method: fc.constant(method),
        params: fc.tuple(...route.params.map((p) => paramValue(p).map((v) => [p, v] as const))),
        query: fc.option(query, { nil: undefined, freq: 3 }),
        raw: bodyFor(route.pattern, method),
      // Now and then a body of raw bytes: invalid UTF-8 rather than valid JSON text.
        bytes: fc.oneof({ weight: 11, arbitrary: fc.constant(undefined) }, { weight: 1, arbitrary: fc.uint8Array({ maxLength: 64 }) }),
      }),
    ),
  );
}

const STACK_TRACE = /\n\s+at\s|\bat\s+\S+\s+\(\S+:\d+:\d+\)|node_modules|webpack|\.next\/|Prisma|SQLITE_|TypeError|RangeError|ReferenceError/;

interface Finding {
  who: string;
  method: string;
  url: string;
  status: number;
  body: string;
  sent: string;
}

async function pool<T>(items: T[], width: number, run: (item: T) => Promise<void>) {
  let next = 0;
  await Promise.all(Array.from({ length: width }, async () => {
    while (next < items.length) await run(items[next++]);
  }));
}

test("console fuzz: no 5xx and no stack trace, signed in or not", async ({ playwright }) => {
  test.setTimeout(150_000);
  const server = await startServer(PORT, newStore());
  const baseURL = server.baseURL;
  const admin = await playwright.request.newContext({ baseURL });
  const anonymous = await playwright.request.newContext({ baseURL });
  try {
    await signInApi(admin);
    for (const call of [
      { path: "/api/console/users", body: { userName: "fz-user" } },
      { path: "/api/console/groups", body: { groupName: "fz-group" } },
      { path: "/api/console/roles", body: { roleName: "fz-role", assumeRolePolicyDocument: TRUST } },
      { path: "/api/console/policies", body: { policyName: "fz-policy", policyDocument: DOC } },
    ]) {
      const res = await consoleFetch(admin, baseURL, { method: "POST", ...call });
      expect(res.status(), await res.text()).toBe(200);
    }

    const routes = consoleRoutes();
    expect(routes.length).toBeGreaterThan(30);
    const cases = fc.sample(inputs(routes), { seed: SEED, numRuns: RUNS });
    const findings: Finding[] = [];
    const statuses = new Map<number, number>();
    const started = Date.now();
    await pool(
      cases.map((c, i) => ({ c, who: i % 4 === 3 ? "anonymous" : "admin" })),
      CONCURRENCY,
      async ({ c, who }) => {
        const values = new Map(c.params.map(([p, v]) => [p, v]));
        const url = fillRoute(c.route, (p) => values.get(p)!) + (c.query ? `?${c.query}` : "");
        const request: APIRequestContext = who === "admin" ? admin : anonymous;
        const bodiless = c.method === "GET" || c.method === "HEAD";
        const data = bodiless ? undefined : c.bytes ? Buffer.from(c.bytes) : c.raw;
        const res = await request.fetch(url, {
          method: c.method,
          headers: bodiless ? {} : { "content-type": "application/json", origin: ownOrigin(baseURL) },
          data,
          maxRedirects: 0,
          failOnStatusCode: false,
        });
        const body = await res.text();
        statuses.set(res.status(), (statuses.get(res.status()) ?? 0) + 1);
        if (res.status() >= 500 || STACK_TRACE.test(body)) {
          findings.push({ who, method: c.method, url: url.slice(0, 300), status: res.status(), body: body.slice(0, 300), sent: typeof data === "string" ? data.slice(0, 300) : String(data?.toString("hex")) });
        }
      },
    );
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    console.log(`console fuzz: ${cases.length} inputs over ${routes.length} routes in ${seconds}s (seed ${SEED}); statuses ${JSON.stringify(Object.fromEntries(statuses))}`);
    expect(findings.slice(0, 10), `seed ${SEED}: ${findings.length} bad answers`).toEqual([]);
    // The fuzz must reach the handlers, not only the gates: some inputs succeed, some are refused.
    expect(statuses.get(200) ?? 0).toBeGreaterThan(50);
    expect(statuses.get(400) ?? 0).toBeGreaterThan(50);
  } finally {
    await admin.dispose();
    await anonymous.dispose();
    await server.stop();
  }
});
