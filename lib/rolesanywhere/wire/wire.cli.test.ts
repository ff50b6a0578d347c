// The Roles Anywhere REST-JSON API over real SigV4, driven by the real AWS CLI v2 (/usr/bin/aws
// rolesanywhere …) at the sandbox's wire endpoint: statuses, shapes, error codes and the CloudTrail
// records (eventSource rolesanywhere.amazonaws.com).
// AWS: https://docs.aws.amazon.com/rolesanywhere/latest/APIReference/API_Operations.html
// AWS: https://docs.aws.amazon.com/rolesanywhere/latest/APIReference/CommonErrors.html
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ADMIN_111, createKey, startHarness, type Harness } from "@/lib/wire/testing";
import { makeCertificate } from "@/lib/x509/testing";
import { cliFor, type CliRunner } from "../testing";

let h: Harness;
let cli: CliRunner;

beforeAll(async () => {
  h = await startHarness();
  cli = cliFor(`${h.url}/api/aws`);
}, 60_000);
afterAll(() => h?.close());

describe("rolesanywhere over the CLI", () => {
  it("creates, reads, lists, updates, enables and deletes a trust anchor and a profile", async () => {
    const ca = await makeCertificate({ ca: true, name: "CLI CA" });
    const created = await cli.run(ADMIN_111, [
      "rolesanywhere", "create-trust-anchor", "--name", "cli-anchor", "--enabled",
      "--source", JSON.stringify({ sourceType: "CERTIFICATE_BUNDLE", sourceData: { x509CertificateData: ca.certPem } }),
      "--tags", "key=env,value=test",
    ]);
    expect(created.stderr).toBe("");
    const anchor = created.json.trustAnchor as Record<string, unknown>;
    expect(anchor).toMatchObject({ name: "cli-anchor", enabled: true, source: { sourceType: "CERTIFICATE_BUNDLE" } });
    expect(anchor.trustAnchorArn).toBe(`arn:aws:rolesanywhere:us-east-1:111111111111:trust-anchor/${anchor.trustAnchorId}`);
    // Timestamps travel as ISO 8601 (the model's timestampFormat); the CLI prints them back.
    expect(String(anchor.createdAt)).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}/);
    const id = String(anchor.trustAnchorId);

    const got = await cli.run(ADMIN_111, ["rolesanywhere", "get-trust-anchor", "--trust-anchor-id", id]);
    expect((got.json.trustAnchor as Record<string, unknown>).trustAnchorId).toBe(id);
    const listed = await cli.run(ADMIN_111, ["rolesanywhere", "list-trust-anchors"]);
    expect((listed.json.trustAnchors as Array<Record<string, unknown>>).map((t) => t.trustAnchorId)).toContain(id);
    const updated = await cli.run(ADMIN_111, ["rolesanywhere", "update-trust-anchor", "--trust-anchor-id", id, "--name", "renamed"]);
    expect((updated.json.trustAnchor as Record<string, unknown>).name).toBe("renamed");
    const disabled = await cli.run(ADMIN_111, ["rolesanywhere", "disable-trust-anchor", "--trust-anchor-id", id]);
    expect((disabled.json.trustAnchor as Record<string, unknown>).enabled).toBe(false);
    const tags = await cli.run(ADMIN_111, ["rolesanywhere", "list-tags-for-resource", "--resource-arn", String(anchor.trustAnchorArn)]);
    expect(tags.json).toEqual({ tags: [{ key: "env", value: "test" }] });

    const profile = await cli.run(ADMIN_111, [
      "rolesanywhere", "create-profile", "--name", "cli-profile", "--role-arns", "arn:aws:iam::111111111111:role/Workload", "--duration-seconds", "1800",
    ]);
    expect(profile.stderr).toBe("");
    expect(profile.json.profile).toMatchObject({ name: "cli-profile", durationSeconds: 1800, roleArns: ["arn:aws:iam::111111111111:role/Workload"], enabled: false });
    const pid = String((profile.json.profile as Record<string, unknown>).profileId);
    expect((await cli.run(ADMIN_111, ["rolesanywhere", "enable-profile", "--profile-id", pid])).json.profile).toMatchObject({ enabled: true });

    const deleted = await cli.run(ADMIN_111, ["rolesanywhere", "delete-trust-anchor", "--trust-anchor-id", id]);
    expect((deleted.json.trustAnchor as Record<string, unknown>).trustAnchorId).toBe(id);
    const gone = await cli.run(ADMIN_111, ["rolesanywhere", "get-trust-anchor", "--trust-anchor-id", id]);
    expect(gone.code).not.toBe(0);
    expect(gone.stderr).toContain("An error occurred (ResourceNotFoundException) when calling the GetTrustAnchor operation");
  }, 120_000);

  it("answers ValidationException and AccessDeniedException as the model names them", async () => {
    const invalid = await cli.run(ADMIN_111, ["rolesanywhere", "create-profile", "--name", "bad/name", "--role-arns", "arn:aws:iam::111111111111:role/R"]);
    expect(invalid.stderr).toContain(
      "An error occurred (ValidationException) when calling the CreateProfile operation: 1 validation error detected: Value 'bad/name' at 'name' failed to satisfy constraint: Member must satisfy regular expression pattern: ^[ a-zA-Z0-9-_]*$",
    );
    const alice = await createKey(h.db, "111111111111", "alice");
    const denied = await cli.run(alice, ["rolesanywhere", "list-profiles"]);
    expect(denied.stderr).toContain("An error occurred (AccessDeniedException) when calling the ListProfiles operation: User: arn:aws:iam::111111111111:user/alice is not authorized to perform: rolesanywhere:ListProfiles");
    // An account without CRLs lists none.
    expect((await cli.run(ADMIN_111, ["rolesanywhere", "list-crls"])).json).toEqual({ crls: [] });
  }, 60_000);

  it("records the calls in CloudTrail under rolesanywhere.amazonaws.com", async () => {
    const rows = await h.db.trailEvent.findMany({ where: { eventSource: "rolesanywhere.amazonaws.com" }, orderBy: { eventTime: "asc" } });
    const names = rows.map((r) => r.eventName);
    expect(names).toEqual(expect.arrayContaining(["CreateTrustAnchor", "GetTrustAnchor", "CreateProfile", "DeleteTrustAnchor", "ListProfiles"]));
    const create = JSON.parse(rows.find((r) => r.eventName === "CreateTrustAnchor")!.record) as Record<string, unknown>;
    expect(create).toMatchObject({ eventSource: "rolesanywhere.amazonaws.com", awsRegion: "us-east-1", readOnly: false, requestParameters: { name: "cli-anchor" } });
    const denied = rows.find((r) => r.eventName === "ListProfiles" && r.errorCode);
    expect(denied?.errorCode).toBe("AccessDeniedException");
  });
});
