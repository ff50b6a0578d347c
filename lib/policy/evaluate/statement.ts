// Does one statement apply to the request? Elements are tested cheapest first (action, resource,
// principal, then conditions) and the first miss stops the work unless an explanation is wanted.
import type { CompiledStatement } from "../compile";
import type { RequestContext } from "../types";
import type { PreparedAction } from "./action-match";
import { matchConditions } from "./conditions";
import { exceptedByNotPrincipal, matchPrincipal, type MatchLevel, type PrincipalIds } from "./principal-match";
import type { StatementExplanation } from "./request";
import type { PreparedResource } from "./resource-match";

export interface Prepared {
  action: PreparedAction;
  resource: PreparedResource;
  ids: PrincipalIds;
  ctx: RequestContext;
}

export interface StatementOutcome {
  matched: boolean;
  /** For statements with Principal/NotPrincipal: how the caller was named. */
  level?: MatchLevel;
  explanation?: StatementExplanation;
}

const MISS: StatementOutcome = { matched: false };

export function matchStatement(s: CompiledStatement, req: Prepared, explain: boolean): StatementOutcome {
  const actionMatched = s.actions.test(req.action) !== s.notAction;
  if (!actionMatched && !explain) return MISS;

  let resourceMatched: boolean | undefined;
  if (s.resources) {
    resourceMatched = s.resources.test(req.resource, req.ctx) !== s.notResource;
    if (!resourceMatched && !explain) return MISS;
  }

  let principalMatched: boolean | undefined;
  let level: MatchLevel | undefined;
  if (s.principals) {
    if (s.notPrincipal) {
      principalMatched = !exceptedByNotPrincipal(s.principals, req.ids, s.source.effect === "Deny");
      // "Everyone except…" names no one in particular: a hit is a wildcard grant.
      if (principalMatched) level = "any";
    } else {
      level = matchPrincipal(s.principals, req.ids);
      principalMatched = level !== undefined;
    }
    if (!principalMatched && !explain) return MISS;
  }

  let conditionsMatched: boolean | undefined;
  let details: StatementExplanation["conditions"];
  if (s.conditions) {
    const r = matchConditions(s.conditions, req.ctx, explain);
    conditionsMatched = r.matched;
    details = r.details;
  }

  const matched =
    actionMatched && resourceMatched !== false && principalMatched !== false && conditionsMatched !== false;
  if (!explain) return matched ? { matched, level } : MISS;
  const src = s.source;
  const explanation: StatementExplanation = { statementIndex: src.index, effect: src.effect, actionMatched, matched };
  if (src.sid !== undefined) explanation.sid = src.sid;
  if (resourceMatched !== undefined) explanation.resourceMatched = resourceMatched;
  if (principalMatched !== undefined) explanation.principalMatched = principalMatched;
  if (level !== undefined) explanation.principalLevel = level;
  if (conditionsMatched !== undefined) explanation.conditionsMatched = conditionsMatched;
  if (details !== undefined) explanation.conditions = details;
  return { matched, level, explanation };
}
