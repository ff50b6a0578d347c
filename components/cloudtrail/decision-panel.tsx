"use client";
// Decision (clone extension, spec §1.5): for an AccessDenied event, the engine's explanation as
// sts:DecodeAuthorizationMessage gives it — verdict, principal, action, resource, the statements that
// decided and the request's context — the encoded message itself (the "Why?" panel's block), and
// "Simulate this request", which opens the Policy Simulator pre-filled.
import Link from "next/link";
import { Container, KeyValue } from "@/components/ui/container";
import { EncodedAuthorizationMessage } from "@/components/ui/encoded-authorization-message";
import { simulateHref, type EventDecision } from "@/lib/cloudtrail/decision";
import type { DecodedMessage, MatchedStatement } from "@/lib/authz/decoded-message";

const items = (v: { items: { value: string }[] }) => v.items.map((i) => i.value).join(", ") || "-";

function Statement({ s }: { s: MatchedStatement }) {
  return (
    <li className="rounded-lg border border-aws-divider p-2">
      <div className="font-bold">
        {s.effect === "DENY" ? "Deny" : "Allow"}
        {s.statementId ? ` (${s.statementId})` : ""}
      </div>
      <div>Actions: {items(s.actions)}</div>
      <div>Resources: {items(s.resources)}</div>
      {s.conditions.items.length > 0 && (
        <div>
          Conditions:{" "}
          {s.conditions.items.map((c) => (
            <span key={c.key} className="mr-2 font-mono text-xs">
              {c.key} = {items(c.values)}
            </span>
          ))}
        </div>
      )}
    </li>
  );
}

function Explanation({ d }: { d: DecodedMessage }) {
  const verdict = d.explicitDeny ? "Explicit deny: a statement denies the request." : "Implicit deny: no statement allows the request.";
  return (
    <>
      <p className="mb-3 font-bold text-aws-red" data-testid="decision-verdict">
        {verdict}
      </p>
      <dl className="grid grid-cols-1 gap-3 md:grid-cols-3">
        <KeyValue label="Principal">{d.context.principal.arn}</KeyValue>
        <KeyValue label="Action">{d.context.action}</KeyValue>
        <KeyValue label="Resource">{d.context.resource}</KeyValue>
      </dl>
      {d.matchedStatements.items.length > 0 && (
        <>
          <h3 className="mt-3 font-bold">Matched statements</h3>
          <ul className="mt-1 grid gap-2 text-sm">
            {d.matchedStatements.items.map((s, i) => (
              <Statement key={i} s={s} />
            ))}
          </ul>
        </>
      )}
      {d.context.conditions.items.length > 0 && (
        <details className="mt-3 text-sm">
          <summary className="cursor-pointer font-bold text-aws-blue">Request context ({d.context.conditions.items.length} keys)</summary>
          <ul className="mt-1 font-mono text-xs">
            {d.context.conditions.items.map((c) => (
              <li key={c.key}>
                {c.key}: {items(c.values)}
              </li>
            ))}
          </ul>
        </details>
      )}
    </>
  );
}

const UNDECODED: Record<NonNullable<EventDecision["undecoded"]>, string> = {
  AccessDenied: "You need sts:DecodeAuthorizationMessage to see the explanation of this denial.",
  InvalidMessage: "The explanation of this denial cannot be read in this account.",
  NotRecorded: "The explanation of this denial was not recorded with the event. Simulate the request to see how the policies decide it.",
};

export function DecisionPanel({ decision }: { decision: EventDecision }) {
  return (
    <Container
      title="Decision"
      description="Why the request was denied, as the policy engine decided it."
      actions={
        decision.simulate && (
          <Link href={simulateHref(decision.simulate)} className="rounded-full border-2 border-aws-blue px-5 py-[2px] text-sm font-bold no-underline">
            Simulate this request
          </Link>
        )
      }
    >
      {decision.decoded ? (
        <Explanation d={decision.decoded} />
      ) : (
        <p className="text-sm text-aws-muted">{UNDECODED[decision.undecoded ?? "NotRecorded"]}</p>
      )}
      {decision.encodedMessage && <EncodedAuthorizationMessage message={decision.encodedMessage} />}
    </Container>
  );
}
