// The Decision panel of an AccessDenied event (clone extension, spec §1.5): what the "Simulate this
// request" link pre-fills (the principal, the action and the resource), read from the decoded
// authorization message when the caller may decode it, else from the record's own fields.
import type { DecodedMessage } from "@/lib/authz/decoded-message";

export interface SimulateTarget {
  /** The principal to simulate: the user, or the role behind an assumed-role session. */
  source: string;
  action: string;
  resource: string;
}

export interface EventDecision {
  /** The encoded authorization failure message (sts:DecodeAuthorizationMessage reads it), when the record kept one. */
  encodedMessage?: string;
  /** The decoded explanation, when the caller holds sts:DecodeAuthorizationMessage. */
  decoded?: DecodedMessage;
  /** Why there is no decoded explanation. */
  undecoded?: "AccessDenied" | "InvalidMessage" | "NotRecorded";
  simulate?: SimulateTarget;
}

/** AWS's denial codes: IAM and STS say AccessDenied, JSON services such as CloudTrail AccessDeniedException. */
export function isDenialCode(code: string | undefined): boolean {
  return code === "AccessDenied" || code === "AccessDeniedException";
}

// AWS's denial text: "User: <arn> is not authorized to perform: <action>[ on resource: <resource>] because …"
const DENIAL = /^User: (\S+) is not authorized to perform: (\S+?)(?: on resource: (.+?))?(?: because .*| with an explicit deny.*)?$/;

function str(v: unknown): string | undefined {
  return typeof v === "string" && v ? v : undefined;
}

/** The principal the simulator can take: an assumed-role session becomes its role (SimulatePrincipalPolicy's PolicySourceArn). */
function simulationSource(record: Record<string, unknown>, fallback?: string): string | undefined {
  const identity = (record.userIdentity ?? {}) as Record<string, unknown>;
  const issuer = ((identity.sessionContext ?? {}) as Record<string, unknown>).sessionIssuer as Record<string, unknown> | undefined;
  if (identity.type === "AssumedRole" && str(issuer?.arn)) return str(issuer?.arn);
  return str(identity.arn) ?? fallback;
}

export function simulateTarget(cloudTrailEvent: string, decoded?: DecodedMessage): SimulateTarget | undefined {
  let record: Record<string, unknown>;
  try {
    record = JSON.parse(cloudTrailEvent) as Record<string, unknown>;
  } catch {
    return undefined;
  }
  if (!record || typeof record !== "object") return undefined;
  const parsed = DENIAL.exec(str(record.errorMessage) ?? "");
  const action = decoded?.context.action ?? parsed?.[2];
  const source = simulationSource(record, decoded?.context.principal.arn ?? parsed?.[1]);
  if (!action || !source) return undefined;
  return { source, action, resource: decoded?.context.resource || parsed?.[3] || "*" };
}

/** The simulator's URL for a target (slice 05's page reads source, action and resource). */
export function simulateHref(t: SimulateTarget): string {
  return `/policysim?${new URLSearchParams({ source: t.source, action: t.action, resource: t.resource })}`;
}
