// What DecodeAuthorizationMessage returns for a denial, built from the engine's own decision and
// explanation (the same ones the console's "Why?" panel shows), in AWS's documented shape:
// {"allowed":false,"explicitDeny":…,"matchedStatements":{"items":[{statementId, effect, principals,
// principalGroups, actions, resources, conditions}]},"failures":{"items":[]},"context":{"principal":
// {id, name, arn},"action":…,"resource":…,"conditions":{"items":[{key, values:{items:[{value}]}}]}}}
// (https://docs.aws.amazon.com/STS/latest/APIReference/API_DecodeAuthorizationMessage.html and the
// AWS CLI's decode-authorization-message examples: a role's Deny statement lists the role's unique id
// under principals; a user's principal carries its name, a role session's does not).
import type { CompiledPolicy, PolicyExplanation, Statement } from "@/lib/policy";
import type { AccessDecision } from "./decide";
import { ENCODED_MESSAGE_MAX, sealAuthorizationMessage } from "./encoded-message";

interface Items<T> {
  items: T[];
}
type Values = Items<{ value: string }>;

export interface MatchedStatement {
  statementId?: string;
  effect: "ALLOW" | "DENY";
  principals: Values;
  principalGroups: Values;
  actions: Values;
  resources: Values;
  conditions: Items<{ key: string; values: Values }>;
}

export interface DecodedMessage {
  allowed: boolean;
  explicitDeny: boolean;
  matchedStatements: Items<MatchedStatement>;
  failures: Items<unknown>;
  context: {
    principal: { id: string; name?: string; arn: string };
    action: string;
    resource: string;
    conditions: Items<{ key: string; values: Values }>;
  };
}

const values = (list: readonly string[]): Values => ({ items: list.map((value) => ({ value })) });

function policiesOf(d: AccessDecision): CompiledPolicy[] {
  const r = d.request;
  const all = [...r.identityPolicies, ...(r.sessionPolicies ?? []), ...(r.scps ?? []).flat(), ...(r.rcps ?? []).flat()];
  if (r.permissionsBoundary) all.push(r.permissionsBoundary);
  if (r.resourcePolicy) all.push(r.resourcePolicy);
  return all;
}

/** Who a statement of this policy applies to: the principal it is attached to, or its Principal element. */
function principalsOf(d: AccessDecision, p: PolicyExplanation, st: Statement): { principals: string[]; groups: string[] } {
  if (p.role === "resource" || p.role === "trust") {
    const block = st.principal ?? st.notPrincipal;
    if (!block) return { principals: [], groups: [] };
    return { principals: block === "*" ? ["*"] : Object.values(block).flat(), groups: [] };
  }
  if (p.role === "scp" || p.role === "rcp") return { principals: [], groups: [] };
  // An inline group policy's id names the group ("inline:group:<id>:<name>", lib/authz/policies.ts).
  const group = /^inline:group:([^:]+):/.exec(p.policy.id)?.[1];
  if (group) return { principals: [], groups: [group] };
  const id = d.request.principal.uniqueId;
  return { principals: id ? [id] : [], groups: [] };
}

function conditionsOf(st: Statement): MatchedStatement["conditions"] {
  const items = Object.values(st.condition ?? {}).flatMap((byKey) =>
    Object.entries(byKey).map(([key, v]) => ({ key, values: values((Array.isArray(v) ? v : [v]).map(String)) })),
  );
  return { items };
}

/** Statements that decided: the matching Denies of an explicit deny, else the Allows that did match. */
function matchedStatements(d: AccessDecision): MatchedStatement[] {
  const explicit = d.decision === "ExplicitDeny";
  const compiled = policiesOf(d);
  const out: MatchedStatement[] = [];
  for (const p of d.explanation ?? []) {
    if (!p.applies) continue;
    const policy = compiled.find((c) => c.ref === p.policy) ?? compiled.find((c) => c.ref.id === p.policy.id);
    for (const s of p.statements) {
      if (!s.matched || (s.effect === "Deny") !== explicit) continue;
      const st = policy?.parsed.statements[s.statementIndex];
      if (!st) continue;
      const who = principalsOf(d, p, st);
      out.push({
        ...(st.sid ? { statementId: st.sid } : {}),
        effect: st.effect === "Deny" ? "DENY" : "ALLOW",
        principals: values(who.principals),
        principalGroups: values(who.groups),
        actions: values(st.action ?? st.notAction ?? []),
        resources: values(st.resource ?? st.notResource ?? []),
        conditions: conditionsOf(st),
      });
    }
  }
  return out;
}

function contextPrincipal(d: AccessDecision): DecodedMessage["context"]["principal"] {
  const p = d.request.principal;
  const userid = d.request.context.get("aws:userid");
  const name = d.request.context.get("aws:username");
  return {
    id: typeof userid === "string" ? userid : (p.uniqueId ?? p.accountId),
    ...(typeof name === "string" && p.kind === "user" ? { name } : {}),
    arn: d.principalArn,
  };
}

export function decodedMessageOf(d: AccessDecision): DecodedMessage {
  const ctx = d.request.context;
  return {
    allowed: d.allowed,
    explicitDeny: d.decision === "ExplicitDeny",
    matchedStatements: { items: matchedStatements(d) },
    failures: { items: [] },
    context: {
      principal: contextPrincipal(d),
      action: d.action,
      resource: d.resource,
      conditions: {
        items: ctx.keys().flatMap((key) => {
          const v = ctx.get(key);
          return v === undefined ? [] : [{ key, values: values(Array.isArray(v) ? v : [v]) }];
        }),
      },
    },
  };
}

/**
 * The encoded authorization failure message for a policy decision, sealed for the caller's account.
 * A message longer than the API accepts sheds the request's condition keys, then the statements'
 * details, so that it can still be decoded (the verdict, principal, action and resource always stay).
 */
export function encodedMessageOf(d: AccessDecision): string {
  const full = decodedMessageOf(d);
  const account = d.request.principal.accountId;
  const attempts: DecodedMessage[] = [
    full,
    { ...full, context: { ...full.context, conditions: { items: [] } } },
    { ...full, matchedStatements: { items: [] }, context: { ...full.context, conditions: { items: [] } } },
  ];
  let sealed = "";
  for (const m of attempts) {
    sealed = sealAuthorizationMessage(JSON.stringify(m), account);
    if (sealed.length <= ENCODED_MESSAGE_MAX) break;
  }
  return sealed;
}
