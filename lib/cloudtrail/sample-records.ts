// TrailRecords made up for store tests and the trail benchmark (bench/trail.bench.ts): plausible
// AssumeRole / IAM read / IAM write records in AWS's shape, appended straight to the store. Wire
// tests make their records by real calls instead. Import only from tests and benchmarks.
import { randomUUID } from "node:crypto";
import type { TrailRecord, TrailResource } from "./types";

export interface SampleOptions {
  accountId: string;
  eventTime: Date;
  eventName?: string;
  eventSource?: string;
  readOnly?: boolean;
  username?: string;
  accessKeyId?: string;
  errorCode?: string;
  resources?: TrailResource[];
  eventId?: string;
}

/** The resources LookupEvents shows for an AssumeRole (spec §1.6): the new key, the session three ways, the role. */
export function assumeRoleResources(accountId: string, role: string, session: string, sessionKey: string): TrailResource[] {
  return [
    { type: "AWS::IAM::AccessKey", name: sessionKey },
    { type: "AWS::STS::AssumedRole", name: session },
    { type: "AWS::STS::AssumedRole", name: `AROAEXAMPLE${role.toUpperCase().slice(0, 9)}:${session}` },
    { type: "AWS::STS::AssumedRole", name: `arn:aws:sts::${accountId}:assumed-role/${role}/${session}` },
    { type: "AWS::IAM::Role", name: `arn:aws:iam::${accountId}:role/${role}` },
  ];
}

export function sampleRecord(o: SampleOptions): TrailRecord {
  const eventId = o.eventId ?? randomUUID();
  const eventName = o.eventName ?? "ListRoles";
  const eventSource = o.eventSource ?? (eventName.startsWith("Assume") ? "sts.amazonaws.com" : "iam.amazonaws.com");
  const username = o.username ?? "alice";
  const accessKeyId = o.accessKeyId ?? "AKIAEXAMPLEALICE0001";
  const requestId = randomUUID();
  const readOnly = o.readOnly ?? /^(Get|List|Assume)/.test(eventName);
  const json = {
    eventVersion: "1.11",
    userIdentity: {
      type: "IAMUser",
      principalId: "AIDAEXAMPLEALICE0001",
      arn: `arn:aws:iam::${o.accountId}:user/${username}`,
      accountId: o.accountId,
      accessKeyId,
      userName: username,
    },
    eventTime: o.eventTime.toISOString().replace(/\.\d{3}Z$/, "Z"),
    eventSource,
    eventName,
    awsRegion: "us-east-1",
    sourceIPAddress: "203.0.113.10",
    userAgent: "aws-cli/2.31.0",
    ...(o.errorCode ? { errorCode: o.errorCode, errorMessage: "denied" } : {}),
    requestParameters: null,
    responseElements: null,
    requestID: requestId,
    eventID: eventId,
    readOnly,
    ...(o.resources?.length ? { resources: o.resources.map((r) => ({ accountId: o.accountId, type: r.type, ARN: r.name })) } : {}),
    eventType: "AwsApiCall",
    managementEvent: true,
    recipientAccountId: o.accountId,
    eventCategory: "Management",
  };
  return {
    eventId,
    accountId: o.accountId,
    eventTime: o.eventTime,
    eventName,
    eventSource,
    readOnly,
    username,
    accessKeyId,
    errorCode: o.errorCode,
    requestId,
    resources: o.resources ?? [],
    cloudTrailEvent: JSON.stringify(json),
  };
}
