// IAM's outbound identity federation switch for an account: Enable (creates the issuer and its keys
// the first time), Disable, and GetOutboundWebIdentityFederationInfo.
// AWS: https://docs.aws.amazon.com/IAM/latest/APIReference/API_EnableOutboundWebIdentityFederation.html
// AWS: https://docs.aws.amazon.com/IAM/latest/APIReference/API_DisableOutboundWebIdentityFederation.html
// AWS: https://docs.aws.amazon.com/IAM/latest/APIReference/API_GetOutboundWebIdentityFederationInfo.html
import { randomUUID } from "node:crypto";
import { Prisma } from "@/generated/prisma/client";
import { authorize } from "@/lib/authz/authorize";
import type { Caller } from "@/lib/authz/caller";
import { db } from "@/lib/db";
import { AwsError } from "@/lib/errors";
import { issuerUrl } from "./issuer";
import { freshKeys } from "./keys";

// [INF] AWS documents the codes and their meaning, not the message text; these say the same.
export const ALREADY_ENABLED = "Outbound identity federation is already enabled for this account.";
export const ALREADY_DISABLED = "Outbound identity federation is already disabled for this account.";
export const NEVER_ENABLED = "Outbound identity federation is not enabled for this account.";

export interface OutboundFederationInfo {
  IssuerIdentifier: string;
  JwtVendingEnabled: boolean;
}

/** The account's row (enabled or not), or null when the feature was never enabled. */
export function federationOf(accountId: string) {
  return db.outboundFederation.findUnique({ where: { accountId } });
}

export function federationByIssuer(issuerId: string) {
  return db.outboundFederation.findUnique({ where: { issuerId } });
}

const isUniqueViolation = (e: unknown) => e instanceof Prisma.PrismaClientKnownRequestError && e.code === "P2002";

export async function enableOutboundWebIdentityFederation(caller: Caller): Promise<{ IssuerIdentifier: string }> {
  await authorize(caller, "iam:EnableOutboundWebIdentityFederation", "*");
  const row = await federationOf(caller.accountId);
  if (row) {
    // Conditional on the state read, so of two racing Enables exactly one succeeds.
    const { count } = await db.outboundFederation.updateMany({ where: { accountId: caller.accountId, enabled: false }, data: { enabled: true } });
    if (count === 0) throw new AwsError("FeatureEnabled", ALREADY_ENABLED);
    return { IssuerIdentifier: issuerUrl(row.issuerId) };
  }
  const keys = await freshKeys();
  try {
    const created = await db.outboundFederation.create({ data: { accountId: caller.accountId, issuerId: randomUUID(), enabled: true, keys } });
    return { IssuerIdentifier: issuerUrl(created.issuerId) };
  } catch (e) {
    if (isUniqueViolation(e)) throw new AwsError("FeatureEnabled", ALREADY_ENABLED);
    throw e;
  }
}

export async function disableOutboundWebIdentityFederation(caller: Caller): Promise<void> {
  await authorize(caller, "iam:DisableOutboundWebIdentityFederation", "*");
  const { count } = await db.outboundFederation.updateMany({ where: { accountId: caller.accountId, enabled: true }, data: { enabled: false } });
  if (count === 0) throw new AwsError("FeatureDisabled", ALREADY_DISABLED);
}

/**
 * [INF] An account that never enabled the feature has no issuer to report: FeatureDisabled (the one
 * error AWS documents for this call). Once enabled, the issuer stays and JwtVendingEnabled says
 * whether tokens are issued now.
 */
export async function getOutboundWebIdentityFederationInfo(caller: Caller): Promise<OutboundFederationInfo> {
  await authorize(caller, "iam:GetOutboundWebIdentityFederationInfo", "*");
  const row = await federationOf(caller.accountId);
  if (!row) throw new AwsError("FeatureDisabled", NEVER_ENABLED);
  return { IssuerIdentifier: issuerUrl(row.issuerId), JwtVendingEnabled: row.enabled };
}

/** The console's view: the same call, with an account that never enabled the feature shown as off. */
export async function describeOutboundFederation(caller: Caller): Promise<{ IssuerIdentifier: string | null; JwtVendingEnabled: boolean }> {
  try {
    return await getOutboundWebIdentityFederationInfo(caller);
  } catch (e) {
    if (e instanceof AwsError && e.code === "FeatureDisabled") return { IssuerIdentifier: null, JwtVendingEnabled: false };
    throw e;
  }
}
