// Authorization of calls on one delegation request, before anything about it is answered: the caller's
// own policies, plus the default permissions IAM grants the request's owner, modelled as a resource
// policy on the request naming the owner (an explicit deny in the owner's policies still wins).
// https://docs.aws.amazon.com/IAM/latest/UserGuide/access_policies-temporary-delegation.html#temporary-delegation-managing-permissions
import { authorize } from "@/lib/authz/authorize";
import type { Caller } from "@/lib/authz/caller";
import { db } from "@/lib/db";
import { loadPolicy } from "@/lib/policy";
import { delegationRequestArn, noSuchRequest, visibleTo, type DelegationRequestRow } from "./shape";

/**
 * What the owner may do without a policy saying so: get and update the request (documented), read its
 * summary ("identical to GetDelegationRequest"), and reject it or send its token [INF]. Accepting needs
 * iam:AcceptDelegationRequest ("You must have the iam:AcceptDelegationRequest permission").
 */
export const OWNER_DEFAULT_ACTIONS = [
  "iam:GetDelegationRequest",
  "iam:GetHumanReadableSummary",
  "iam:UpdateDelegationRequest",
  "iam:RejectDelegationRequest",
  "iam:SendDelegationToken",
];

function ownerDefaults(row: DelegationRequestRow, arn: string) {
  if (!row.ownerId) return undefined;
  const doc = JSON.stringify({
    Version: "2012-10-17",
    Statement: [{ Sid: "DelegationRequestOwner", Effect: "Allow", Principal: { AWS: row.ownerId }, Action: OWNER_DEFAULT_ACTIONS, Resource: arn }],
  });
  const loaded = loadPolicy(doc, { type: "resource", id: `delegation-request:${row.id}`, name: "default permissions of the delegation request owner" });
  return loaded.ok ? loaded.policy : undefined;
}

/** Authorizes `action` on request `id` (found or not), then requires it to exist and be visible. */
export async function authorizedRequest(caller: Caller, action: string, id: string): Promise<DelegationRequestRow> {
  const row = await db.delegationRequest.findUnique({ where: { id } });
  const arn = delegationRequestArn(caller.accountId, id);
  await authorize(caller, action, arn, {
    resourcePolicy: row ? ownerDefaults(row, arn) : undefined,
    context: row?.ownerId ? { "iam:DelegationRequestOwner": row.ownerId } : undefined,
  });
  if (!row || !visibleTo(row, caller)) throw noSuchRequest(id);
  return row;
}
