// A counter of writes that can change authorization: policies, attachments, memberships, principals,
// organization policies. Caches of "who may do what" compare it instead of trusting every caller
// to remember to invalidate. Timestamp-only updates (last used, last sign-in) don't count.
// This counter is the process's own (instant); other instances learn of the write through the
// shared generation row that lib/db.ts bumps after the write commits (lib/data/generation.ts).

const AUTHZ_MODELS = new Set([
  "Account",
  "User",
  "Group",
  "GroupMembership",
  "Role",
  "ManagedPolicy",
  "PolicyVersion",
  "PolicyAttachment",
  "InlinePolicy",
  "OrgPolicy",
  "OrgPolicyAttachment",
  "Tag",
  // Not policies, but what the access graph's edges depend on: which providers exist, and which
  // principals can present MFA (lib/graph).
  "IdentityProvider",
  "MfaDevice",
]);
const WRITES = new Set(["create", "createMany", "createManyAndReturn", "update", "updateMany", "updateManyAndReturn", "upsert", "delete", "deleteMany"]);
// An MFA code used (lastCounter) changes nobody's permissions either.
const TIMESTAMP_ONLY = new Set(["lastUsedAt", "lastUsedRegion", "passwordLastUsed", "lastCounter"]);

// On globalThis: the production server (server.ts) loads this module twice in one process — inside
// the Next bundle (console routes) and outside it (the wire endpoint) — and a console write must
// reach the wire's policy cache at once.
const shared = globalThis as unknown as { __iamAuthzGeneration?: { value: number; publish?: () => Promise<void> } };
const generation = (shared.__iamAuthzGeneration ??= { value: 0 });

export function authzGeneration(): number {
  return generation.value;
}

/** Counts the write when it can change authorization; true when it did. */
export function noteWrite(model: string | undefined, operation: string, args: unknown): boolean {
  if (!model || !AUTHZ_MODELS.has(model) || !WRITES.has(operation)) return false;
  const data = (args as { data?: unknown } | undefined)?.data;
  if ((operation === "update" || operation === "updateMany") && data && typeof data === "object" && !Array.isArray(data)) {
    if (Object.keys(data).every((k) => TIMESTAMP_ONLY.has(k))) return false;
  }
  generation.value++;
  return true;
}

/** How the process's main client tells other instances (lib/db.ts registers it). */
export function setSharedPublisher(publish: () => Promise<void>): void {
  generation.publish = publish;
}

/**
 * Raw SQL bypasses the client's hooks: code that writes authorization data that way must call
 * this once the write has committed (and await it before answering, so other instances see it).
 */
export async function noteRawAuthzWrite(): Promise<void> {
  generation.value++;
  await generation.publish?.();
}
