// The delegation-request lifecycle: a partner creates a request; an identity of the customer account
// associates it, updates it (forwarding it to an administrator), accepts or rejects it, and releases
// the exchange token. https://docs.aws.amazon.com/IAM/latest/UserGuide/temporary-delegation-building-integration.html
import { randomBytes, randomUUID } from "node:crypto";
import { authorize } from "@/lib/authz/authorize";
import { deniedByRule } from "@/lib/authz/access-denied";
import type { Caller } from "@/lib/authz/caller";
import { db } from "@/lib/db";
import { AwsError } from "@/lib/errors";
import { pageRequest, type PageInput } from "../pagination";
import { page } from "../roles/paging";
import { uniqueOr } from "../roles/unique";
import { authorizedRequest } from "./access";
import { delegationRequestArn, expiryFor, isOwner, stateAt, toWire, type DelegationRequestRow, type DelegationRequestShape, type DelegationState } from "./shape";
import { renderPolicy, templateFor, type PolicyParameter } from "./templates";
import { serverNow } from "@/lib/server-now";

/** "The maximum duration for delegated access is 12 hours. However, root users can only approve
 *  delegation requests with a duration of 4 hours or less." (access_policies-temporary-delegation) */
export const MAX_SESSION_DURATION = 12 * 3600;
/** [INF] The floor is STS's shortest session (15 minutes); AWS documents only the ceiling. */
export const MIN_SESSION_DURATION = 900;
export const ROOT_MAX_SESSION_DURATION = 4 * 3600;
/** [INF] AWS's wording for the root-approval limit is not documented. */
export const ROOT_APPROVAL_LIMIT = "Root users can only approve delegation requests with a session duration of 4 hours or less.";

export interface CreateInput {
  ownerAccountId?: string;
  description: string;
  policyTemplateArn?: string;
  parameters: PolicyParameter[];
  requestMessage?: string;
  requestorWorkflowId: string;
  redirectUrl?: string;
  notificationChannel: string;
  sessionDuration: number;
  onlySendByOwner?: boolean;
  now?: Date;
}

/** "At this time, only SNS topic ARNs are accepted for notification." (API_CreateDelegationRequest) */
const SNS_TOPIC = /^arn:aws[a-z-]*:sns:[a-z0-9-]+:\d{12}:[A-Za-z0-9_-]{1,256}$/;

function invalid(message: string): AwsError {
  return new AwsError("InvalidInput", message);
}

export async function createDelegationRequest(caller: Caller, input: CreateInput): Promise<{ ConsoleDeepLink: string; DelegationRequestId: string }> {
  const now = input.now ?? serverNow();
  const id = randomUUID();
  const arn = delegationRequestArn(caller.accountId, id);
  await authorize(caller, "iam:CreateDelegationRequest", arn, {
    now,
    context: {
      "iam:DelegationDuration": String(input.sessionDuration),
      "iam:NotificationChannel": input.notificationChannel,
      "iam:TemplateArn": input.policyTemplateArn,
    },
  });
  // [INF] the order and wording of these service checks are not documented.
  if (!SNS_TOPIC.test(input.notificationChannel)) throw invalid("NotificationChannel must be the ARN of an Amazon SNS topic.");
  if (input.sessionDuration < MIN_SESSION_DURATION || input.sessionDuration > MAX_SESSION_DURATION) {
    throw invalid(`SessionDuration must be between ${MIN_SESSION_DURATION} and ${MAX_SESSION_DURATION} seconds.`);
  }
  if (input.ownerAccountId === caller.accountId) throw invalid("OwnerAccountId must not be the requesting account.");
  if (!input.policyTemplateArn) throw invalid("Permissions must name a PolicyTemplateArn.");
  const template = await templateFor(caller.accountId, input.policyTemplateArn);
  if (!template) throw invalid(`The policy template ${input.policyTemplateArn} is not registered for this account.`);
  const permissionPolicy = renderPolicy(template, input.parameters);
  const account = await db.account.findUnique({ where: { id: caller.accountId }, select: { name: true, alias: true } });
  await uniqueOr(
    db.delegationRequest.create({
      data: {
        id,
        requestorAccountId: caller.accountId,
        requestorName: account?.name ?? account?.alias ?? caller.accountId,
        requestorWorkflowId: input.requestorWorkflowId,
        ownerAccountId: input.ownerAccountId ?? null,
        state: "UNASSIGNED",
        description: input.description,
        requestMessage: input.requestMessage ?? null,
        policyTemplateArn: input.policyTemplateArn,
        parameters: JSON.stringify(input.parameters),
        permissionPolicy,
        sessionDuration: input.sessionDuration,
        redirectUrl: input.redirectUrl ?? null,
        notificationChannel: input.notificationChannel,
        onlySendByOwner: input.onlySendByOwner ?? false,
        createdAt: now,
        updatedAt: now,
        expiresAt: expiryFor("UNASSIGNED", now),
      },
    }),
    () => new AwsError("EntityAlreadyExists", `A delegation request with RequestorWorkflowId ${input.requestorWorkflowId} already exists.`),
  );
  // [INF] the deep link's form: AWS's console page for the request.
  return { ConsoleDeepLink: `https://console.aws.amazon.com/iam/home#/delegation-requests/${id}`, DelegationRequestId: id };
}

export async function getDelegationRequest(caller: Caller, id: string, opts: { permissionCheck?: boolean; now?: Date } = {}) {
  const row = await authorizedRequest(caller, "iam:GetDelegationRequest", id);
  const now = opts.now ?? serverNow();
  // [INF] The permission check is asynchronous on AWS; here it is reported as started, never finished.
  return { DelegationRequest: toWire(row, now), ...(opts.permissionCheck ? { PermissionCheckStatus: "IN_PROGRESS" } : {}) };
}

/**
 * Requests owned by an identity of the caller's account (an assigned request without an owner is not
 * listed: API_ListDelegationRequests), and [INF] the requests the caller's account created, newest first.
 */
export async function listDelegationRequests(caller: Caller, input: PageInput & { ownerId?: string; now?: Date } = {}) {
  const { maxItems, after } = pageRequest(input);
  await authorize(caller, "iam:ListDelegationRequests", "*", {
    context: input.ownerId ? { "iam:DelegationRequestOwner": input.ownerId } : undefined,
  });
  const rows = await db.delegationRequest.findMany({
    where: {
      OR: [{ ownerAccountId: caller.accountId, ownerId: { not: null } }, { requestorAccountId: caller.accountId }],
      ...(input.ownerId !== undefined ? { ownerId: input.ownerId } : {}),
      ...(after !== undefined ? { id: { gt: after } } : {}),
    },
    orderBy: { id: "asc" },
    take: maxItems + 1,
  });
  const now = input.now ?? serverNow();
  const { items, IsTruncated, Marker } = page(rows, maxItems, (r) => r.id);
  const list: DelegationRequestShape[] = items.map((r) => toWire(r, now));
  // The model spells this member `isTruncated` (ListDelegationRequestsResponse).
  return { DelegationRequests: list, Marker, isTruncated: IsTruncated };
}

/** Moves the request from one of `from` to `to` if nobody moved it meanwhile. */
async function transition(
  row: DelegationRequestRow,
  now: Date,
  from: DelegationState[],
  to: Exclude<DelegationState, "EXPIRED">,
  data: Partial<DelegationRequestRow>,
  wrongState: (state: DelegationState) => AwsError,
): Promise<DelegationRequestRow> {
  const state = stateAt(row, now);
  if (!from.includes(state)) throw wrongState(state);
  const { count } = await db.delegationRequest.updateMany({
    where: { id: row.id, state: row.state, updatedAt: row.updatedAt },
    data: { ...data, state: to, updatedAt: now, expiresAt: expiryFor(to, now) },
  });
  if (count === 0) throw concurrent();
  return { ...row, ...data, state: to, updatedAt: now, expiresAt: expiryFor(to, now) };
}

function concurrent(): AwsError {
  return new AwsError("ConcurrentModification", "The delegation request was modified by another request. Wait a few minutes and submit your request again.");
}

/** [INF] AWS's wording for a call the request's state does not allow. */
function stateError(action: string) {
  return (state: DelegationState) => invalid(`Cannot ${action} a delegation request in state ${state}.`);
}

/** Customer-side calls come from the owner account; elsewhere the request is not there [INF]. */
function requireOwnerAccount(row: DelegationRequestRow, caller: Caller, id: string): void {
  if (row.ownerAccountId !== caller.accountId) throw new AwsError("NoSuchEntity", `The delegation request with ID ${id} cannot be found.`);
}

export async function associateDelegationRequest(caller: Caller, id: string, now = serverNow()): Promise<void> {
  const row = await authorizedRequest(caller, "iam:AssociateDelegationRequest", id);
  if (row.requestorAccountId === caller.accountId && row.ownerAccountId !== caller.accountId) {
    throw invalid("A delegation request cannot be associated with the account that requested it.");
  }
  await transition(row, now, ["UNASSIGNED"], "ASSIGNED", { ownerId: caller.arn, ownerAccountId: caller.accountId }, stateError("associate"));
}

/** UpdateDelegationRequest: notes for the administrator; the request reaches PENDING_APPROVAL. */
export async function updateDelegationRequest(caller: Caller, id: string, notes: string | undefined, now = serverNow()): Promise<void> {
  const row = await authorizedRequest(caller, "iam:UpdateDelegationRequest", id);
  requireOwnerAccount(row, caller, id);
  await transition(row, now, ["ASSIGNED", "PENDING_APPROVAL"], "PENDING_APPROVAL", notes !== undefined ? { notes } : {}, stateError("update"));
}

/** Who accepted, as IAM records it: the identity the delegated credentials are issued for. */
export interface Approver {
  kind: Caller["kind"];
  arn: string;
  userId?: string;
  roleId?: string;
  sessionName?: string;
}

export async function acceptDelegationRequest(caller: Caller, id: string, now = serverNow()): Promise<void> {
  const row = await authorizedRequest(caller, "iam:AcceptDelegationRequest", id);
  requireOwnerAccount(row, caller, id);
  if (caller.kind === "root" && row.sessionDuration > ROOT_MAX_SESSION_DURATION) throw deniedByRule(ROOT_APPROVAL_LIMIT);
  if (caller.kind === "federated-user") throw deniedByRule("Federated users cannot approve delegation requests."); // [INF]
  const approver: Approver = { kind: caller.kind, arn: caller.arn, userId: caller.userId, roleId: caller.role?.id, sessionName: caller.session?.name };
  // Accept lists no InvalidInput error: a request no longer awaiting approval was changed by someone else [INF].
  await transition(row, now, ["ASSIGNED", "PENDING_APPROVAL"], "ACCEPTED", { approverId: caller.arn, approver: JSON.stringify(approver) }, () => concurrent());
}

/** "Once a request is rejected, it cannot be accepted or updated later. Rejected requests expire after 7 days." */
export async function rejectDelegationRequest(caller: Caller, id: string, notes: string | undefined, now = serverNow()): Promise<void> {
  const row = await authorizedRequest(caller, "iam:RejectDelegationRequest", id);
  requireOwnerAccount(row, caller, id);
  await transition(row, now, ["ASSIGNED", "PENDING_APPROVAL", "ACCEPTED"], "REJECTED", { rejectionReason: notes ?? null }, stateError("reject"));
}

/** "The delegation request must be in the ACCEPTED state"; it becomes FINALIZED and the token goes out. */
export async function sendDelegationToken(caller: Caller, id: string, now = serverNow()): Promise<void> {
  const row = await authorizedRequest(caller, "iam:SendDelegationToken", id);
  requireOwnerAccount(row, caller, id);
  // [INF] AWS's wording when OnlySendByOwner stops someone else.
  if (row.onlySendByOwner && !isOwner(row, caller)) throw deniedByRule("Only the owner of this delegation request can send its delegation token.");
  const token = randomBytes(48).toString("base64url");
  await transition(row, now, ["ACCEPTED"], "FINALIZED", { tradeInToken: token, finalizedAt: now }, stateError("send the token of"));
}

/**
 * The sandbox's stand-in for the partner's SNS topic: the exchange tokens released for the requests
 * `accountId` created (AWS publishes them to the request's NotificationChannel).
 */
export async function deliveredTokens(accountId: string): Promise<Array<{ DelegationRequestId: string; NotificationChannel: string; TradeInToken: string }>> {
  const rows = await db.delegationRequest.findMany({ where: { requestorAccountId: accountId, tradeInToken: { not: null } }, orderBy: { finalizedAt: "asc" } });
  return rows.map((r) => ({ DelegationRequestId: r.id, NotificationChannel: r.notificationChannel, TradeInToken: r.tradeInToken ?? "" }));
}
