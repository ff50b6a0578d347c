"use client";
// "Why?" (beyond AWS): the engine's explanation of a denial — every policy considered, each
// statement's action / resource / principal / condition match, and the condition values compared.
import type { PolicyExplanation, StatementExplanation } from "@/lib/policy";
import { Disclosure } from "./disclosure";
import { EncodedAuthorizationMessage } from "./encoded-authorization-message";

const ROLE_LABEL: Record<string, string> = {
  identity: "Identity-based policy",
  resource: "Resource-based policy",
  trust: "Role trust policy",
  boundary: "Permissions boundary",
  session: "Session policy",
  scp: "Service control policy",
  rcp: "Resource control policy",
};

function mark(value: boolean | undefined, label: string) {
  if (value === undefined) return null;
  return (
    <span className={value ? "text-aws-green" : "text-aws-red"}>
      {label} {value ? "matched" : "did not match"}
    </span>
  );
}

function StatementLine({ s }: { s: StatementExplanation }) {
  return (
    <li className="mb-1">
      <span className="font-bold">
        Statement {s.statementIndex + 1}
        {s.sid ? ` (${s.sid})` : ""}: {s.effect}
      </span>{" "}
      — {s.matched ? <span className="font-bold">applies</span> : "does not apply"}:{" "}
      <span className="inline-flex flex-wrap gap-x-2">
        {mark(s.actionMatched, "action")}
        {mark(s.resourceMatched, "resource")}
        {mark(s.principalMatched, "principal")}
        {mark(s.conditionsMatched, "conditions")}
      </span>
      {s.conditions && s.conditions.length > 0 && (
        <ul className="ml-4 list-disc">
          {s.conditions.map((c, i) => (
            <li key={i} className={c.matched ? "text-aws-green" : "text-aws-red"}>
              {c.operator} {c.key}: policy {JSON.stringify(c.values)}, request {c.contextValue === undefined ? "(key absent)" : JSON.stringify(c.contextValue)}
            </li>
          ))}
        </ul>
      )}
    </li>
  );
}

export function WhyPanel({ explanation, encodedMessage }: { explanation: PolicyExplanation[]; encodedMessage?: string }) {
  const considered = explanation.filter((p) => p.applies);
  const hasIdentity = considered.some((p) => p.role === "identity");
  return (
    <Disclosure label="Why?" className="mt-3">
      <div className="mt-2 rounded-lg bg-white p-3 text-sm">
        {!hasIdentity && <p className="mb-2">No identity-based policy is attached to this principal, so nothing allows the action.</p>}
        <ul className="grid gap-2">
          {considered.map((p, i) => (
            <li key={i}>
              <div>
                <span className="font-bold">{ROLE_LABEL[p.role] ?? p.role}</span>: {p.policy.name ?? p.policy.arn ?? p.policy.id}
                {p.policy.arn && <span className="ml-1 font-mono text-xs text-aws-muted">{p.policy.arn}</span>}
              </div>
              {p.statements.length === 0 ? (
                <p className="ml-4 text-aws-muted">No statements.</p>
              ) : (
                <ul className="ml-4">
                  {p.statements.map((s) => (
                    <StatementLine key={s.statementIndex} s={s} />
                  ))}
                </ul>
              )}
            </li>
          ))}
        </ul>
        {encodedMessage && <EncodedAuthorizationMessage message={encodedMessage} />}
      </div>
    </Disclosure>
  );
}
