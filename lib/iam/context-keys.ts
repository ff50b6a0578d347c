// GetContextKeysForCustomPolicy / GetContextKeysForPrincipalPolicy: the context keys a simulation of
// the policies needs values for. AWS's own example
// (https://docs.aws.amazon.com/IAM/latest/UserGuide/iam_example_iam_GetContextKeysForCustomPolicy_section.html)
// answers ["aws:username", "aws:CurrentTime"] for a statement whose Resource holds ${aws:username}
// and whose Condition tests aws:CurrentTime: policy variables count as well as condition keys, each
// key is spelled as first written, and keys come in document order. Keys are case-insensitive, so a
// key written twice in different case is listed once [INF].
import { db } from "@/lib/db";
import { authorize } from "@/lib/authz/authorize";
import type { Caller } from "@/lib/authz/caller";
import { attachedAndInline } from "@/lib/authz/policies";
import { AwsError } from "@/lib/errors";
import { parsePolicy, type ParsedPolicy } from "@/lib/policy";
import { variableKeys } from "@/lib/policy/evaluate/variables";
import { policyOwnersOf } from "./principal-by-arn";

function parseInput(text: string): ParsedPolicy {
  const parsed = parsePolicy(text, "identity", { maxSize: Number.POSITIVE_INFINITY });
  if (!parsed.ok) throw new AwsError(parsed.error.code === "LimitExceeded" ? "LimitExceeded" : "MalformedPolicyDocument", parsed.error.message);
  return parsed.policy;
}

/** Every key the policies read, in document order, each once. */
export function contextKeysOf(policies: ParsedPolicy[]): string[] {
  const seen = new Map<string, string>();
  const add = (key: string) => {
    if (!seen.has(key.toLowerCase())) seen.set(key.toLowerCase(), key);
  };
  for (const p of policies) {
    for (const s of p.statements) {
      for (const r of [...(s.resource ?? []), ...(s.notResource ?? [])]) variableKeys(r).forEach(add);
      for (const entries of Object.values(s.condition ?? {})) {
        for (const [key, value] of Object.entries(entries)) {
          add(key);
          for (const v of Array.isArray(value) ? value : [value]) if (typeof v === "string") variableKeys(v).forEach(add);
        }
      }
    }
  }
  return [...seen.values()];
}

export async function getContextKeysForCustomPolicy(caller: Caller, input: { policyInputList: string[] }) {
  // The Service Authorization Reference lists no resource type for this action: it is authorized on "*".
  await authorize(caller, "iam:GetContextKeysForCustomPolicy", "*");
  return { ContextKeyNames: contextKeysOf(input.policyInputList.map(parseInput)) };
}

export async function getContextKeysForPrincipalPolicy(caller: Caller, input: { policySourceArn: string; policyInputList: string[] }) {
  await authorize(caller, "iam:GetContextKeysForPrincipalPolicy", input.policySourceArn);
  const owners = await policyOwnersOf(caller.accountId, input.policySourceArn);
  const extra = input.policyInputList.map(parseInput);
  const stored = await attachedAndInline(db, owners);
  return { ContextKeyNames: contextKeysOf([...stored.map((c) => c.parsed), ...extra]) };
}
