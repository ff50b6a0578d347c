// userIdentity per principal type (spec §1.3, https://docs.aws.amazon.com/awscloudtrail/latest/userguide/cloudtrail-event-reference-user-identity.html).
// Objects are built member by member in AWS's order: the record's JSON keeps insertion order.
import { callerUserId, type Caller } from "@/lib/authz/caller";
import { trailTime } from "./formats";
import type { TrailActor } from "./types";

export type Identity = Record<string, unknown>;

export interface IdentityOptions {
  /** The access key the request was signed with (omitted when absent, as for console sign-ins). */
  accessKeyId?: string;
  /** Root's userName: the account alias, when the account has one. */
  accountAlias?: string;
  /** A service (or "AWS Internal", the console) made the call on the principal's behalf. */
  invokedBy?: string;
  /** When a console session began, for a console call without STS session credentials. */
  sessionCreatedAt?: Date;
}

/** The name a failed sign-in is logged under when the user does not exist [DOC]. */
export const HIDDEN_USER_NAME = "HIDDEN_DUE_TO_SECURITY_REASONS";

const lastSegment = (arn: string) => arn.slice(arn.lastIndexOf("/") + 1);

/** aws:userid as AWS writes it, also for a session the caller object carries without its row. */
function principalIdOf(caller: Caller): string {
  const sessionName = caller.session?.name || lastSegment(caller.arn);
  if (caller.kind === "assumed-role") return `${caller.role?.id ?? ""}:${sessionName}`;
  if (caller.kind === "federated-user") return `${caller.accountId}:${sessionName}`;
  return callerUserId(caller);
}

function attributes(caller: Caller, createdAt: Date): Identity {
  return { creationDate: trailTime(createdAt), mfaAuthenticated: caller.mfa ? "true" : "false" };
}

/** The principal that issued a federated-user session: its IAM user, or the account's root. */
function federationIssuer(caller: Caller): Identity {
  const by = caller.federatedBy ?? `arn:aws:iam::${caller.accountId}:root`;
  if (by.endsWith(":root")) return { type: "Root", principalId: caller.accountId, arn: by, accountId: caller.accountId };
  return { type: "IAMUser", principalId: caller.userId ?? "", arn: by, accountId: caller.accountId, userName: lastSegment(by) };
}

function sessionContext(caller: Caller, options: IdentityOptions): Identity | undefined {
  const createdAt = caller.session?.issuedAt ?? options.sessionCreatedAt;
  if (!createdAt) return undefined;
  if (caller.kind === "assumed-role") {
    const role = caller.role ?? { id: "", arn: "", name: "" };
    // webIdFederationData is omitted when empty [OBS 2025]; a web-identity session's names its provider,
    // with no attributes for an IAM OIDC provider [OBS: EKS IRSA and GitHub Actions records]; sourceIdentity follows attributes.
    const context: Identity = {
      sessionIssuer: { type: "Role", principalId: role.id, arn: role.arn, accountId: caller.accountId, userName: role.name },
    };
    const provider = caller.session?.webIdentityProvider;
    if (provider) context.webIdFederationData = { federatedProvider: provider, attributes: {} };
    context.attributes = attributes(caller, createdAt);
    if (caller.session?.sourceIdentity) context.sourceIdentity = caller.session.sourceIdentity;
    return context;
  }
  const issuer = caller.kind === "federated-user" ? federationIssuer(caller) : {};
  const context: Identity = { sessionIssuer: issuer, webIdFederationData: {}, attributes: attributes(caller, createdAt) };
  if (caller.session?.sourceIdentity) context.sourceIdentity = caller.session.sourceIdentity;
  return context;
}

function callerIdentity(caller: Caller, options: IdentityOptions): Identity {
  const id: Identity = {};
  switch (caller.kind) {
    case "root":
      Object.assign(id, { type: "Root", principalId: caller.accountId, arn: `arn:aws:iam::${caller.accountId}:root`, accountId: caller.accountId });
      if (options.accessKeyId !== undefined) id.accessKeyId = options.accessKeyId;
      if (options.accountAlias) id.userName = options.accountAlias;
      break;
    case "user":
      Object.assign(id, { type: "IAMUser", principalId: caller.userId ?? "", arn: caller.arn, accountId: caller.accountId });
      if (options.accessKeyId !== undefined) id.accessKeyId = options.accessKeyId;
      id.userName = caller.userName ?? lastSegment(caller.arn);
      break;
    case "assumed-role":
    case "federated-user":
      Object.assign(id, {
        type: caller.kind === "assumed-role" ? "AssumedRole" : "FederatedUser",
        principalId: principalIdOf(caller),
        arn: caller.arn,
        accountId: caller.accountId,
      });
      if (options.accessKeyId !== undefined) id.accessKeyId = options.accessKeyId;
      break;
  }
  const context = sessionContext(caller, options);
  if (context) id.sessionContext = context;
  if (options.invokedBy) id.invokedBy = options.invokedBy;
  return id;
}

/** The userIdentity of the account that made (or is named by) the call. */
export function userIdentity(actor: TrailActor, options: IdentityOptions = {}): Identity {
  switch (actor.kind) {
    case "caller":
      return callerIdentity(actor.caller, options);
    case "web-identity":
      // With an IAM OIDC provider, the issuer part is the provider's ARN [OBS].
      return {
        type: "WebIdentityUser",
        principalId: `${actor.identityProvider}:${actor.audience}:${actor.subject}`,
        userName: actor.subject,
        identityProvider: actor.identityProvider,
      };
    case "saml":
      return { type: "SAMLUser", principalId: `${actor.nameQualifier}:${actor.subject}`, userName: actor.subject, identityProvider: actor.nameQualifier };
    case "service":
      return { type: "AWSService", invokedBy: actor.invokedBy };
    case "sign-in-failure": {
      // [DOC] a failed sign-in carries an empty accessKeyId; an unknown name is hidden.
      const id: Identity = { type: "IAMUser" };
      if (actor.knownUser) id.principalId = actor.knownUser.userId;
      id.accountId = actor.accountId;
      id.accessKeyId = "";
      id.userName = actor.knownUser ? (actor.userName ?? lastSegment(actor.knownUser.arn)) : HIDDEN_USER_NAME;
      return id;
    }
  }
}

/**
 * The role account's copy of a cross-account call [OBS 2020 pair]: the caller is only an account
 * there, named by its unique id (AIDA…, AROA…:session, or the account id for root).
 */
export function accountIdentity(caller: Caller): Identity {
  return { type: "AWSAccount", principalId: principalIdOf(caller), accountId: caller.accountId };
}

/** LookupEvents' Username (spec §1.6): user name, "root", the session name; absent for AWSService. */
export function trailUsername(actor: TrailActor): string | undefined {
  switch (actor.kind) {
    case "caller": {
      const c = actor.caller;
      if (c.kind === "root") return "root";
      if (c.kind === "user") return c.userName ?? lastSegment(c.arn);
      return c.session?.name || lastSegment(c.arn);
    }
    case "web-identity":
    case "saml":
      return actor.subject;
    case "sign-in-failure":
      return actor.knownUser ? actor.userName : HIDDEN_USER_NAME;
    case "service":
      return undefined;
  }
}

/** The account a call belongs to first: the caller's, or for unsigned calls the provider's. */
export function actorAccountId(actor: TrailActor): string | undefined {
  switch (actor.kind) {
    case "caller":
      return actor.caller.accountId;
    case "web-identity":
    case "saml":
      return /^arn:[^:]+:iam::(\d{12}):/.exec(actor.identityProvider)?.[1];
    case "sign-in-failure":
    case "service":
      return actor.accountId;
  }
}
