// Runs every statement of a group of policies (one policy type) and gathers what matched.
import { internals, type CompiledPolicy } from "../compile";
import { strongest, type MatchLevel } from "./principal-match";
import type { DeniedBy, PolicyExplanation, StatementMatch } from "./request";
import { matchStatement, type Prepared } from "./statement";

export interface Gathered {
  denies: StatementMatch[];
  allows: StatementMatch[];
  /** Resource/trust policies: the strongest level at which a matching Allow named the caller. */
  allowLevel?: MatchLevel;
}

export const emptyGathered = (): Gathered => ({ denies: [], allows: [] });

export function gather(
  policies: readonly CompiledPolicy[],
  role: DeniedBy,
  req: Prepared,
  out: Gathered,
  explain: PolicyExplanation[] | undefined,
  orgLevel?: number,
): Gathered {
  for (const p of policies) {
    const compiled = internals(p);
    const list = explain ? compiled.statements : compiled.candidates(req.action.service);
    const pe: PolicyExplanation | undefined = explain
      ? { policy: p.ref, role, applies: true, statements: [] }
      : undefined;
    if (pe && orgLevel !== undefined) pe.orgLevel = orgLevel;
    for (const s of list) {
      const r = matchStatement(s, req, explain !== undefined);
      if (pe && r.explanation) pe.statements.push(r.explanation);
      if (!r.matched) continue;
      const m: StatementMatch = { policy: p.ref, statementIndex: s.source.index, effect: s.source.effect };
      if (s.source.sid !== undefined) m.sid = s.source.sid;
      if (r.explanation?.conditions) m.conditions = r.explanation.conditions;
      if (s.source.effect === "Deny") out.denies.push(m);
      else {
        out.allows.push(m);
        out.allowLevel = strongest(out.allowLevel, r.level);
      }
    }
    if (explain && pe) explain.push(pe);
  }
  return out;
}

/** Listed without running: policies that exist but do not apply to this caller. */
export function listSkipped(policies: readonly CompiledPolicy[], role: DeniedBy, explain: PolicyExplanation[] | undefined) {
  if (!explain) return;
  for (const p of policies) explain.push({ policy: p.ref, role, applies: false, statements: [] });
}
