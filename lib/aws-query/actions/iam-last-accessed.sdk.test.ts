// Service last-accessed jobs through the real @aws-sdk/client-iam against the real endpoint: the SDK
// parses the job's dates, the tracked actions and the paging members as IAM sends them.
import { AddUserToGroupCommand, CreateGroupCommand, GenerateServiceLastAccessedDetailsCommand, PutGroupPolicyCommand, RemoveUserFromGroupCommand, GetServiceLastAccessedDetailsCommand, GetServiceLastAccessedDetailsWithEntitiesCommand, IAMClient } from "@aws-sdk/client-iam";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ADMIN_111, createKey, sdkFailure, startHarness, type Harness } from "@/lib/wire/testing";

const ACCT = "111111111111";
let h: Harness;
let client: IAMClient;

beforeAll(async () => {
  h = await startHarness();
  client = new IAMClient({ endpoint: h.url, region: "us-east-1", credentials: ADMIN_111 });
}, 90_000);
afterAll(async () => h?.close());

describe("service last-accessed jobs over the SDK", () => {
  it("generates an action-level report for a user and reads it back with MaxItems", async () => {
    const alice = `arn:aws:iam::${ACCT}:user/alice`;
    const user = await h.db.user.findFirstOrThrow({ where: { accountId: ACCT, name: "alice" } });
    const policy = await h.db.managedPolicy.findFirstOrThrow({ where: { name: "IAMReadOnlyAccess" } });
    await h.db.policyAttachment.create({ data: { policyId: policy.id, principalType: "user", principalId: user.id } });
    const when = new Date(Date.now() - 86_400_000);
    when.setMilliseconds(0);
    await h.db.activityEvent.create({ data: { accountId: ACCT, principalArn: alice, action: "iam:GetRole", result: "Success", requestId: "r-sdk", source: "api", time: when } });

    const { JobId } = await client.send(new GenerateServiceLastAccessedDetailsCommand({ Arn: alice, Granularity: "ACTION_LEVEL" }));
    expect(JobId).toMatch(/^[0-9a-f-]{36}$/);
    const first = await client.send(new GetServiceLastAccessedDetailsCommand({ JobId, MaxItems: 1 }));
    expect(first).toMatchObject({ JobStatus: "COMPLETED", JobType: "ACTION_LEVEL", IsTruncated: false });
    expect(first.JobCreationDate).toBeInstanceOf(Date);
    expect(first.ServicesLastAccessed).toEqual([
      {
        ServiceName: "AWS Identity and Access Management (IAM)",
        ServiceNamespace: "iam",
        LastAuthenticated: when,
        LastAuthenticatedEntity: alice,
        LastAuthenticatedRegion: "us-east-1",
        TotalAuthenticatedEntities: 1,
        TrackedActionsLastAccessed: [{ ActionName: "GetRole", LastAccessedEntity: alice, LastAccessedTime: when, LastAccessedRegion: "us-east-1" }],
      },
    ]);
    const err = await client.send(new GetServiceLastAccessedDetailsCommand({ JobId: "00000000-0000-0000-0000-000000000000" })).catch((e: Error) => e);
    expect(err).toMatchObject({ name: "NoSuchEntityException" });
    await h.db.policyAttachment.deleteMany({ where: { principalType: "user", principalId: user.id } });
  });

  it("lists the group members that called a service, with their own last call (WithEntities)", async () => {
    // https://docs.aws.amazon.com/IAM/latest/APIReference/API_GetServiceLastAccessedDetailsWithEntities.html
    const user = await h.db.user.findFirstOrThrow({ where: { accountId: ACCT, name: "alice" } });
    await client.send(new CreateGroupCommand({ GroupName: "Auditors" }));
    await client.send(new AddUserToGroupCommand({ GroupName: "Auditors", UserName: "alice" }));
    const iamRead = JSON.stringify({ Version: "2012-10-17", Statement: [{ Effect: "Allow", Action: "iam:Get*", Resource: "*" }] });
    await client.send(new PutGroupPolicyCommand({ GroupName: "Auditors", PolicyName: "iam-read", PolicyDocument: iamRead }));
    const group = { arn: `arn:aws:iam::${ACCT}:group/Auditors` };
    const when = new Date(Date.now() - 3_600_000);
    when.setMilliseconds(0);
    await h.db.activityEvent.create({ data: { accountId: ACCT, principalArn: user.arn, action: "iam:GetUser", result: "Success", requestId: "r-ent", source: "api", time: when } });

    const { JobId } = await client.send(new GenerateServiceLastAccessedDetailsCommand({ Arn: group.arn }));
    const got = await client.send(new GetServiceLastAccessedDetailsWithEntitiesCommand({ JobId, ServiceNamespace: "iam" }));
    expect(got).toMatchObject({ JobStatus: "COMPLETED", IsTruncated: false });
    expect(got.EntityDetailsList).toEqual([{ EntityInfo: { Arn: user.arn, Name: "alice", Type: "USER", Id: user.id, Path: user.path }, LastAuthenticated: when }]);
    expect((await client.send(new GetServiceLastAccessedDetailsWithEntitiesCommand({ JobId, ServiceNamespace: "s3" }))).EntityDetailsList ?? []).toEqual([]);

    expect(await sdkFailure(client.send(new GetServiceLastAccessedDetailsWithEntitiesCommand({ JobId: "00000000-0000-0000-0000-000000000000", ServiceNamespace: "iam" })))).toMatchObject({ name: "NoSuchEntityException", status: 404 });
    const bad = await sdkFailure(client.send(new GetServiceLastAccessedDetailsWithEntitiesCommand({ JobId, ServiceNamespace: "i am" })));
    expect(bad).toMatchObject({ name: "ValidationError", status: 400 });
    // The job is its creator's: alice (allowed by the group's iam:Get*) does not find it; once out of
    // the group she is refused before the job is looked up.
    const alice = new IAMClient({ endpoint: h.url, region: "us-east-1", credentials: await createKey(h.db, ACCT, "alice"), maxAttempts: 1 });
    expect(await sdkFailure(alice.send(new GetServiceLastAccessedDetailsWithEntitiesCommand({ JobId, ServiceNamespace: "iam" })))).toMatchObject({ name: "NoSuchEntityException", status: 404 });
    await client.send(new RemoveUserFromGroupCommand({ GroupName: "Auditors", UserName: "alice" }));
    expect(await sdkFailure(alice.send(new GetServiceLastAccessedDetailsWithEntitiesCommand({ JobId, ServiceNamespace: "iam" })))).toMatchObject({ name: "AccessDenied", status: 403 });
  });
});
