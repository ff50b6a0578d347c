// The edge panel's content (spec §3.4): both sides of the edge's decision in its minimal context —
// the identity statements and the trust statements that allowed it (Sid, lines in the policy's text),
// and the boundary, SCPs and RCPs that were applied.
import type { PolicyExplanation } from "@/lib/policy";
import { statementSpans } from "@/lib/iam/simulate/positions";
import type { EdgeExplanation } from "./types";
import type { BuiltGraph } from "./build";

type Side = EdgeExplanation["trust"];

/** Each policy's statement spans, from its text (the trust policy's, or an identity policy's by its id). */
function side(explanation: PolicyExplanation[], roles: string[], textOf: (policyId: string) => string | undefined): Side | undefined {
  const considered = explanation.filter((p) => roles.includes(p.role) && p.applies);
  if (considered.length === 0) return undefined;
  const statements: Side["statements"] = [];
  let denied = false;
  for (const p of considered) {
    const text = textOf(p.policy.id);
    const spans = text ? statementSpans(text) : [];
    for (const st of p.statements) {
      if (!st.matched) continue;
      if (st.effect === "Deny") denied = true;
      const span = spans[st.statementIndex];
      statements.push({
        policy: p.policy.arn ?? p.policy.name ?? p.policy.id,
        sid: st.sid,
        lines: span ? [span.StartPosition.Line, span.EndPosition.Line] : undefined,
      });
    }
  }
  return { decision: denied ? "ExplicitDeny" : statements.length ? "Allowed" : "ImplicitDeny", statements };
}

const names = (explanation: PolicyExplanation[], role: string) =>
  [...new Set(explanation.filter((p) => p.role === role && p.applies).map((p) => p.policy.name ?? p.policy.arn ?? p.policy.id))];

export function explainEdge(built: BuiltGraph, id: string): EdgeExplanation | undefined {
  const hit = built.explain(id);
  if (!hit) return undefined;
  const explanation = hit.decision.explanation ?? [];
  const trust = side(explanation, ["trust"], () => hit.role?.trustPolicy) ?? { decision: "ImplicitDeny", statements: [] };
  const out: EdgeExplanation = { edge: hit.edge, trust };
  const identity = side(explanation, ["identity"], (id) => built.data.documents?.get(id));
  if (identity) out.identity = identity;
  const boundary = names(explanation, "boundary");
  if (boundary.length) out.boundary = boundary[0];
  const scps = names(explanation, "scp");
  if (scps.length) out.scps = scps;
  const rcps = names(explanation, "rcp");
  if (rcps.length) out.rcps = rcps;
  return out;
}
