// Authorization matrix: every console route and method, read from the route files (a new route is
// covered automatically, and this spec fails until it has a sample request), called by four callers
// against the production server, failing on any success AWS would deny:
//   - nobody signed in: every route answers 401;
//   - alice, an IAM user with no policies: every route that reads or changes account data answers 403
//     AccessDenied (IAM grants nothing by default: an implicit deny —
//     https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_evaluation-logic.html);
//   - the admin of 222222222222: its calls are scoped to its own account, so it never gets one of
//     111111111111's entities back and 111's roles, users, groups, policies and attachments are the
//     same after the run (an identity policy never reaches another account's IAM data —
//     https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_evaluation-logic-cross-account.html);
//   - a ReadOnlyAccess role session reached through Switch role: reads are allowed, every mutation
//     answers 403 AccessDenied (before any NoSuchEntity/DeleteConflict: AWS authorizes first).
// Every mutation targets a fixture made for this run or a fresh name, so nothing other journeys use
// is touched, and everything the run made is removed afterwards (in both accounts).
import { expect, request as playwrightRequest, test, type APIRequestContext, type APIResponse } from "@playwright/test";
import {
  AttachRolePolicyCommand,
  AttachUserPolicyCommand,
  CreateAccessKeyCommand,
  CreateOpenIDConnectProviderCommand,
  CreatePolicyCommand,
  CreateRoleCommand,
  CreateUserCommand,
  GetAccountAuthorizationDetailsCommand,
  GetAccountPasswordPolicyCommand,
  ListOpenIDConnectProvidersCommand,
  ListSAMLProvidersCommand,
  PutRolePolicyCommand,
  UploadSigningCertificateCommand,
  type IAMClient,
} from "@aws-sdk/client-iam";
import { ADMIN_KEYS, iamClient, trustPolicy } from "./support/aws";
import {
  consoleRoutes,
  DOC,
  dynamicSegments,
  fillTemplate,
  READ_ONLY,
  routeSamples,
  type MatrixFixtures,
  type Method,
  type Sample,
} from "./support/console-routes";
import { SANDBOX } from "./support/sign-in";
import { removeMatrixEntities } from "./support/matrix-cleanup";
import { makeCertificate } from "../lib/x509/testing";

test.describe.configure({ mode: "serial" });

const RUN = `${Date.now().toString(36)}`;
/** Every fixture made in 111111111111 carries this marker, so a leak to the other account is visible. */
const MARK = `mxf${RUN}`;
const ACCT = SANDBOX.identity;
const ADMIN_ARN = `arn:aws:iam::${ACCT}:user/admin`;

/** Names the run may create (only the other account's admin is allowed to): removed at the end. */
const FRESH = `mxn${RUN}`;

const F: MatrixFixtures = {
  run: RUN,
  mark: MARK,
  fresh: FRESH,
  account: ACCT,
  adminArn: ADMIN_ARN,
  role: `MxRole-${MARK}`,
  readOnlyRole: `MxReadOnly-${MARK}`,
  user: `mx-user-${MARK}`,
  group: `MxGroup-${MARK}`,
  policyArn: `arn:aws:iam::${ACCT}:policy/matrix/MxPolicy-${MARK}`,
  oidcHost: `${MARK}.example.com`,
  keyId: "",
  certId: "",
  freshCertificate: "",
};
/** The sample requests (e2e/support/console-routes.ts): a new console route adds its sample there. */
const { missing: MISSING, segments: SEGMENTS, samples: SAMPLES } = routeSamples(F);

// What AWS lets any signed-in principal do, with no IAM permission:
/** Public catalogue data (the Service Authorization Reference), the same for every account:
 *  https://docs.aws.amazon.com/service-authorization/latest/reference/reference.html */
const PUBLIC_READS = new Set(["GET /api/console/catalog/services", "GET /api/console/catalog/services/[service]", "GET /api/console/simulator/actions"]);
/** The policy summary is computed from the document alone (the AWS console does it in the browser):
 *  https://docs.aws.amazon.com/IAM/latest/UserGuide/access_policies_understand.html */
const ACCOUNTLESS = new Set(["POST /api/console/policies/summary"]);
/** The top search answers everyone (console features need no permission) and lists each resource
 *  kind only to a caller allowed its List action: alice gets 200 with none of the run's fixtures. [INF] */
const FILTERED_READS = new Set(["GET /api/console/search"]);
/** Switch back ends the role session in the browser; no permission is involved:
 *  https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_use_switch-role-console.html */
const SWITCH_BACK = "DELETE /api/console/switch-role";
/** Switch role is sts:AssumeRole, governed by the role's trust policy: the fixture role trusts only
 *  111's admin, so every caller here fails with the console's one generic message (400 InvalidInput). */
const SWITCH_ROLE = "POST /api/console/switch-role";
/** Account-wide settings: no parameter can name another account, so the other account's admin can
 *  only change its own; running them as it would rewrite 222's settings other journeys rely on. */
const OWN_ACCOUNT_SETTINGS = new Set([
  "PUT /api/console/account/password-policy",
  "DELETE /api/console/account/password-policy",
  "POST /api/console/account/outbound-federation",
  "DELETE /api/console/account/outbound-federation",
  "PUT /api/console/account/alias",
  "DELETE /api/console/account/alias",
  "PUT /api/console/account/sts-preferences",
  "PATCH /api/console/account/color",
]);
/** The guided labs (/api/console/labs/*): platform features of the sandbox, not IAM actions, for the
 *  browser's own lab learner whoever is signed in (labs switch users). Any signed-in principal gets its
 *  reads, and for the samples' ids nothing exists: 404 NoSuchEntity, never 403. */
const isLabRoute = (key: string) => key.includes(" /api/console/labs");
const labAnswer = (s: number, code: string) => s === 200 || (s === 404 && code === "NoSuchEntity");
/** POSTs that change nothing (validation reads the document only): not mutations for the ReadOnly check. */
/** The simulator's runs evaluate policies and save nothing (ReadOnlyAccess grants iam:Simulate* and iam:Get*). */
const NON_MUTATING = new Set([...ACCOUNTLESS, "POST /api/console/policy-validation", "POST /api/console/simulator/run", "POST /api/console/simulator/context-keys"]);

/** The answer for a missing thing: IAM's code, and Roles Anywhere's (a REST-JSON service). */
const NOT_FOUND = new Set(["NoSuchEntity", "ResourceNotFoundException"]);

interface Call {
  key: string;
  method: Method;
  url: string;
  sample: Sample;
}

/**
 * Every route × method with its sample request; fails naming what has no sample. With `missing`,
 * only the routes that name an entity, each naming one that does not exist.
 */
function plannedCalls(opts: { missing?: boolean } = {}): Call[] {
  const routes = consoleRoutes();
  expect(routes.length, "console routes found under app/api/console").toBeGreaterThan(30);
  const missing: string[] = [];
  const calls: Call[] = [];
  for (const { template, methods } of routes) {
    const values: Record<string, string> = {};
    const segments = dynamicSegments(template);
    if (opts.missing && !segments.some(([before, name]) => MISSING[`${before}/[${name}]`])) continue;
    for (const [before, name] of segments) {
      const key = `${before}/[${name}]`;
      const value = (opts.missing && MISSING[key]) || SEGMENTS[key]?.();
      if (value) values[name] = value;
      else missing.push(`segment ${key} in ${template} (add it to segments in e2e/support/console-routes.ts)`);
    }
    for (const method of methods) {
      const key = `${method} ${template}`;
      const sample = SAMPLES[key];
      if (!sample) missing.push(`${key} (add a sample request to routeSamples() in e2e/support/console-routes.ts)`);
      else calls.push({ key, method, url: fillTemplate(template, values), sample: sample() });
    }
  }
  expect(missing, `e2e/support/console-routes.ts has no sample request for:\n${missing.join("\n")}`).toEqual([]);
  // Switch role last, and switching back after it: both change who the rest of the calls run as.
  const last = (k: string) => (k === SWITCH_ROLE ? 1 : k === SWITCH_BACK ? 2 : 0);
  return calls.sort((a, b) => last(a.key) - last(b.key));
}

// ----------------------------------------------------------------------------- callers

function send(ctx: APIRequestContext, baseURL: string, call: Call): Promise<APIResponse> {
  const url = call.url + (call.sample.query ? `?${new URLSearchParams(call.sample.query)}` : "");
  if (call.method === "GET") return ctx.get(url);
  // Console mutations require a JSON body type and a same-origin Origin (the CSRF guard).
  const headers = { "content-type": "application/json", origin: baseURL };
  return ctx.fetch(url, { method: call.method, headers, data: call.sample.body === undefined ? undefined : JSON.stringify(call.sample.body) });
}

async function signedIn(baseURL: string, account: string, userName: string, password: string): Promise<APIRequestContext> {
  const ctx = await playwrightRequest.newContext({ baseURL });
  const { csrfToken } = (await (await ctx.get("/api/auth/csrf")).json()) as { csrfToken: string };
  const res = await ctx.post("/api/auth/callback/credentials", {
    headers: { origin: baseURL },
    form: { csrfToken, type: "iam", account, userName, password, json: "true", callbackUrl: `${baseURL}/` },
  });
  expect(res.status(), `sign-in of ${userName}@${account}`).toBeLessThan(400);
  const who = await ctx.get(`/api/console/users/${userName}`);
  expect(who.status(), `${userName}@${account} is signed in (GET its own user answers 200 or 403, not 401)`).not.toBe(401);
  return ctx;
}

/** A 111111111111 snapshot of what the matrix must not change (last-used times left out). */
async function snapshot(iam: IAMClient): Promise<string> {
  const details = await iam.send(new GetAccountAuthorizationDetailsCommand({ Filter: ["User", "Role", "Group", "LocalManagedPolicy"] }));
  const [oidc, saml, passwordPolicy] = await Promise.all([
    iam.send(new ListOpenIDConnectProvidersCommand({})),
    iam.send(new ListSAMLProvidersCommand({})),
    iam.send(new GetAccountPasswordPolicyCommand({})).then((r) => r.PasswordPolicy, (e: Error) => e.name),
  ]);
  return JSON.stringify(
    { details: { ...details, $metadata: undefined }, oidc: oidc.OpenIDConnectProviderList, saml: saml.SAMLProviderList, passwordPolicy },
    (k, v: unknown) => (k === "RoleLastUsed" || k === "PasswordLastUsed" ? undefined : v),
    1,
  );
}

const status = (r: APIResponse) => r.status();
async function errorCode(r: APIResponse): Promise<string> {
  const body = (await r.json().catch(() => ({}))) as { error?: { code?: string } };
  return body.error?.code ?? "";
}

let admin111: IAMClient;
/** The two admins' own console sessions, for what the wire has no verb for (groups) and for cleanup. */
let console111: APIRequestContext;
let console222: APIRequestContext;
let before = "";
const contexts: APIRequestContext[] = [];

test.beforeAll(async ({ baseURL }) => {
  admin111 = iamClient(baseURL!, ADMIN_KEYS.identity);
  console111 = await signedIn(baseURL!, ACCT, "admin", SANDBOX.adminPassword);
  console222 = await signedIn(baseURL!, SANDBOX.workload, "admin", SANDBOX.adminPassword);
  contexts.push(console111, console222);
  const iam = admin111;
  await iam.send(new CreatePolicyCommand({ PolicyName: `MxPolicy-${MARK}`, Path: "/matrix/", PolicyDocument: DOC }));
  await iam.send(new CreateRoleCommand({ RoleName: F.role, Path: "/matrix/", AssumeRolePolicyDocument: trustPolicy({ AWS: ADMIN_ARN }) }));
  await iam.send(new PutRolePolicyCommand({ RoleName: F.role, PolicyName: "keep", PolicyDocument: DOC }));
  await iam.send(new AttachRolePolicyCommand({ RoleName: F.role, PolicyArn: F.policyArn }));
  await iam.send(new CreateRoleCommand({ RoleName: F.readOnlyRole, AssumeRolePolicyDocument: trustPolicy({ AWS: ADMIN_ARN }) }));
  await iam.send(new AttachRolePolicyCommand({ RoleName: F.readOnlyRole, PolicyArn: READ_ONLY }));
  await iam.send(new CreateUserCommand({ UserName: F.user, Path: "/matrix/" }));
  await iam.send(new AttachUserPolicyCommand({ UserName: F.user, PolicyArn: F.policyArn }));
  F.keyId = (await iam.send(new CreateAccessKeyCommand({ UserName: F.user }))).AccessKey!.AccessKeyId!;
  const certificate = (await iam.send(new UploadSigningCertificateCommand({ UserName: F.user, CertificateBody: (await makeCertificate()).certPem }))).Certificate;
  F.certId = certificate!.CertificateId!;
  F.freshCertificate = (await makeCertificate()).certPem;
  const group = await console111.post("/api/console/groups", {
    headers: { "content-type": "application/json", origin: baseURL! },
    data: JSON.stringify({ groupName: F.group, userNames: [F.user], policyArns: [F.policyArn] }),
  });
  expect(group.status(), await group.text()).toBe(200);
  await iam.send(new CreateOpenIDConnectProviderCommand({ Url: `https://${F.oidcHost}`, ClientIDList: ["sts.amazonaws.com"] }));
  before = await snapshot(iam);
});

test.afterAll(async ({ baseURL }) => {
  try {
    await removeMatrixEntities(admin111, console111, baseURL!, RUN);
    await removeMatrixEntities(iamClient(baseURL!, ADMIN_KEYS.workload), console222, baseURL!, RUN);
  } finally {
    await Promise.all(contexts.map((c) => c.dispose()));
  }
});

// ----------------------------------------------------------------------------- the matrix

test("nobody signed in: every console route answers 401", async ({ baseURL }) => {
  const anon = await playwrightRequest.newContext({ baseURL });
  contexts.push(anon);
  const wrong: string[] = [];
  for (const call of plannedCalls()) {
    const r = await send(anon, baseURL!, call);
    if (status(r) !== 401) wrong.push(`${call.key} → ${status(r)}`);
  }
  expect(wrong, "routes that did not answer 401 to an unauthenticated request").toEqual([]);
});

test("alice (no policies): every route that touches account data answers 403 AccessDenied", async ({ baseURL }) => {
  const alice = await signedIn(baseURL!, ACCT, "alice", SANDBOX.alicePassword);
  contexts.push(alice);
  const wrong: string[] = [];
  // Existing entities, then the same routes naming entities that do not exist: AWS authorizes
  // first, so the answer must not tell them apart (no 404 before the 403).
  for (const call of [...plannedCalls(), ...plannedCalls({ missing: true })]) {
    const r = await send(alice, baseURL!, call);
    const [s, code] = [status(r), await errorCode(r)];
    if (PUBLIC_READS.has(call.key) || ACCOUNTLESS.has(call.key) || call.key === SWITCH_BACK) {
      if (s !== 200) wrong.push(`${call.key} (${call.url}) → ${s} ${code} (any signed-in principal may do this)`);
    } else if (FILTERED_READS.has(call.key)) {
      const text = await r.text();
      if (s !== 200 || text.includes(MARK)) wrong.push(`${call.key} (${call.url}) → ${s} ${text.slice(0, 200)} (nothing alice may not list)`);
    } else if (isLabRoute(call.key)) {
      if (!labAnswer(s, code)) wrong.push(`${call.key} → ${s} ${code} (the labs are no IAM action)`);
    } else if (call.key === SWITCH_ROLE) {
      if (s !== 400 || code !== "InvalidInput") wrong.push(`${call.key} (${call.url}) → ${s} ${code} (the role does not trust alice)`);
    } else if (s !== 403 || code !== "AccessDenied") {
      wrong.push(`${call.key} (${call.url}) → ${s} ${code}`);
    }
  }
  expect(wrong, "alice got something other than AWS's answer").toEqual([]);
});

test("a ReadOnlyAccess switched role: reads are allowed, every mutation answers 403 AccessDenied", async ({ baseURL }) => {
  const session = await signedIn(baseURL!, ACCT, "admin", SANDBOX.adminPassword);
  contexts.push(session);
  const switched = await session.post("/api/console/switch-role", {
    headers: { "content-type": "application/json", origin: baseURL! },
    data: JSON.stringify({ account: ACCT, roleName: F.readOnlyRole }),
  });
  expect(switched.status(), await switched.text()).toBe(200);
  const wrong: string[] = [];
  for (const call of plannedCalls()) {
    const r = await send(session, baseURL!, call);
    const [s, code] = [status(r), await errorCode(r)];
    if (call.key === SWITCH_ROLE) {
      if (s !== 400 || code !== "InvalidInput") wrong.push(`${call.key} → ${s} ${code} (the role does not trust the session)`);
    } else if (isLabRoute(call.key)) {
      if (!labAnswer(s, code)) wrong.push(`${call.key} → ${s} ${code} (the labs are no IAM action)`);
    } else if (call.method === "GET" || NON_MUTATING.has(call.key) || call.key === SWITCH_BACK) {
      // Allowed: 2xx, or the answer for a missing thing (a deletion task that was never started).
      if (s >= 400 && !(s === 404 && NOT_FOUND.has(code))) wrong.push(`${call.key} → ${s} ${code} (ReadOnlyAccess allows reads)`);
    } else if (s !== 403 || code !== "AccessDenied") {
      wrong.push(`${call.key} → ${s} ${code}`);
    }
  }
  expect(wrong, "the ReadOnly session got something other than AWS's answer").toEqual([]);
});

test("the admin of 222222222222 never reads or changes 111111111111's data", async ({ baseURL }) => {
  const other = await signedIn(baseURL!, SANDBOX.workload, "admin", SANDBOX.adminPassword);
  contexts.push(other);
  const leaks: string[] = [];
  for (const call of plannedCalls().filter((c) => !OWN_ACCOUNT_SETTINGS.has(c.key))) {
    const r = await send(other, baseURL!, call);
    const text = await r.text();
    if (status(r) >= 500) leaks.push(`${call.key} → ${status(r)}`);
    // Its calls act on its own account: a success never carries one of 111's fixtures.
    if (r.ok() && text.includes(MARK)) leaks.push(`${call.key} → ${status(r)} returned 111111111111's data: ${text.slice(0, 200)}`);
  }
  expect(leaks, "the other account's admin reached 111111111111's data").toEqual([]);
  // Its own reads are its own account's, never 111's.
  const self = await other.get("/api/console/users/admin");
  expect(((await self.json()) as { User: { Arn: string } }).User.Arn).toBe(`arn:aws:iam::${SANDBOX.workload}:user/admin`);
});

test("after every caller ran, 111111111111's roles, users, groups, policies and attachments are unchanged", async () => {
  expect(await snapshot(admin111)).toBe(before);
});
