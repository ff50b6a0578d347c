import { MSG } from "../messages";
import type { PolicyError, PolicyType } from "../types";

/** Characters as IAM counts them: whitespace outside string literals is free (spec §7). */
export function policySize(text: string): number {
  let n = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      n++;
      if (c === 0x5c) {
        // An escape pair is counted as written; skip its second character's string-end check.
        if (i + 1 < text.length) {
          n++;
          i++;
        }
      } else if (c === 0x22) inString = false;
      continue;
    }
    if (c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d) continue;
    if (c === 0x22) inString = true;
    n++;
  }
  return n;
}

export type InlineEntity = "role" | "user" | "group";

/** Aggregate inline-policy budgets per entity (IAM quotas; whitespace not counted). */
export const INLINE_LIMITS: Record<InlineEntity, number> = { role: 10240, user: 2048, group: 5120 };

/** Per-document limits by policy type. "identity" alone means a managed policy (6,144). */
export const SIZE_LIMITS: Record<PolicyType, number> = {
  trust: 2048,
  identity: 6144,
  boundary: 6144,
  resource: 20480, // S3 bucket policies, the largest common RBP; IAM never stores these
  scp: 5120,
  rcp: 5120,
  session: 2048,
};

export interface SizeOptions {
  /** The document is (part of) an inline policy of this entity: apply the aggregate limit instead. */
  inline?: { entity: InlineEntity; name: string };
  /** Raised quota, e.g. ACLSizePerRole up to 4,096. */
  maxSize?: number;
}

export function sizeError(size: number, type: PolicyType, opts?: SizeOptions): PolicyError | undefined {
  if (opts?.inline && (type === "identity" || type === "boundary")) {
    const max = opts.maxSize ?? INLINE_LIMITS[opts.inline.entity];
    return size > max ? MSG.inlineTooLarge(opts.inline.entity, opts.inline.name, max) : undefined;
  }
  const max = opts?.maxSize ?? SIZE_LIMITS[type];
  if (size <= max) return undefined;
  switch (type) {
    case "trust":
      return MSG.trustTooLarge(max);
    case "identity":
    case "boundary":
    case "resource":
      return MSG.managedTooLarge(max);
    case "scp":
    case "rcp":
      return MSG.orgPolicyTooLarge(max);
    case "session":
      return MSG.sessionTooLarge(max);
    default: {
      const never: never = type;
      return never;
    }
  }
}
