// The Roles Anywhere console routes (app/api/console/rolesanywhere) through their real handlers and
// store (SQLite, or PostgreSQL with TEST_DATABASE_URL): a generated CA becomes an enabled trust anchor
// whose page reads its certificate, an uploaded leaf certificate is refused (not a CA), enable and
// disable are recorded as their APIs, the Tags section saves a whole set (TagResource, then
// UntagResource for the keys that went), a profile is created enabled, the role list says which
// roles trust Roles Anywhere, a caller who may not tag is refused before anything is read, and the
// profile edit, attribute mapping, CRL and notification settings routes do what their APIs do.
// AWS: https://docs.aws.amazon.com/rolesanywhere/latest/userguide/getting-started.html
import { NextRequest } from "next/server";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { ACCT, openSandbox, trustDoc, type Sandbox } from "@/lib/testing/sandbox";
import type { Caller } from "@/lib/authz/caller";
import { makeCertificate } from "@/lib/x509/testing";

vi.mock("server-only", () => ({}));
const current: { caller: Caller | null } = { caller: null };
vi.mock("@/lib/auth/get-caller", () => ({ getCaller: async () => current.caller }));

const ORIGIN = "http://localhost:3000";
const BASE = "/api/console/rolesanywhere";
let sandbox: Sandbox;
let lookupTrailEvents: typeof import("@/lib/data/trail-events").lookupTrailEvents;

beforeAll(async () => {
  sandbox = await openSandbox();
  ({ lookupTrailEvents } = await import("@/lib/data/trail-events"));
}, 120_000);

type Route = (req: NextRequest, ctx: { params: Promise<Record<string, string>> }) => Promise<Response>;

async function call(route: unknown, method: string, path: string, params: Record<string, string> = {}, body?: unknown): Promise<{ status: number; json: Record<string, unknown> }> {
  const req = new NextRequest(`${ORIGIN}${path}`, {
    method,
    headers: { "content-type": "application/json", origin: ORIGIN, host: "localhost:3000" },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  const res = await (route as Route)(req, { params: Promise.resolve(params) });
  return { status: res.status, json: (await res.json()) as Record<string, unknown> };
}

async function requestOf(eventName: string): Promise<unknown> {
  const [record] = (await lookupTrailEvents({ accountId: ACCT, attribute: { key: "EventName", value: eventName }, limit: 1 })).records;
  expect(record, `a ${eventName} record`).toBeDefined();
  return (JSON.parse(record.cloudTrailEvent) as { requestParameters: unknown }).requestParameters;
}

const RA_TRUST = JSON.stringify({
  Version: "2012-10-17",
  Statement: [{ Effect: "Allow", Principal: { Service: "rolesanywhere.amazonaws.com" }, Action: ["sts:AssumeRole", "sts:TagSession", "sts:SetSourceIdentity"] }],
});

describe("Roles Anywhere console routes", () => {
  let anchorId = "";

  it("a generated CA is an enabled trust anchor whose page reads the CA certificate", async () => {
    current.caller = sandbox.admin;
    const anchors = await import("@/app/api/console/rolesanywhere/trust-anchors/route");
    const created = await call(anchors.POST, "POST", `${BASE}/trust-anchors`, {}, { name: "Console CA", source: { type: "generate" } });
    expect(created.status).toBe(200);
    expect(created.json).toMatchObject({ name: "Console CA", enabled: true, source: { sourceType: "CERTIFICATE_BUNDLE" } });
    anchorId = created.json.trustAnchorId as string;
    expect(await requestOf("CreateTrustAnchor")).toEqual({ name: "Console CA", enabled: true, source: { sourceType: "CERTIFICATE_BUNDLE" } });

    const page = await import("@/app/api/console/rolesanywhere/trust-anchors/[id]/route");
    const got = await call(page.GET, "GET", `${BASE}/trust-anchors/${anchorId}`, { id: anchorId });
    expect(got.status).toBe(200);
    expect(got.json.generated).toBe(true);
    expect(got.json.certificates).toEqual([expect.objectContaining({ subject: "CN=Console CA", isCa: true })]);

    const list = await call(anchors.GET, "GET", `${BASE}/trust-anchors`);
    expect((list.json.trustAnchors as { trustAnchorId: string }[]).map((t) => t.trustAnchorId)).toContain(anchorId);
  });

  it("an uploaded bundle must be a CA certificate", async () => {
    current.caller = sandbox.admin;
    const anchors = await import("@/app/api/console/rolesanywhere/trust-anchors/route");
    const leaf = await makeCertificate({ name: "device.example.com" });
    const refused = await call(anchors.POST, "POST", `${BASE}/trust-anchors`, {}, { name: "Leaf", source: { type: "bundle", certificate: leaf.certPem } });
    expect(refused.status).toBe(400);
    expect(refused.json.error).toMatchObject({ code: "ValidationException", message: expect.stringContaining("not a CA certificate") });
    const ca = await makeCertificate({ name: "Corp Root", ca: true });
    const uploaded = await call(anchors.POST, "POST", `${BASE}/trust-anchors`, {}, { name: "Corp Root", source: { type: "bundle", certificate: ca.certPem } });
    expect(uploaded.json).toMatchObject({ name: "Corp Root", enabled: true });
  });

  it("disable and enable are recorded as DisableTrustAnchor and EnableTrustAnchor", async () => {
    current.caller = sandbox.admin;
    const page = await import("@/app/api/console/rolesanywhere/trust-anchors/[id]/route");
    expect((await call(page.PATCH, "PATCH", `${BASE}/trust-anchors/${anchorId}`, { id: anchorId }, { enabled: false })).json.enabled).toBe(false);
    expect(await requestOf("DisableTrustAnchor")).toEqual({ trustAnchorId: anchorId });
    expect((await call(page.PATCH, "PATCH", `${BASE}/trust-anchors/${anchorId}`, { id: anchorId }, { enabled: true })).json.enabled).toBe(true);
    expect(await requestOf("EnableTrustAnchor")).toEqual({ trustAnchorId: anchorId });
  });

  it("the Tags section saves the whole set: TagResource, then UntagResource for the keys that went", async () => {
    current.caller = sandbox.admin;
    const tags = await import("@/app/api/console/rolesanywhere/trust-anchors/[id]/tags/route");
    const path = `${BASE}/trust-anchors/${anchorId}/tags`;
    const params = { id: anchorId };
    await call(tags.PUT, "PUT", path, params, { tags: [{ Key: "team", Value: "edge" }, { Key: "env", Value: "lab" }] });
    expect((await call(tags.GET, "GET", path, params)).json.Tags).toEqual(expect.arrayContaining([{ Key: "team", Value: "edge" }, { Key: "env", Value: "lab" }]));
    await call(tags.PUT, "PUT", path, params, { tags: [{ Key: "team", Value: "core" }] });
    expect((await call(tags.GET, "GET", path, params)).json.Tags).toEqual([{ Key: "team", Value: "core" }]);
    expect(await requestOf("UntagResource")).toMatchObject({ tagKeys: ["env"] });
  });

  it("a caller who may read tags but not change them is refused before the tags are read", async () => {
    const users = await import("@/lib/iam/users");
    await users.createUser(sandbox.admin, { userName: "ra-reader" });
    await users.attachUserPolicy(sandbox.admin, "ra-reader", "arn:aws:iam::aws:policy/ReadOnlyAccess");
    current.caller = await sandbox.userCaller(ACCT, "ra-reader");
    const tags = await import("@/app/api/console/rolesanywhere/trust-anchors/[id]/tags/route");
    const missing = "00000000-0000-4000-8000-0000000000a1";
    for (const id of [anchorId, missing]) {
      const r = await call(tags.PUT, "PUT", `${BASE}/trust-anchors/${id}/tags`, { id }, { tags: [] });
      expect(r.status).toBe(403);
      expect(r.json.error).toMatchObject({ code: "AccessDenied" });
    }
  });

  it("the role list says which roles trust Roles Anywhere; a profile for one is created enabled", async () => {
    current.caller = sandbox.admin;
    const iam = await import("@/lib/iam/roles");
    await iam.createRole(sandbox.admin, { roleName: "ConsoleRaWorkload", assumeRolePolicyDocument: RA_TRUST });
    await iam.createRole(sandbox.admin, { roleName: "ConsoleEc2Only", assumeRolePolicyDocument: trustDoc({ Service: "ec2.amazonaws.com" }) });
    const roles = await import("@/app/api/console/rolesanywhere/roles/route");
    const list = (await call(roles.GET, "GET", `${BASE}/roles`)).json.roles as { RoleName: string; trustsRolesAnywhere: boolean; missingActions: string[] }[];
    expect(list.find((r) => r.RoleName === "ConsoleRaWorkload")).toMatchObject({ trustsRolesAnywhere: true, missingActions: [] });
    expect(list.find((r) => r.RoleName === "ConsoleEc2Only")).toMatchObject({ trustsRolesAnywhere: false });

    const profiles = await import("@/app/api/console/rolesanywhere/profiles/route");
    const roleArn = `arn:aws:iam::${ACCT}:role/ConsoleRaWorkload`;
    const created = await call(profiles.POST, "POST", `${BASE}/profiles`, {}, { name: "console-profile", roleArns: [roleArn], managedPolicyArns: [], durationSeconds: 1800 });
    expect(created.status).toBe(200);
    expect(created.json).toMatchObject({ name: "console-profile", enabled: true, roleArns: [roleArn], durationSeconds: 1800 });
    const page = await import("@/app/api/console/rolesanywhere/profiles/[id]/route");
    const id = created.json.profileId as string;
    expect((await call(page.PATCH, "PATCH", `${BASE}/profiles/${id}`, { id }, { enabled: false })).json.enabled).toBe(false);
    expect(await requestOf("DisableProfile")).toEqual({ profileId: id });
    expect((await call(page.DELETE, "DELETE", `${BASE}/profiles/${id}`, { id })).status).toBe(200);
    expect((await call(page.GET, "GET", `${BASE}/profiles/${id}`, { id })).json.error).toMatchObject({ code: "ResourceNotFoundException" });
  });

  it("subject activity lists each certificate subject and, on its page, the certificates it presented", async () => {
    current.caller = sandbox.admin;
    const { recordSubjectActivity } = await import("@/lib/rolesanywhere");
    const at = new Date("2026-12-01T10:00:00Z");
    const seen = { accountId: ACCT, x509Subject: "CN=device-7", issuer: "CN=Console CA", certificatePem: "-", at };
    await recordSubjectActivity({ ...seen, serialNumber: "01", failed: true });
    const arn = await recordSubjectActivity({ ...seen, serialNumber: "02", failed: false, at: new Date("2026-12-01T11:00:00Z") });
    const subjects = await import("@/app/api/console/rolesanywhere/subjects/route");
    const list = (await call(subjects.GET, "GET", `${BASE}/subjects`)).json.subjects as { subjectId: string; subjectArn: string; x509Subject: string; lastSeenAt: string }[];
    const row = list.find((x) => x.subjectArn === arn);
    expect(row).toMatchObject({ x509Subject: "CN=device-7", lastSeenAt: "2026-12-01T11:00:00.000Z" });
    const page = await import("@/app/api/console/rolesanywhere/subjects/[id]/route");
    const detail = await call(page.GET, "GET", `${BASE}/subjects/${row!.subjectId}`, { id: row!.subjectId });
    expect(detail.json.credentials).toEqual([
      expect.objectContaining({ serialNumber: "02", failed: false }),
      expect.objectContaining({ serialNumber: "01", failed: true }),
    ]);
    expect(await requestOf("GetSubject")).toEqual({ subjectId: row!.subjectId });
  });

  it("edits a profile and its mappings; imports, disables and deletes a CRL; changes and resets a notification setting", async () => {
    current.caller = sandbox.admin;
    const roleArn = `arn:aws:iam::${ACCT}:role/ConsoleRaWorkload`;
    const profiles = await import("@/app/api/console/rolesanywhere/profiles/route");
    const id = (await call(profiles.POST, "POST", `${BASE}/profiles`, {}, { name: "editable", roleArns: [roleArn], managedPolicyArns: [], durationSeconds: 3600 })).json.profileId as string;
    const page = await import("@/app/api/console/rolesanywhere/profiles/[id]/route");
    const edit = { name: "edited", roleArns: [roleArn], managedPolicyArns: [], durationSeconds: 2700, acceptRoleSessionName: true };
    const edited = await call(page.PUT, "PUT", `${BASE}/profiles/${id}`, { id }, edit);
    expect(edited.json).toMatchObject({ name: "edited", durationSeconds: 2700, acceptRoleSessionName: true });
    expect(await requestOf("UpdateProfile")).toMatchObject({ profileId: id, durationSeconds: 2700 });
    const tooShort = await call(page.PUT, "PUT", `${BASE}/profiles/${id}`, { id }, { ...edit, durationSeconds: 60 });
    expect(tooShort.json.error).toMatchObject({ code: "ValidationException" });

    const mappings = await import("@/app/api/console/rolesanywhere/profiles/[id]/mappings/route");
    const removed = await call(mappings.DELETE, "DELETE", `${BASE}/profiles/${id}/mappings?certificateField=x509Issuer`, { id });
    expect((removed.json.attributeMappings as { certificateField: string }[]).map((m) => m.certificateField)).toEqual(["x509Subject", "x509SAN"]);
    const added = await call(mappings.PUT, "PUT", `${BASE}/profiles/${id}/mappings`, { id }, { certificateField: "x509Issuer", specifiers: ["CN"] });
    expect(added.json.attributeMappings).toContainEqual({ certificateField: "x509Issuer", mappingRules: [{ specifier: "CN" }] });

    const { signCrlFor } = await import("@/lib/rolesanywhere");
    const crls = await import("@/app/api/console/rolesanywhere/trust-anchors/[id]/crls/route");
    const crlPath = `${BASE}/trust-anchors/${anchorId}/crls`;
    const imported = await call(crls.POST, "POST", crlPath, { id: anchorId }, { name: "console-crl", crl: await signCrlFor(sandbox.admin, anchorId, ["0badc0de"]), enabled: true });
    expect(imported.json).toMatchObject({ name: "console-crl", enabled: true });
    const crlId = imported.json.crlId as string;
    expect((await call(crls.GET, "GET", crlPath, { id: anchorId })).json.crls).toEqual([expect.objectContaining({ crlId })]);
    const crl = await import("@/app/api/console/rolesanywhere/crls/[id]/route");
    expect((await call(crl.PATCH, "PATCH", `${BASE}/crls/${crlId}`, { id: crlId }, { enabled: false })).json.enabled).toBe(false);
    expect(await requestOf("DisableCrl")).toEqual({ crlId });
    expect((await call(crl.DELETE, "DELETE", `${BASE}/crls/${crlId}`, { id: crlId })).status).toBe(200);
    expect((await call(crls.GET, "GET", crlPath, { id: anchorId })).json.crls).toEqual([]);

    const notifications = await import("@/app/api/console/rolesanywhere/trust-anchors/[id]/notifications/route");
    const put = await call(notifications.PUT, "PUT", `${BASE}/trust-anchors/${anchorId}/notifications`, { id: anchorId }, { event: "CA_CERTIFICATE_EXPIRY", enabled: false });
    expect((put.json.notificationSettings as { event: string }[])[0]).toEqual({ event: "CA_CERTIFICATE_EXPIRY", enabled: false, channel: "ALL", configuredBy: ACCT });
    const reset = await call(notifications.DELETE, "DELETE", `${BASE}/trust-anchors/${anchorId}/notifications?event=CA_CERTIFICATE_EXPIRY`, { id: anchorId });
    expect((reset.json.notificationSettings as { configuredBy: string }[])[0].configuredBy).toBe("rolesanywhere.amazonaws.com");
  });
});
