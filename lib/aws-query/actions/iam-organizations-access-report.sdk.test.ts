// Organizations access reports through the real @aws-sdk/client-iam against the real endpoint: the
// sandbox organization (o-sandbox0001, root r-sbx1, accounts 111111111111 and 222222222222) and the
// activity its principals recorded. Run on PostgreSQL too with TEST_DATABASE_URL set.
// https://docs.aws.amazon.com/IAM/latest/APIReference/API_GenerateOrganizationsAccessReport.html
// https://docs.aws.amazon.com/IAM/latest/APIReference/API_GetOrganizationsAccessReport.html
import { GenerateOrganizationsAccessReportCommand, GetOrganizationsAccessReportCommand, IAMClient, ListUsersCommand } from "@aws-sdk/client-iam";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ADMIN_111, ADMIN_222, createKey, deniedWithoutPolicy, iamClient, sdkFailure, startHarness, type Harness } from "@/lib/wire/testing";

const ROOT_PATH = "o-sandbox0001/r-sbx1";
let h: Harness;
let management: IAMClient;

async function report(entityPath: string, extra: { OrganizationsPolicyId?: string } = {}) {
  const { JobId } = await management.send(new GenerateOrganizationsAccessReportCommand({ EntityPath: entityPath, ...extra }));
  expect(JobId).toMatch(/^[0-9a-f-]{36}$/);
  return JobId as string;
}

beforeAll(async () => {
  h = await startHarness();
  management = iamClient(h.url, ADMIN_111);
  // Recorded activity: the member's admin calls IAM, then the management account's.
  await iamClient(h.url, ADMIN_222).send(new ListUsersCommand({}));
  await management.send(new ListUsersCommand({}));
}, 90_000);
afterAll(async () => h?.close());

describe("GenerateOrganizationsAccessReport / GetOrganizationsAccessReport", () => {
  it("reports every service the SCPs allow, with the last access by a principal of an account under the entity", async () => {
    const jobId = await report(ROOT_PATH);
    const out = await management.send(new GetOrganizationsAccessReportCommand({ JobId: jobId }));
    expect(out.JobStatus).toBe("COMPLETED");
    expect(out.JobCreationDate).toBeInstanceOf(Date);
    expect(out.JobCompletionDate).toBeInstanceOf(Date);
    // FullAWSAccess on the root and every account: every service.
    expect(out.NumberOfServicesAccessible).toBeGreaterThan(300);
    expect(out.NumberOfServicesNotAccessed).toBeLessThan(out.NumberOfServicesAccessible as number);
    expect(out.AccessDetails).toHaveLength(100);
    expect(out.IsTruncated).toBe(true);
    // Most recently accessed first by default; IAM was called by both accounts' admins, the
    // management account's last.
    expect(out.AccessDetails?.[0]).toMatchObject({
      ServiceName: "AWS Identity and Access Management (IAM)",
      ServiceNamespace: "iam",
      Region: "us-east-1",
      EntityPath: `${ROOT_PATH}/111111111111`,
      TotalAuthenticatedEntities: 2,
    });
    expect(out.AccessDetails?.[0].LastAuthenticatedTime).toBeInstanceOf(Date);
    const never = out.AccessDetails?.find((d) => !d.LastAuthenticatedTime);
    expect(never).toMatchObject({ TotalAuthenticatedEntities: 0 });
    expect(never?.EntityPath).toBeUndefined();
  });

  it("an account's path reports that account's activity alone; pages follow the Marker; SortKey orders them", async () => {
    const jobId = await report(`${ROOT_PATH}/222222222222`);
    const first = await management.send(new GetOrganizationsAccessReportCommand({ JobId: jobId, MaxItems: 2, SortKey: "SERVICE_NAMESPACE_ASCENDING" }));
    expect(first.AccessDetails).toHaveLength(2);
    expect(first.IsTruncated).toBe(true);
    const second = await management.send(new GetOrganizationsAccessReportCommand({ JobId: jobId, MaxItems: 2, SortKey: "SERVICE_NAMESPACE_ASCENDING", Marker: first.Marker }));
    const names = [...(first.AccessDetails ?? []), ...(second.AccessDetails ?? [])].map((d) => d.ServiceNamespace);
    expect(names).toEqual([...names].sort());
    expect(new Set(names).size).toBe(4);
    const recent = await management.send(new GetOrganizationsAccessReportCommand({ JobId: jobId, MaxItems: 1 }));
    expect(recent.AccessDetails?.[0]).toMatchObject({ ServiceNamespace: "iam", EntityPath: `${ROOT_PATH}/222222222222`, TotalAuthenticatedEntities: 1 });
  });

  it("OrganizationsPolicyId limits the report to the services that SCP allows", async () => {
    await h.db.orgPolicy.create({
      data: {
        id: "p-onlys3and1",
        organizationId: "o-sandbox0001",
        kind: "SERVICE_CONTROL_POLICY",
        name: "OnlyS3AndIam",
        document: JSON.stringify({ Version: "2012-10-17", Statement: [{ Effect: "Allow", Action: ["s3:*", "iam:Get*"], Resource: "*" }] }),
      },
    });
    const out = await management.send(new GetOrganizationsAccessReportCommand({ JobId: await report(ROOT_PATH, { OrganizationsPolicyId: "p-onlys3and1" }), SortKey: "SERVICE_NAMESPACE_DESCENDING" }));
    expect(out.AccessDetails?.map((d) => d.ServiceNamespace)).toEqual(["s3", "iam"]);
    expect(out).toMatchObject({ NumberOfServicesAccessible: 2, NumberOfServicesNotAccessed: 1, IsTruncated: false });
  });

  it("a path or policy outside the organization, or a member account's request, completes as a FAILED job", async () => {
    for (const path of ["o-otherorg001/r-sbx1", `${ROOT_PATH}/ou-sbx1-abcdefgh`, `${ROOT_PATH}/999999999999`]) {
      const out = await management.send(new GetOrganizationsAccessReportCommand({ JobId: await report(path) }));
      expect(out).toMatchObject({ JobStatus: "FAILED", ErrorDetails: { Code: "NoSuchEntity", Message: `The entity path ${path} does not exist in your organization.` } });
      expect(out.AccessDetails).toBeUndefined();
    }
    const policy = await management.send(new GetOrganizationsAccessReportCommand({ JobId: await report(ROOT_PATH, { OrganizationsPolicyId: "p-missing00" }) }));
    expect(policy.ErrorDetails).toEqual({ Code: "NoSuchEntity", Message: "The service control policy p-missing00 does not exist in your organization." });
    const member = iamClient(h.url, ADMIN_222);
    const { JobId } = await member.send(new GenerateOrganizationsAccessReportCommand({ EntityPath: ROOT_PATH }));
    expect((await member.send(new GetOrganizationsAccessReportCommand({ JobId }))).ErrorDetails?.Code).toBe("AccessDenied");
  });

  it("validates the model's constraints; another principal's job, or an unknown one, is NoSuchEntity", async () => {
    expect(await sdkFailure(management.send(new GenerateOrganizationsAccessReportCommand({ EntityPath: "r-sbx1/o-sandbox0001" })))).toEqual({
      name: "ValidationError",
      status: 400,
      message: "1 validation error detected: Value 'r-sbx1/o-sandbox0001' at 'entityPath' failed to satisfy constraint: Member must satisfy regular expression pattern: ^o-[0-9a-z]{10,32}\\/r-[0-9a-z]{4,32}[0-9a-z-\\/]*",
    });
    expect((await sdkFailure(management.send(new GenerateOrganizationsAccessReportCommand({ EntityPath: ROOT_PATH, OrganizationsPolicyId: "scp" })))).name).toBe("ValidationError");
    expect((await sdkFailure(management.send(new GetOrganizationsAccessReportCommand({ JobId: await report(ROOT_PATH), SortKey: "NEWEST" as never })))).message).toBe(
      "1 validation error detected: Value 'NEWEST' at 'sortKey' failed to satisfy constraint: Member must satisfy enum value set: [SERVICE_NAMESPACE_ASCENDING, SERVICE_NAMESPACE_DESCENDING, LAST_AUTHENTICATED_TIME_ASCENDING, LAST_AUTHENTICATED_TIME_DESCENDING]",
    );
    const unknown = "00000000-0000-4000-8000-000000000000";
    expect(await sdkFailure(management.send(new GetOrganizationsAccessReportCommand({ JobId: unknown })))).toEqual({
      name: "NoSuchEntityException",
      status: 404,
      message: `No job found for JobId ${unknown}.`,
    });
    const other = iamClient(h.url, await createKey(h.db, "111111111111"));
    const jobId = await report(ROOT_PATH);
    expect((await sdkFailure(other.send(new GetOrganizationsAccessReportCommand({ JobId: jobId })))).name).toBe("NoSuchEntityException");
  });

  it("authorizes before reading anything: a user without permission gets AccessDenied", async () => {
    const ALICE = "arn:aws:iam::111111111111:user/alice";
    const alice = iamClient(h.url, await createKey(h.db, "111111111111", "alice"));
    expect(await sdkFailure(alice.send(new GenerateOrganizationsAccessReportCommand({ EntityPath: ROOT_PATH })))).toEqual(
      deniedWithoutPolicy(ALICE, "GenerateOrganizationsAccessReport", `arn:aws:iam::111111111111:access-report/${ROOT_PATH}`),
    );
    expect(await sdkFailure(alice.send(new GetOrganizationsAccessReportCommand({ JobId: await report(ROOT_PATH) })))).toEqual(
      deniedWithoutPolicy(ALICE, "GetOrganizationsAccessReport", "*"),
    );
  });
});
