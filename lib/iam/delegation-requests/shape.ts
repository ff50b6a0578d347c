// A delegation request's row, its wire shape (the DelegationRequest structure), its lifecycle clock and
// who may see it. https://docs.aws.amazon.com/IAM/latest/UserGuide/temporary-delegation-building-integration.html
import type { DelegationRequest as Row } from "@/generated/prisma/client";
import type { Caller } from "@/lib/authz/caller";
import { AwsError } from "@/lib/errors";
import type { PolicyParameter } from "./templates";
import { roleRestrictionArns } from "./templates";

export type { Row as DelegationRequestRow };

export type DelegationState = "UNASSIGNED" | "ASSIGNED" | "PENDING_APPROVAL" | "ACCEPTED" | "REJECTED" | "FINALIZED" | "EXPIRED";

const DAY_MS = 24 * 3600 * 1000;

/**
 * "Expiration Path": Unassigned → Expired (1 day); Assigned, Pending Approval, Accepted, Rejected and
 * Finalized → Expired (7 days). Each clock starts when the request enters the state [INF].
 */
export function expiryFor(state: Exclude<DelegationState, "EXPIRED">, from: Date): Date {
  return new Date(from.getTime() + (state === "UNASSIGNED" ? DAY_MS : 7 * DAY_MS));
}

/** The state as of `now`: a request past its expiry is EXPIRED whatever it was. */
export function stateAt(row: Row, now: Date): DelegationState {
  return row.expiresAt.getTime() <= now.getTime() ? "EXPIRED" : (row.state as DelegationState);
}

/** The delegation-request ARN, in the calling account (the request as that account sees it) [INF]. */
export function delegationRequestArn(accountId: string, id: string): string {
  return `arn:aws:iam::${accountId}:delegation-request/${id}`;
}

/** [INF] AWS's wording for an unknown delegation request is not documented. */
export function noSuchRequest(id: string): AwsError {
  return new AwsError("NoSuchEntity", `The delegation request with ID ${id} cannot be found.`);
}

/**
 * Who may see the request (GetDelegationRequest, GetHumanReadableSummary): the requesting partner's
 * account; with no owner account, any account; with an owner account, identities in that account.
 * (API_GetDelegationRequest; the requestor's own visibility is [INF].)
 */
export function visibleTo(row: Row, caller: Caller): boolean {
  if (row.requestorAccountId === caller.accountId) return true;
  return row.ownerAccountId === null || row.ownerAccountId === caller.accountId;
}

export function isOwner(row: Row, caller: Caller): boolean {
  return row.ownerId !== null && row.ownerId === caller.arn;
}

function parameters(row: Row): PolicyParameter[] {
  try {
    const v: unknown = JSON.parse(row.parameters);
    return Array.isArray(v) ? (v as PolicyParameter[]) : [];
  } catch {
    return [];
  }
}

/** The DelegationRequest structure AWS returns (API_DelegationRequest). */
export function toWire(row: Row, now: Date) {
  const restrictions = roleRestrictionArns(row.permissionPolicy);
  return {
    DelegationRequestId: row.id,
    OwnerAccountId: row.ownerAccountId ?? undefined,
    Description: row.description,
    RequestMessage: row.requestMessage ?? undefined,
    Permissions: { PolicyTemplateArn: row.policyTemplateArn, Parameters: parameters(row) },
    PermissionPolicy: row.permissionPolicy,
    RolePermissionRestrictionArns: restrictions.length ? restrictions : undefined,
    OwnerId: row.ownerId ?? undefined,
    ApproverId: row.approverId ?? undefined,
    State: stateAt(row, now),
    ExpirationTime: row.expiresAt,
    RequestorId: row.requestorAccountId,
    RequestorName: row.requestorName,
    CreateDate: row.createdAt,
    SessionDuration: row.sessionDuration,
    RedirectUrl: row.redirectUrl ?? undefined,
    Notes: row.notes ?? undefined,
    RejectionReason: row.rejectionReason ?? undefined,
    OnlySendByOwner: row.onlySendByOwner,
    UpdatedTime: row.updatedAt,
  };
}

export type DelegationRequestShape = ReturnType<typeof toWire>;
