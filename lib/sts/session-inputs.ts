// The request-side inputs every credential-issuing STS call shares: session tags (with their
// case-insensitive key rules), session policies, and the PackedPolicySize they consume.
import { deflateRawSync } from "node:zlib";
import { AwsError, validationError } from "@/lib/errors";
import { parsePolicy } from "@/lib/policy";
import type { SessionTag } from "./credentials";

/**
 * AWS's packing algorithm is not public (spec §7 [INF]). Deflated canonical JSON against this budget
 * puts a minimal inline policy at ~7 % (AWS reports 6–8 %) and 50 long tags well above 100 %.
 */
export const PACKED_BUDGET_BYTES = 1024;

export interface TagPlan {
  /** The new session's tags: inherited transitive tags overridden by the tags passed now. */
  tags: SessionTag[];
  transitiveTagKeys: string[];
}

/** Tag semantics (spec §1.2.4 step 5), after the wire layer has checked lengths and patterns. */
export function planTags(passed: SessionTag[], transitive: string[], inherited: { tags: SessionTag[]; transitiveTagKeys: string[] }): TagPlan {
  const seen = new Set<string>();
  for (const t of passed) {
    const k = t.Key.toLowerCase();
    if (seen.has(k)) throw new AwsError("InvalidParameterValue", "Duplicate tag keys found. Please note that Tag keys are case insensitive.");
    seen.add(k);
  }
  for (const k of transitive) {
    if (!seen.has(k.toLowerCase())) {
      throw new AwsError("InvalidParameterValue", "The specified transitive tag key must be included in the requested tags.");
    }
  }
  const inheritedKeys = new Set(inherited.transitiveTagKeys.map((k) => k.toLowerCase()));
  for (const t of passed) {
    if (inheritedKeys.has(t.Key.toLowerCase())) {
      throw new AwsError(
        "InvalidParameterValue",
        "One of the specified transitive tag keys can't be set because it conflicts with a transitive tag key from the calling session.",
      );
    }
  }
  const carried = inherited.tags.filter((t) => inheritedKeys.has(t.Key.toLowerCase()));
  const keys = new Map<string, string>();
  for (const k of [...inherited.transitiveTagKeys, ...transitive]) if (!keys.has(k.toLowerCase())) keys.set(k.toLowerCase(), k);
  return { tags: [...carried, ...passed], transitiveTagKeys: [...keys.values()] };
}

/** The plaintext limit of an inline session policy, in characters as written (whitespace included). */
export const SESSION_POLICY_MAX = 2048;

/**
 * Parses an inline session policy; AWS's MalformedPolicyDocument passes through. Too long is the
 * model's length constraint — ValidationError naming 'policy' — whoever calls (the wire checks it
 * first, in its place among the other parameters).
 */
export function checkSessionPolicy(text: string | undefined): void {
  if (text === undefined) return;
  if (text.length > SESSION_POLICY_MAX) throw validationError("policy", text, `Member must have length less than or equal to ${SESSION_POLICY_MAX}`);
  const parsed = parsePolicy(text, "session");
  if (!parsed.ok) throw new AwsError(parsed.error.code, parsed.error.message);
}

/**
 * Percentage of the packed budget used by session policy + policy ARNs + tags; undefined when the
 * request passed none of them (AssumeRole then omits PackedPolicySize). Throws PackedPolicyTooLarge.
 */
export function packedPolicySize(input: { policy?: string; policyArns: string[]; tags: SessionTag[]; passedAnything: boolean }): number | undefined {
  if (!input.passedAnything) return undefined;
  const canonical = JSON.stringify({
    p: input.policy === undefined ? undefined : JSON.stringify(safeJson(input.policy)),
    a: input.policyArns,
    t: input.tags.map((t) => [t.Key, t.Value]),
  });
  const percent = Math.ceil((100 * deflateRawSync(Buffer.from(canonical)).length) / PACKED_BUDGET_BYTES);
  if (percent > 100) {
    const what = input.policy === undefined && input.policyArns.length === 0 ? "Packed size of session tags" : "Packed policy";
    const message =
      what === "Packed policy"
        ? `Packed policy consumes ${percent}% of allotted space, please use smaller policy.`
        : `Packed size of session tags consumes ${percent}% of allotted space.`;
    throw new AwsError("PackedPolicyTooLarge", message);
  }
  return percent;
}

/**
 * The session policies and the new session's tags, checked together as AssumeRole* calls do: the inline
 * policy must parse, then everything passed must fit the packed budget.
 */
export function checkSessionInputs(input: { policy?: string; policyArns?: string[]; tags: SessionTag[]; tagsPassed: boolean }) {
  checkSessionPolicy(input.policy);
  const policyArns = input.policyArns ?? [];
  const packed = packedPolicySize({
    policy: input.policy,
    policyArns,
    tags: input.tags,
    passedAnything: input.policy !== undefined || policyArns.length > 0 || input.tagsPassed,
  });
  return { policyArns, packed };
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}
