// Every console JSON route and the methods it exports, read from the route files themselves
// (app/api/console/**/route.ts), so a route added later is found without anyone listing it.
import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { trustPolicy } from "./aws";

export const METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE"] as const;
export type Method = (typeof METHODS)[number];

export interface ConsoleRoute {
  /** "/api/console/roles/[name]/tags": the URL with its dynamic segments still in brackets. */
  template: string;
  methods: Method[];
}

const EXPORT = new RegExp(`export\\s+(?:const|async\\s+function|function)\\s+(${METHODS.join("|")})\\b`, "g");

/** Every route file below `base` ("/api/console", "/api/sandboxes/instructor") and the methods it exports. */
export function routesUnder(base: string): ConsoleRoute[] {
  const root = path.join(process.cwd(), "app", ...base.split("/").filter(Boolean));
  const files = (readdirSync(root, { recursive: true }) as string[]).filter((f) => path.basename(f) === "route.ts");
  return files
    .map((file) => {
      const dir = path.dirname(file).split(path.sep).filter((s) => s !== ".");
      const methods = [...readFileSync(path.join(root, file), "utf8").matchAll(EXPORT)].map((m) => m[1] as Method);
      return { template: [base, ...dir].join("/"), methods: [...new Set(methods)] };
    })
    .sort((a, b) => a.template.localeCompare(b.template));
}

export function consoleRoutes(): ConsoleRoute[] {
  return routesUnder("/api/console");
}

/** The template's dynamic segments, each with the static segment before it: [["roles", "name"], …]. */
export function dynamicSegments(template: string): [before: string, name: string][] {
  const parts = template.split("/");
  return parts.flatMap((p, i) => (/^\[\w+\]$/.test(p) ? [[parts[i - 1], p.slice(1, -1)] as [string, string]] : []));
}

/** The URL with each dynamic segment replaced, percent-encoded as a browser would. */
export function fillTemplate(template: string, values: Record<string, string>): string {
  return template.replace(/\[(\w+)\]/g, (_, name: string) => encodeURIComponent(values[name]));
}

// ----------------------------------------------------------------------------- sample requests
// The authorization matrix (e2e/authorization-matrix.spec.ts) calls every route above once per
// caller: a console route added under app/api/console needs a sample request here (and, for a new
// dynamic segment, a value in `segments` and `missing`), or the matrix fails naming it.

/** An AWS managed policy every account has; the samples attach it. */
export const READ_ONLY = "arn:aws:iam::aws:policy/ReadOnlyAccess";
/** A Roles Anywhere id (a UUID, as the service's pattern wants) that no trust anchor, profile or subject has. */
export const RA_MISSING = "00000000-0000-4000-8000-0000000000a1";
/** A small valid identity policy document for the samples that create or validate one. */
export const DOC = JSON.stringify({ Version: "2012-10-17", Statement: [{ Effect: "Allow", Action: "s3:ListAllMyBuckets", Resource: "*" }] });

/** What the samples name: the matrix run's fixtures in the identity account (ids filled in by its setup). */
export interface MatrixFixtures {
  /** A per-run token; `mark` is on every fixture, `fresh` on every name the run may create. */
  run: string;
  mark: string;
  fresh: string;
  account: string;
  adminArn: string;
  role: string;
  readOnlyRole: string;
  user: string;
  group: string;
  policyArn: string;
  oidcHost: string;
  keyId: string;
  certId: string;
  /** A certificate no identity holds yet, for the upload sample. */
  freshCertificate: string;
}

export interface Sample {
  query?: Record<string, string>;
  body?: unknown;
}

export interface RouteSamples {
  /** The value of each dynamic segment, by the static segment before it (`missing`: a name nothing has). */
  missing: Record<string, string>;
  segments: Record<string, () => string>;
  /** One request per route and method: a read, or a mutation of a fixture or a fresh name. */
  samples: Record<string, () => Sample>;
}

/** The sample requests for a run; they read `F` when called, after the run's setup filled in its ids. */
export function routeSamples(F: MatrixFixtures): RouteSamples {
  const { run: RUN, mark: MARK, fresh: FRESH, account: ACCT, adminArn: ADMIN_ARN } = F;
  const missing: Record<string, string> = {
    "roles/[name]": `MxNoRole-${RUN}`,
    "users/[name]": `mx-no-user-${RUN}`,
    "groups/[name]": `MxNoGroup-${RUN}`,
    "policies/[arn]": `arn:aws:iam::${ACCT}:policy/MxNoPolicy-${RUN}`,
    "access-keys/[keyId]": "AKIAMATRIXNOSUCHKEY0",
    "signing-certificates/[certId]": "MXNOSUCHCERTIFICATE0000000000000",
    "ssh-public-keys/[keyId]": "APKAMATRIXNOSUCHKEY0",
    "service-credentials/[credentialId]": "ACCAMATRIXNOSUCHCRED0",
    "edges/[id]": `can-assume|arn:aws:iam::${ACCT}:user/mx-no-user-${RUN}|arn:aws:iam::${ACCT}:role/MxNoRole-${RUN}`,
    "events/[eventId]": "00000000-0000-4000-8000-00000000a7c1",
    "trust-anchors/[id]": RA_MISSING,
    "profiles/[id]": RA_MISSING,
    "subjects/[id]": RA_MISSING,
    "crls/[id]": RA_MISSING,
  };
  const segments: Record<string, () => string> = {
    "roles/[name]": () => F.role,
    "users/[name]": () => F.user,
    "groups/[name]": () => F.group,
    "policies/[arn]": () => F.policyArn,
    "versions/[versionId]": () => "v1",
    "access-keys/[keyId]": () => F.keyId,
    "signing-certificates/[certId]": () => F.certId,
    // No SSH key or service credential is made for the run: the calls name ids nothing has.
    "ssh-public-keys/[keyId]": () => "APKAMATRIXNOSUCHKEY0",
    "service-credentials/[credentialId]": () => "ACCAMATRIXNOSUCHCRED0",
    "services/[service]": () => "iam",
    // The access graph's edge from 111's admin to the fixture role, whose trust names the admin.
    "edges/[id]": () => `can-assume|${ADMIN_ARN}|arn:aws:iam::${ACCT}:role/matrix/${F.role}`,
    // No event is looked up by id for the run: the detail call names an id no event has.
    "events/[eventId]": () => "00000000-0000-4000-8000-00000000a7c1",
    // No Roles Anywhere resource is made for the run: the calls name an id nothing has (authorized
    // first, so alice and the ReadOnly session get 403 for the mutations all the same).
    "trust-anchors/[id]": () => RA_MISSING,
    "profiles/[id]": () => RA_MISSING,
    "subjects/[id]": () => RA_MISSING,
    "crls/[id]": () => RA_MISSING,
  };

  /** The simulator's source: the fixture role (the other account's admin must not simulate it). */
  const MX_ROLE_ARN = () => `arn:aws:iam::${ACCT}:role/matrix/${F.role}`;
  const provider = () => ({ resource: `oidc-provider/${F.oidcHost}` });
  const tags = { tags: [{ Key: "matrix", Value: RUN }] };

  const samples: Record<string, () => Sample> = {
    "GET /api/console/access-graph": () => ({}),
    "GET /api/console/access-graph/edges/[id]": () => ({}),
    "GET /api/console/access-graph/layout": () => ({ query: { search: "matrix" } }),
    "GET /api/console/access-graph/policies": () => ({}),
    "GET /api/console/access-graph/paths": () => ({ query: { query: "who-can-reach", target: `arn:aws:iam::${ACCT}:role/matrix/${F.role}` } }),
    "GET /api/console/account/password-policy": () => ({}),
    "PUT /api/console/account/password-policy": () => ({ body: { MinimumPasswordLength: 14 } }),
    "DELETE /api/console/account/password-policy": () => ({}),
    "GET /api/console/account/outbound-federation": () => ({}),
    "POST /api/console/account/outbound-federation": () => ({}),
    "DELETE /api/console/account/outbound-federation": () => ({}),
    "GET /api/console/account/alias": () => ({}),
    "PUT /api/console/account/alias": () => ({ body: { alias: `${FRESH}-alias` } }),
    "DELETE /api/console/account/alias": () => ({ query: { alias: `${FRESH}-alias` } }),
    "GET /api/console/account/sts-preferences": () => ({}),
    "PUT /api/console/account/sts-preferences": () => ({ body: { GlobalEndpointTokenVersion: "v2Token" } }),
    "GET /api/console/account/color": () => ({}),
    "PATCH /api/console/account/color": () => ({ body: { accountColor: "none" } }),
    "GET /api/console/catalog/services": () => ({}),
    "GET /api/console/catalog/services/[service]": () => ({}),
    // ConsoleLogin records carry no request parameters, so no run's fixture name shows up in the
    // other account's answer (its own calls naming 111's fixtures are recorded in its own history).
    "GET /api/console/cloudtrail/events": () => ({ query: { attributeKey: "EventName", attributeValue: "ConsoleLogin", range: "12h" } }),
    "GET /api/console/cloudtrail/events/[eventId]": () => ({}),
    "GET /api/console/cloudtrail/download": () => ({ query: { format: "csv", attributeKey: "EventName", attributeValue: "ConsoleLogin" } }),
    "GET /api/console/groups": () => ({}),
    "POST /api/console/groups": () => ({ body: { groupName: `MxGroup-${FRESH}` } }),
    "GET /api/console/groups/[name]": () => ({}),
    "DELETE /api/console/groups/[name]": () => ({}),
    "GET /api/console/groups/[name]/policies": () => ({}),
    "POST /api/console/groups/[name]/policies": () => ({ body: { policyArns: [READ_ONLY] } }),
    "DELETE /api/console/groups/[name]/policies": () => ({ query: { policyArn: F.policyArn } }),
    "GET /api/console/groups/[name]/inline-policies": () => ({}),
    "DELETE /api/console/groups/[name]/inline-policies": () => ({ query: { policyName: "keep" } }),
    "POST /api/console/groups/[name]/users": () => ({ body: { userNames: ["alice"] } }),
    "DELETE /api/console/groups/[name]/users": () => ({ query: { userName: F.user } }),
    "GET /api/console/identity-providers": () => ({}),
    "POST /api/console/identity-providers": () => ({ body: { type: "OIDC", url: `https://${FRESH}.example.com`, audience: "sts.amazonaws.com" } }),
    "POST /api/console/identity-providers/audiences": () => ({ query: provider(), body: { clientId: `mx-${RUN}` } }),
    "DELETE /api/console/identity-providers/audiences": () => ({ query: { ...provider(), clientId: "sts.amazonaws.com" } }),
    "GET /api/console/identity-providers/provider": () => ({ query: provider() }),
    "DELETE /api/console/identity-providers/provider": () => ({ query: provider() }),
    "GET /api/console/policies": () => ({ query: { scope: "Local" } }),
    "POST /api/console/policies": () => ({ body: { policyName: `MxPolicy-${FRESH}`, policyDocument: DOC } }),
    "GET /api/console/policies/list": () => ({ query: { type: "Local" } }),
    "POST /api/console/policies/summary": () => ({ body: { policyDocument: DOC } }),
    "GET /api/console/policies/[arn]": () => ({}),
    "DELETE /api/console/policies/[arn]": () => ({}),
    "GET /api/console/policies/[arn]/entities": () => ({}),
    "POST /api/console/policies/[arn]/entities": () => ({ body: { attach: [{ Name: "alice", Type: "User" }], detach: [{ Name: F.role, Type: "Role" }] } }),
    "GET /api/console/policies/[arn]/last-accessed": () => ({}),
    "GET /api/console/policies/[arn]/tags": () => ({}),
    "PUT /api/console/policies/[arn]/tags": () => ({ body: tags }),
    "GET /api/console/policies/[arn]/versions": () => ({}),
    "POST /api/console/policies/[arn]/versions": () => ({ body: { policyDocument: DOC } }),
    "GET /api/console/policies/[arn]/versions/[versionId]": () => ({}),
    "PATCH /api/console/policies/[arn]/versions/[versionId]": () => ({ body: { isDefault: true } }),
    "DELETE /api/console/policies/[arn]/versions/[versionId]": () => ({}),
    "POST /api/console/policy-validation": () => ({ body: { document: DOC, policyType: "identity" } }),
    "GET /api/console/simulator/principals": () => ({}),
    "GET /api/console/simulator/policies": () => ({ query: { source: MX_ROLE_ARN() } }),
    "GET /api/console/simulator/actions": () => ({ query: { actions: "s3:GetObject,sts:AssumeRole" } }),
    "POST /api/console/simulator/run": () => ({
      body: { source: MX_ROLE_ARN(), policies: [{ id: "p1", name: "p1", type: "identity", document: DOC }], items: [{ action: "sts:AssumeRole", resources: [MX_ROLE_ARN()] }] },
    }),
    "POST /api/console/simulator/context-keys": () => ({ body: { source: MX_ROLE_ARN(), policies: [{ type: "identity", document: DOC }], items: [] } }),
    "GET /api/console/rolesanywhere/roles": () => ({}),
    "GET /api/console/rolesanywhere/trust-anchors": () => ({}),
    "POST /api/console/rolesanywhere/trust-anchors": () => ({ body: { name: `MxTa-${FRESH}`, source: { type: "generate" } } }),
    "GET /api/console/rolesanywhere/trust-anchors/[id]": () => ({}),
    "PATCH /api/console/rolesanywhere/trust-anchors/[id]": () => ({ body: { enabled: false } }),
    "DELETE /api/console/rolesanywhere/trust-anchors/[id]": () => ({}),
    "GET /api/console/rolesanywhere/trust-anchors/[id]/tags": () => ({}),
    "PUT /api/console/rolesanywhere/trust-anchors/[id]/tags": () => ({ body: tags }),
    "GET /api/console/rolesanywhere/profiles": () => ({}),
    // The role ARN names no fixture (MARK would read as a leak in the other account's answer).
    "POST /api/console/rolesanywhere/profiles": () => ({ body: { name: `MxProfile-${FRESH}`, roleArns: [`arn:aws:iam::${ACCT}:role/MxRa-${FRESH}`] } }),
    "GET /api/console/rolesanywhere/profiles/[id]": () => ({}),
    "PATCH /api/console/rolesanywhere/profiles/[id]": () => ({ body: { enabled: false } }),
    "DELETE /api/console/rolesanywhere/profiles/[id]": () => ({}),
    "GET /api/console/rolesanywhere/profiles/[id]/tags": () => ({}),
    "PUT /api/console/rolesanywhere/profiles/[id]/tags": () => ({ body: tags }),
    "PUT /api/console/rolesanywhere/profiles/[id]": () => ({ body: { name: `MxProfile-${FRESH}`, roleArns: [], managedPolicyArns: [], durationSeconds: 3600, acceptRoleSessionName: false } }),
    "PUT /api/console/rolesanywhere/profiles/[id]/mappings": () => ({ body: { certificateField: "x509Subject", specifiers: ["CN"] } }),
    "DELETE /api/console/rolesanywhere/profiles/[id]/mappings": () => ({ query: { certificateField: "x509Subject" } }),
    "GET /api/console/rolesanywhere/trust-anchors/[id]/crls": () => ({}),
    "POST /api/console/rolesanywhere/trust-anchors/[id]/crls": () => ({ body: { name: `MxCrl-${FRESH}`, crl: "-----BEGIN X509 CRL-----\nAA==\n-----END X509 CRL-----\n", enabled: false } }),
    "PUT /api/console/rolesanywhere/trust-anchors/[id]/notifications": () => ({ body: { event: "CA_CERTIFICATE_EXPIRY", enabled: false } }),
    "DELETE /api/console/rolesanywhere/trust-anchors/[id]/notifications": () => ({ query: { event: "CA_CERTIFICATE_EXPIRY" } }),
    "PATCH /api/console/rolesanywhere/crls/[id]": () => ({ body: { enabled: false } }),
    "DELETE /api/console/rolesanywhere/crls/[id]": () => ({}),
    "GET /api/console/rolesanywhere/subjects": () => ({}),
    "GET /api/console/rolesanywhere/subjects/[id]": () => ({}),
    "GET /api/console/roles": () => ({ query: { search: MARK } }),
    // Every fixture carries MARK: the run's own admin finds them, a caller without List* must not.
    "GET /api/console/search": () => ({ query: { q: MARK } }),
    "POST /api/console/roles": () => ({ body: { roleName: `MxRole-${FRESH}`, assumeRolePolicyDocument: trustPolicy({ AWS: ADMIN_ARN }) } }),
    "GET /api/console/roles/[name]": () => ({}),
    "PATCH /api/console/roles/[name]": () => ({ body: { description: `changed ${RUN}` } }),
    "DELETE /api/console/roles/[name]": () => ({}),
    "PUT /api/console/roles/[name]/boundary": () => ({ body: { policyArn: READ_ONLY } }),
    "DELETE /api/console/roles/[name]/boundary": () => ({}),
    "GET /api/console/roles/[name]/export": () => ({}),
    "POST /api/console/roles/[name]/inline-policies": () => ({ body: { policyName: "added", policyDocument: DOC } }),
    "DELETE /api/console/roles/[name]/inline-policies": () => ({ query: { policyName: "keep" } }),
    "GET /api/console/roles/[name]/last-accessed": () => ({}),
    "GET /api/console/roles/[name]/policies": () => ({}),
    "POST /api/console/roles/[name]/policies": () => ({ body: { policyArns: [READ_ONLY] } }),
    "DELETE /api/console/roles/[name]/policies": () => ({ query: { policyArn: F.policyArn } }),
    "POST /api/console/roles/[name]/revoke-sessions": () => ({}),
    "GET /api/console/roles/[name]/slr-deletion": () => ({
      query: { taskId: "task/aws-service-role/ecs.amazonaws.com/AWSServiceRoleForECS/00000000-0000-4000-8000-000000000000" },
    }),
    "GET /api/console/roles/[name]/tags": () => ({}),
    "PUT /api/console/roles/[name]/tags": () => ({ body: tags }),
    "PUT /api/console/roles/[name]/trust-policy": () => ({ body: { policyDocument: trustPolicy({ AWS: `arn:aws:iam::${ACCT}:root` }) } }),
    "POST /api/console/switch-role": () => ({ body: { account: ACCT, roleName: F.role } }),
    "DELETE /api/console/switch-role": () => ({}),
    // The lab routes act for the browser's own learner (a fresh lab_learner cookie here): no lab is in
    // progress, so the mutations name nothing and change nothing (a real Start would reset the sandbox).
    "GET /api/console/labs": () => ({}),
    "GET /api/console/labs/current": () => ({}),
    "POST /api/console/labs/start": () => ({ body: { labId: `mx-no-lab-${RUN}` } }),
    "POST /api/console/labs/hint": () => ({ body: { stepId: "mx-no-step" } }),
    "POST /api/console/labs/solution": () => ({ body: { stepId: "mx-no-step" } }),
    "POST /api/console/labs/answer": () => ({ body: { checkId: "mx-no-check", value: "x" } }),
    "POST /api/console/labs/actor": () => ({ body: { actorId: "mx-no-actor" } }),
    "POST /api/console/labs/reset": () => ({}),
    "POST /api/console/labs/finish": () => ({}),
    "GET /api/console/users": () => ({}),
    "POST /api/console/users": () => ({ body: { userName: `mx-user-${FRESH}` } }),
    "GET /api/console/users/[name]": () => ({}),
    "DELETE /api/console/users/[name]": () => ({}),
    "GET /api/console/users/[name]/access-keys": () => ({}),
    "POST /api/console/users/[name]/access-keys": () => ({ body: {} }),
    "PATCH /api/console/users/[name]/access-keys/[keyId]": () => ({ body: { status: "Inactive" } }),
    "DELETE /api/console/users/[name]/access-keys/[keyId]": () => ({}),
    "GET /api/console/users/[name]/signing-certificates": () => ({}),
    "POST /api/console/users/[name]/signing-certificates": () => ({ body: { certificateBody: F.freshCertificate } }),
    "PATCH /api/console/users/[name]/signing-certificates/[certId]": () => ({ body: { status: "Inactive" } }),
    "DELETE /api/console/users/[name]/signing-certificates/[certId]": () => ({}),
    "GET /api/console/users/[name]/groups": () => ({}),
    "POST /api/console/users/[name]/groups": () => ({ body: { groupNames: ["Developers"] } }),
    "DELETE /api/console/users/[name]/groups": () => ({ query: { groupName: F.group } }),
    "GET /api/console/users/[name]/login-profile": () => ({}),
    "POST /api/console/users/[name]/login-profile": () => ({ body: { password: `Mx-Passw0rd-${RUN}!` } }),
    "PUT /api/console/users/[name]/login-profile": () => ({ body: { password: `Mx-Passw0rd-${RUN}!` } }),
    "DELETE /api/console/users/[name]/login-profile": () => ({}),
    "GET /api/console/users/[name]/mfa": () => ({}),
    "POST /api/console/users/[name]/mfa": () => ({ body: { deviceName: `mx-${RUN}`, secret: "JBSWY3DPEHPK3PXPJBSWY3DP", code1: "123456", code2: "654321" } }),
    "DELETE /api/console/users/[name]/mfa": () => ({ query: { serialNumber: `arn:aws:iam::${ACCT}:mfa/mx-${RUN}` } }),
    "POST /api/console/users/[name]/mfa/setup": () => ({ body: { deviceName: `mx-${RUN}` } }),
    "GET /api/console/users/[name]/policies": () => ({}),
    "GET /api/console/users/[name]/tags": () => ({}),
    "PUT /api/console/users/[name]/boundary": () => ({ body: { policyArn: READ_ONLY } }),
    "DELETE /api/console/users/[name]/boundary": () => ({}),
    "GET /api/console/users/[name]/inline-policies": () => ({}),
    "DELETE /api/console/users/[name]/inline-policies": () => ({ query: { policyName: "keep" } }),
    "PUT /api/console/users/[name]/tags": () => ({ body: tags }),
    "GET /api/console/users/[name]/ssh-public-keys": () => ({}),
    "POST /api/console/users/[name]/ssh-public-keys": () => ({ body: { body: "ssh-rsa AAAAB3NzaC1yc2E=" } }),
    "GET /api/console/users/[name]/ssh-public-keys/[keyId]": () => ({ query: { encoding: "SSH" } }),
    "PATCH /api/console/users/[name]/ssh-public-keys/[keyId]": () => ({ body: { status: "Inactive" } }),
    "DELETE /api/console/users/[name]/ssh-public-keys/[keyId]": () => ({}),
    "GET /api/console/users/[name]/service-credentials": () => ({}),
    "POST /api/console/users/[name]/service-credentials": () => ({ body: { serviceName: "codecommit.amazonaws.com" } }),
    "PATCH /api/console/users/[name]/service-credentials/[credentialId]": () => ({ body: { status: "Inactive" } }),
    "DELETE /api/console/users/[name]/service-credentials/[credentialId]": () => ({}),
    "POST /api/console/users/[name]/service-credentials/[credentialId]/reset": () => ({ body: {} }),
    "POST /api/console/users/[name]/policies": () => ({ body: { policyArns: [READ_ONLY] } }),
    "DELETE /api/console/users/[name]/policies": () => ({ query: { policyArn: F.policyArn } }),
  };
  return { missing, segments, samples };
}
