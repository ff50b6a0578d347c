// Service last-accessed jobs with real Query parameters over a seeded sandbox: the console's report
// for a role, user, group or policy, as GetServiceLastAccessedDetails shapes and pages it.
import { beforeAll, describe, expect, it } from "vitest";
import { parseForm, successXml, type CallMeta } from "@/lib/aws-query";
import type { ServiceLastAccessed } from "@/lib/iam/last-accessed/jobs";
import { ACCT, failure, openSandbox, trustDoc, type Sandbox } from "@/lib/testing/sandbox";

let sb: Sandbox;
let actions: typeof import("./iam-last-accessed").iamLastAccessedActions;
let roleActions: typeof import("./iam-roles").iamRoleActions;
let groups: typeof import("@/lib/iam/groups");
let users: typeof import("@/lib/iam/users/crud");

const meta = {} as CallMeta;
const form = (fields: Record<string, string>) => parseForm(new URLSearchParams(fields).toString());
const NS = "https://iam.amazonaws.com/doc/2010-05-08/";
const DAY = 86_400_000;
const now = Date.now();
const ago = (days: number) => new Date(now - days * DAY);
const allow = (...actions: string[]) => JSON.stringify({ Version: "2012-10-17", Statement: [{ Effect: "Allow", Action: actions, Resource: "*" }] });
const ROLE_ARN = `arn:aws:iam::${ACCT}:role/LaRole`;
const session = (name: string) => `arn:aws:sts::${ACCT}:assumed-role/LaRole/${name}`;

type Report = { JobStatus: string; JobType: string; JobCreationDate: Date; JobCompletionDate: Date; ServicesLastAccessed: ServiceLastAccessed[]; IsTruncated: boolean; Marker?: string };

async function event(principalArn: string, action: string, time: Date) {
  await sb.db.activityEvent.create({ data: { accountId: ACCT, principalArn, action, result: "Success", requestId: `r-${Math.random()}`, source: "api", time } });
}

async function report(arn: string, extra: Record<string, string> = {}, page: Record<string, string> = {}): Promise<Report> {
  const { JobId } = (await actions.GenerateServiceLastAccessedDetails(form({ Arn: arn, ...extra }), sb.admin, meta)) as { JobId: string };
  expect(JobId).toHaveLength(36);
  return (await actions.GetServiceLastAccessedDetails(form({ JobId, ...page }), sb.admin, meta)) as Report;
}
const service = (r: Report, ns: string) => r.ServicesLastAccessed.find((s) => s.ServiceNamespace === ns);

beforeAll(async () => {
  sb = await openSandbox();
  ({ iamLastAccessedActions: actions } = await import("./iam-last-accessed"));
  ({ iamRoleActions: roleActions } = await import("./iam-roles"));
  groups = await import("@/lib/iam/groups");
  users = await import("@/lib/iam/users/crud");
  await roleActions.CreateRole(form({ RoleName: "LaRole", AssumeRolePolicyDocument: trustDoc({ AWS: `arn:aws:iam::${ACCT}:root` }) }), sb.admin, meta);
  await roleActions.PutRolePolicy(form({ RoleName: "LaRole", PolicyName: "reads", PolicyDocument: allow("s3:Get*", "iam:List*", "lambda:ListFunctions") }), sb.admin, meta);
  // Two sessions of one role: one entity. The role's IAM call is the last one and names us-east-1.
  await event(session("one"), "s3:GetObject", ago(3));
  await event(session("two"), "s3:ListBucket", ago(2));
  await event(session("two"), "iam:ListRoles", ago(1));
}, 90_000);

describe("GenerateServiceLastAccessedDetails / GetServiceLastAccessedDetails", () => {
  it("reports a role's services at service level, its sessions counted as the role", async () => {
    const r = await report(ROLE_ARN);
    expect(r).toMatchObject({ JobStatus: "COMPLETED", JobType: "SERVICE_LEVEL", IsTruncated: false });
    expect(r.JobCompletionDate.getTime()).toBeGreaterThanOrEqual(r.JobCreationDate.getTime());
    expect(r.ServicesLastAccessed.map((s) => s.ServiceNamespace)).toEqual(["iam", "s3", "lambda"]);
    expect(service(r, "s3")).toEqual({
      ServiceName: "Amazon S3",
      ServiceNamespace: "s3",
      LastAuthenticated: ago(2),
      LastAuthenticatedEntity: ROLE_ARN,
      LastAuthenticatedRegion: undefined,
      TotalAuthenticatedEntities: 1,
      TrackedActionsLastAccessed: undefined,
    });
    expect(service(r, "iam")).toMatchObject({ LastAuthenticated: ago(1), LastAuthenticatedRegion: "us-east-1", TotalAuthenticatedEntities: 1 });
    expect(service(r, "lambda")).toMatchObject({ LastAuthenticated: undefined, LastAuthenticatedEntity: undefined, TotalAuthenticatedEntities: 0 });
  });

  it("adds tracked actions at action level", async () => {
    const r = await report(ROLE_ARN, { Granularity: "ACTION_LEVEL" });
    expect(r.JobType).toBe("ACTION_LEVEL");
    expect(service(r, "s3")?.TrackedActionsLastAccessed).toEqual([
      { ActionName: "ListBucket", LastAccessedEntity: ROLE_ARN, LastAccessedTime: ago(2), LastAccessedRegion: undefined },
      { ActionName: "GetObject", LastAccessedEntity: ROLE_ARN, LastAccessedTime: ago(3), LastAccessedRegion: undefined },
    ]);
    // Lambda is tracked per action, but nothing was called: the member is left out.
    expect(service(r, "lambda")?.TrackedActionsLastAccessed).toBeUndefined();
  });

  it("reports a group's members, a user with its group's policies, and a managed policy's entities", async () => {
    await users.createUser(sb.admin, { userName: "la-bob" });
    const bob = `arn:aws:iam::${ACCT}:user/la-bob`;
    await groups.createGroup(sb.admin, { groupName: "LaGroup" });
    await groups.addUserToGroup(sb.admin, "LaGroup", "alice");
    await groups.addUserToGroup(sb.admin, "LaGroup", "la-bob");
    await groups.attachGroupPolicy(sb.admin, "LaGroup", "arn:aws:iam::aws:policy/AmazonEC2ReadOnlyAccess");
    await event(sb.alice.arn, "ec2:DescribeInstances", ago(4));
    await event(bob, "ec2:DescribeVpcs", ago(1));

    const group = await report(`arn:aws:iam::${ACCT}:group/LaGroup`);
    expect(service(group, "ec2")).toMatchObject({ LastAuthenticated: ago(1), LastAuthenticatedEntity: bob, TotalAuthenticatedEntities: 2 });

    const alice = await report(sb.alice.arn, { Granularity: "ACTION_LEVEL" });
    expect(service(alice, "ec2")).toMatchObject({
      LastAuthenticated: ago(4),
      LastAuthenticatedEntity: sb.alice.arn,
      TotalAuthenticatedEntities: 1,
      TrackedActionsLastAccessed: [{ ActionName: "DescribeInstances", LastAccessedEntity: sb.alice.arn }],
    });

    await roleActions.AttachRolePolicy(form({ RoleName: "LaRole", PolicyArn: "arn:aws:iam::aws:policy/AmazonEC2ReadOnlyAccess" }), sb.admin, meta);
    await event(session("three"), "ec2:DescribeRegions", ago(6));
    const policy = await report("arn:aws:iam::aws:policy/AmazonEC2ReadOnlyAccess");
    expect(service(policy, "ec2")).toMatchObject({ LastAuthenticated: ago(1), LastAuthenticatedEntity: bob, TotalAuthenticatedEntities: 3 });
  });

  it("pages the report with MaxItems and Marker, and renders the AWS XML", async () => {
    const first = await report(ROLE_ARN, {}, { MaxItems: "1" });
    expect(first.ServicesLastAccessed.map((s) => s.ServiceNamespace)).toEqual(["iam"]);
    expect(first.IsTruncated).toBe(true);
    const { JobId } = (await actions.GenerateServiceLastAccessedDetails(form({ Arn: ROLE_ARN }), sb.admin, meta)) as { JobId: string };
    const pages: string[][] = [];
    let marker: string | undefined;
    do {
      const p = (await actions.GetServiceLastAccessedDetails(form({ JobId, MaxItems: "2", ...(marker ? { Marker: marker } : {}) }), sb.admin, meta)) as Report;
      pages.push(p.ServicesLastAccessed.map((s) => s.ServiceNamespace));
      marker = p.IsTruncated ? p.Marker : undefined;
    } while (marker);
    const out = (await actions.GetServiceLastAccessedDetails(form({ JobId }), sb.admin, meta)) as Report;
    // Pages of two that together are the whole report, in its order, each row once.
    expect(pages.length).toBeGreaterThan(2);
    expect(pages.every((p) => p.length <= 2)).toBe(true);
    expect(pages.flat()).toEqual(out.ServicesLastAccessed.map((s) => s.ServiceNamespace));
    const xml = successXml("GetServiceLastAccessedDetails", NS, out, "rid");
    expect(xml).toContain("<JobStatus>COMPLETED</JobStatus><JobType>SERVICE_LEVEL</JobType><JobCreationDate>");
    expect(xml).toContain(
      `<member><ServiceName>Amazon S3</ServiceName><ServiceNamespace>s3</ServiceNamespace><LastAuthenticated>${ago(2).toISOString().replace(/\.\d{3}Z$/, "Z")}</LastAuthenticated><LastAuthenticatedEntity>${ROLE_ARN}</LastAuthenticatedEntity><TotalAuthenticatedEntities>1</TotalAuthenticatedEntities></member>`,
    );
    expect(xml).toContain("<IsTruncated>false</IsTruncated>");
  });

  it("answers NoSuchEntity, InvalidInput and ValidationError as IAM does", async () => {
    const gen = (fields: Record<string, string>) => failure(actions.GenerateServiceLastAccessedDetails(form(fields), sb.admin, meta));
    expect(await gen({ Arn: `arn:aws:iam::${ACCT}:role/Nobody` })).toEqual({ code: "NoSuchEntity", message: "The role with name Nobody cannot be found." });
    expect(await gen({ Arn: `arn:aws:iam::${ACCT}:user/nobody` })).toMatchObject({ code: "NoSuchEntity" });
    expect(await gen({ Arn: `arn:aws:iam::${ACCT}:role/other/path/LaRole` })).toMatchObject({ code: "NoSuchEntity" });
    // Another account's entity: a cross-account IAM call, denied before any look-up
    // (https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_evaluation-logic-cross-account.html).
    expect(await gen({ Arn: `arn:aws:iam::222222222222:role/LaRole` })).toMatchObject({ code: "AccessDenied" });
    expect(await gen({ Arn: `arn:aws:iam::${ACCT}:policy/Nope` })).toEqual({ code: "NoSuchEntity", message: `Policy arn:aws:iam::${ACCT}:policy/Nope was not found.` });
    expect(await gen({ Arn: "arn:aws:s3:::some-bucket-name" })).toEqual({ code: "InvalidInput", message: "ARN arn:aws:s3:::some-bucket-name is not valid." });
    expect(await gen({ Arn: ROLE_ARN, Granularity: "RESOURCE_LEVEL" })).toEqual({
      code: "ValidationError",
      message:
        "1 validation error detected: Value 'RESOURCE_LEVEL' at 'granularity' failed to satisfy constraint: Member must satisfy enum value set: [SERVICE_LEVEL, ACTION_LEVEL]",
    });
    expect(await gen({})).toEqual({
      code: "ValidationError",
      message: "1 validation error detected: Value null at 'arn' failed to satisfy constraint: Member must not be null",
    });

    const get = (fields: Record<string, string>, caller = sb.admin) => failure(actions.GetServiceLastAccessedDetails(form(fields), caller, meta));
    expect((await get({ JobId: "short" })).code).toBe("ValidationError");
    expect((await get({ JobId: "00000000-0000-0000-0000-000000000000" })).code).toBe("NoSuchEntity");
    const { JobId } = (await actions.GenerateServiceLastAccessedDetails(form({ Arn: ROLE_ARN }), sb.admin, meta)) as { JobId: string };
    expect((await get({ JobId, MaxItems: "0" })).code).toBe("ValidationError");
    // Only the principal that generated a job reads it.
    expect((await get({ JobId }, sb.root)).code).toBe("NoSuchEntity");
  });

  it("authorizes iam:GenerateServiceLastAccessedDetails on the entity and iam:GetServiceLastAccessedDetails on *", async () => {
    const gen = await failure(actions.GenerateServiceLastAccessedDetails(form({ Arn: ROLE_ARN }), sb.alice, meta));
    expect(gen.code).toBe("AccessDenied");
    expect(gen.message).toContain(`iam:GenerateServiceLastAccessedDetails on resource: ${ROLE_ARN}`);
    const got = await failure(actions.GetServiceLastAccessedDetails(form({ JobId: "00000000-0000-0000-0000-000000000000" }), sb.alice, meta));
    expect(got.code).toBe("AccessDenied");
    expect(got.message).toBe(
      "User: arn:aws:iam::111111111111:user/alice is not authorized to perform: iam:GetServiceLastAccessedDetails because no identity-based policy allows the iam:GetServiceLastAccessedDetails action",
    );
  });
});
