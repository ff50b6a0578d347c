// The contracts between the CloudTrail parts (issue #14, spec ../shared/spec/observability-spec.md §1):
// what a call looks like to the recorder (TrailCall), the records it becomes (TrailRecord, one per
// account that sees the call), and how they are looked up (LookupQuery). The builder
// (lib/cloudtrail/record.ts) turns TrailCall into TrailRecord[]; the store (lib/data/trail-events.ts)
// appends and looks them up; LookupEvents, the Event history page and the graph's observed overlay read it.
import type { AnonymousCaller, Caller } from "@/lib/authz/caller";

export type TrailEventSource =
  | "iam.amazonaws.com"
  | "sts.amazonaws.com"
  | "signin.amazonaws.com"
  | "cloudtrail.amazonaws.com"
  | "organizations.amazonaws.com"
  | "access-analyzer.amazonaws.com"
  | "rolesanywhere.amazonaws.com";

/** Who made the call, as far as the recorder knows (spec §1.3). */
export type TrailActor =
  /** A resolved principal (root, IAM user, assumed-role or federated-user session). */
  | { kind: "caller"; caller: Caller }
  /** AssumeRoleWithWebIdentity: the token's issuer (the oidc-provider ARN when IAM has one), aud and sub. */
  | { kind: "web-identity"; caller: AnonymousCaller; identityProvider: string; audience: string; subject: string }
  /** AssumeRoleWithSAML: the assertion's NameQualifier and Subject, and the SAML provider ARN. */
  | { kind: "saml"; caller: AnonymousCaller; nameQualifier: string; subject: string; identityProvider: string }
  /** A failed console sign-in: the account (when known) and the name that was typed (logged hidden when unknown). */
  | { kind: "sign-in-failure"; accountId: string; userName?: string; knownUser?: { arn: string; userId: string } }
  /** An AWS service acting on its own (service-linked role deletion tasks and the like). */
  | { kind: "service"; accountId: string; invokedBy: string };

/** One request as the recorder sees it: everything needed to build its CloudTrail record(s). */
export interface TrailCall {
  eventTime: Date;
  eventSource: TrailEventSource;
  /** The API name (AssumeRole, CreateRole, LookupEvents) or ConsoleLogin / SwitchRole. */
  eventName: string;
  /** IAM and sign-in: us-east-1; STS: the signing region. */
  awsRegion: string;
  actor: TrailActor;
  /** The access key the request was signed with (absent for console sign-ins and unsigned calls). */
  accessKeyId?: string;
  /** When the console session of a signed-in IAM user or root began (its sessionContext.attributes). */
  sessionCreatedAt?: Date;
  sourceIPAddress: string;
  userAgent: string;
  /** The response's RequestId (absent for sign-in events). */
  requestId?: string;
  /** The input as sent, in the wire's PascalCase with lists as arrays (the builder camelCases and redacts it). */
  request?: Record<string, unknown> | null;
  /** The action's result object before serialization (the builder keeps it only for calls that change something). */
  response?: Record<string, unknown> | null;
  error?: { code: string; message: string };
  /** The console made the call on the user's behalf (sessionCredentialFromConsole: "true"). */
  fromConsole?: boolean;
  /** Sign-in events: responseElements and additionalEventData as AWS writes them. */
  responseElements?: Record<string, unknown>;
  additionalEventData?: Record<string, unknown>;
  /** The account that owns the target when it is not the caller's (cross-account STS: a second record). */
  resourceAccountId?: string;
  /** Clone extension, never inside the JSON: the encoded authorization message of an AccessDenied. */
  decision?: string;
  /** Root callers: the account alias (userIdentity.userName), when the account has one. */
  accountAlias?: string;
  /** userIdentity.invokedBy: a service, or "AWS Internal" for STS calls the console makes for the user. */
  invokedBy?: string;
  /** Requests that came over HTTPS: tlsDetails (absent on plain HTTP). */
  tls?: TrailTls;
}

export interface TrailTls {
  tlsVersion: string;
  cipherSuite: string;
  clientProvidedHostHeader: string;
}

/** A LookupEvents resource entry (spec §1.6): AWS::IAM::Role, AWS::STS::AssumedRole, AWS::IAM::AccessKey… */
export interface TrailResource {
  type: string;
  name: string;
}

/** One CloudTrail record as one account stores it. `cloudTrailEvent` is the exact JSON text (key order kept). */
export interface TrailRecord {
  eventId: string;
  /** recipientAccountId: the account whose event history shows this copy. */
  accountId: string;
  eventTime: Date;
  eventName: string;
  eventSource: string;
  readOnly: boolean;
  /** LookupEvents' Username: the user name, "root", or the session name; absent for AWSService. */
  username?: string;
  accessKeyId?: string;
  errorCode?: string;
  requestId?: string;
  sharedEventId?: string;
  resources: TrailResource[];
  cloudTrailEvent: string;
  /** Clone extension (see TrailCall.decision). */
  decision?: string;
}

export const LOOKUP_ATTRIBUTE_KEYS = [
  "EventId",
  "EventName",
  "ReadOnly",
  "Username",
  "ResourceType",
  "ResourceName",
  "EventSource",
  "AccessKeyId",
] as const;
export type LookupAttributeKey = (typeof LOOKUP_ATTRIBUTE_KEYS)[number];

/** One account's events, newest first, filtered by at most one attribute (as AWS). */
export interface LookupQuery {
  accountId: string;
  attribute?: { key: LookupAttributeKey; value: string };
  startTime?: Date;
  endTime?: Date;
  /** 1–50 on the wire; the console may ask for more per page. */
  limit: number;
  /** Opaque position from the previous page's `next` (the store's own cursor). */
  after?: string;
}

export interface LookupPage {
  records: TrailRecord[];
  next?: string;
}
