// The AWS CLI (Debian's /usr/bin/aws, v2) reading CloudTrail's event history over the JSON 1.1
// protocol at the same endpoint (spec observability §1.6; https://docs.aws.amazon.com/cli/latest/reference/cloudtrail/lookup-events.html):
// a denied and a successful `sts assume-role` made with the CLI show up in
// `aws cloudtrail lookup-events --lookup-attributes AttributeKey=EventName,AttributeValue=AssumeRole`,
// newest first, with CloudTrailEvent as the record's JSON text; LookupEvents is authorized and
// answers AWS's errors to the CLI.
import { expect, test } from "@playwright/test";
import { awsCli, cliOk } from "./support/cli";
import { IDENTITY, cliError, deleteUser, doc, identityAdmin, trust, userWithKey } from "./support/seed-cli";

const aws = awsCli();
const USER = "trail-cli-dana";
const ROLE = "TrailCliReader";
const ROLE_ARN = `arn:aws:iam::${IDENTITY}:role/${ROLE}`;

interface LookupEvent {
  EventId: string;
  EventName: string;
  ReadOnly: string;
  EventTime: string;
  EventSource: string;
  Username?: string;
  Resources: { ResourceType: string; ResourceName: string }[];
  CloudTrailEvent: string;
}

test("lookup-events lists the CLI's AssumeRole calls, denied and allowed, with the record as JSON text", async ({ baseURL }) => {
  const url = baseURL as string;
  const dana = await userWithKey(aws, url, USER);
  await cliOk(aws(url, identityAdmin, ["iam", "create-role", "--role-name", ROLE, "--assume-role-policy-document", trust({ AWS: `arn:aws:iam::${IDENTITY}:user/${USER}` })]));
  await cliOk(aws(url, identityAdmin, ["iam", "put-user-policy", "--user-name", USER, "--policy-name", "AssumeReader", "--policy-document", doc({ Effect: "Allow", Action: "sts:AssumeRole", Resource: ROLE_ARN })]));

  // Denied first (no policy allows this role), then allowed.
  const other = `arn:aws:iam::${IDENTITY}:role/TrailCliMissing`;
  expect(await cliError(aws(url, dana, ["sts", "assume-role", "--role-arn", other, "--role-session-name", "probe"]))).toContain(
    `An error occurred (AccessDenied) when calling the AssumeRole operation: User: arn:aws:iam::${IDENTITY}:user/${USER} is not authorized to perform: sts:AssumeRole on resource: ${other}`,
  );
  await cliOk(aws(url, dana, ["sts", "assume-role", "--role-arn", ROLE_ARN, "--role-session-name", "dana-reads"]));

  const out = await cliOk(aws(url, identityAdmin, ["cloudtrail", "lookup-events", "--lookup-attributes", "AttributeKey=EventName,AttributeValue=AssumeRole", "--region", "us-east-1"]));
  const mine = (out.Events as LookupEvent[]).filter((e) => e.Username === USER);
  expect(mine.map((e) => e.EventName)).toEqual(["AssumeRole", "AssumeRole"]);
  const [allowed, denied] = mine;
  expect(typeof allowed.CloudTrailEvent).toBe("string");
  // CLI v2 prints timestamps in ISO 8601 with the offset.
  expect(allowed.EventTime).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+00:00$/);
  expect(allowed).toMatchObject({ ReadOnly: "true", EventSource: "sts.amazonaws.com" });
  expect(allowed.Resources).toContainEqual({ ResourceType: "AWS::IAM::Role", ResourceName: ROLE_ARN });

  const ok = JSON.parse(allowed.CloudTrailEvent) as Record<string, unknown>;
  expect(Object.keys(ok).slice(0, 5)).toEqual(["eventVersion", "userIdentity", "eventTime", "eventSource", "eventName"]);
  expect(ok).toMatchObject({ eventName: "AssumeRole", eventID: allowed.EventId, recipientAccountId: IDENTITY, requestParameters: { roleArn: ROLE_ARN, roleSessionName: "dana-reads" } });
  expect(allowed.CloudTrailEvent).not.toContain("secretAccessKey");

  const no = JSON.parse(denied.CloudTrailEvent) as Record<string, unknown>;
  expect(no).toMatchObject({ eventName: "AssumeRole", errorCode: "AccessDenied", requestParameters: null });
  expect(no).not.toHaveProperty("resources");

  // The same event by its id, and by the user name.
  const byId = await cliOk(aws(url, identityAdmin, ["cloudtrail", "lookup-events", "--lookup-attributes", `AttributeKey=EventId,AttributeValue=${allowed.EventId}`]));
  expect((byId.Events as LookupEvent[]).map((e) => e.CloudTrailEvent)).toEqual([allowed.CloudTrailEvent]);

  // The five other lookup attributes through the CLI (spec §1.7 item 6: all eight), from just before the call.
  const since = new Date(Date.parse(allowed.EventTime) - 60_000).toISOString();
  const accessKeyId = (allowed as LookupEvent & { AccessKeyId?: string }).AccessKeyId;
  expect(accessKeyId).toMatch(/^AKIA/);
  for (const [key, value] of [
    ["AccessKeyId", accessKeyId!],
    ["ResourceName", ROLE_ARN],
    ["ResourceType", "AWS::IAM::Role"],
    ["EventSource", "sts.amazonaws.com"],
    ["ReadOnly", "true"],
  ]) {
    const found = await cliOk(aws(url, identityAdmin, ["cloudtrail", "lookup-events", "--start-time", since, "--lookup-attributes", `AttributeKey=${key},AttributeValue=${value}`]));
    expect((found.Events as LookupEvent[]).map((e) => e.EventId), `${key}=${value}`).toContain(allowed.EventId);
  }
  const writes = await cliOk(aws(url, identityAdmin, ["cloudtrail", "lookup-events", "--start-time", since, "--lookup-attributes", "AttributeKey=ReadOnly,AttributeValue=false"]));
  expect((writes.Events as LookupEvent[]).map((e) => e.EventId)).not.toContain(allowed.EventId);
  await deleteUser(aws, url, USER);
});

test("lookup-events is authorized first, answers AWS's errors, and is itself recorded", async ({ baseURL }) => {
  const url = baseURL as string;
  const name = "trail-cli-erin";
  const erin = await userWithKey(aws, url, name);
  expect(await cliError(aws(url, erin, ["cloudtrail", "lookup-events", "--max-results", "99"]))).toBe(
    `An error occurred (AccessDeniedException) when calling the LookupEvents operation: User: arn:aws:iam::${IDENTITY}:user/${name} is not authorized to perform: cloudtrail:LookupEvents because no identity-based policy allows the cloudtrail:LookupEvents action`,
  );
  await cliOk(aws(url, identityAdmin, ["iam", "attach-user-policy", "--user-name", name, "--policy-arn", "arn:aws:iam::aws:policy/AWSCloudTrail_ReadOnlyAccess"]));
  expect(await cliError(aws(url, erin, ["cloudtrail", "lookup-events", "--max-results", "99"]))).toContain("(InvalidMaxResultsException)");
  expect(
    await cliError(aws(url, erin, ["cloudtrail", "lookup-events", "--lookup-attributes", "AttributeKey=EventName,AttributeValue=A", "AttributeKey=Username,AttributeValue=b"])),
  ).toContain("(InvalidLookupAttributesException)");
  expect(await cliError(aws(url, erin, ["cloudtrail", "lookup-events", "--start-time", "2026-01-02", "--end-time", "2026-01-01"]))).toContain("(InvalidTimeRangeException)");

  const own = await cliOk(aws(url, erin, ["cloudtrail", "lookup-events", "--lookup-attributes", `AttributeKey=Username,AttributeValue=${name}`]));
  const names = (own.Events as LookupEvent[]).map((e) => e.EventName);
  // Her denied and refused lookups are there, newest first, as cloudtrail.amazonaws.com events.
  expect(names.filter((n) => n === "LookupEvents").length).toBeGreaterThanOrEqual(2);
  const lookup = (own.Events as LookupEvent[]).find((e) => e.EventName === "LookupEvents")!;
  expect(lookup.EventSource).toBe("cloudtrail.amazonaws.com");
  await cliOk(aws(url, identityAdmin, ["iam", "detach-user-policy", "--user-name", name, "--policy-arn", "arn:aws:iam::aws:policy/AWSCloudTrail_ReadOnlyAccess"]));
  await deleteUser(aws, url, name);
});
