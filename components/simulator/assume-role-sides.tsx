"use client";
// Both sides of sts:AssumeRole* (observability-spec §2.3): the identity side, the trust side with any
// missing MFA / ExternalId / SourceIdentity key, the combined verdict (sts-policy-spec §4.3), and
// AWS's identity-only answer beside it.
import { Button } from "@/components/ui/button";
import type { ConsoleResult } from "./api";
import { decisionWord } from "./decision";
import type { ConsoleMatch } from "@/lib/iam/simulate/console";

type Sides = NonNullable<ConsoleResult["assumeRole"]>;

/** One matched statement: its effect, Sid (or position) and policy, with Show statement when its lines are known. */
export function MatchedStatement({ m, onShow, showType = false }: { m: ConsoleMatch; onShow: (m: ConsoleMatch) => void; showType?: boolean }) {
  return (
    <li className="flex flex-wrap items-center gap-2">
      <span>
        {m.effect} · {m.sid ? `Sid ${m.sid}` : `statement ${m.statementIndex + 1}`} in {m.policyName ?? m.policyId}
        {showType && ` (${m.policyType})`}
      </span>
      {m.span && (
        <Button variant="link" onClick={() => onShow(m)} aria-label={`Show statement ${m.statementIndex + 1} of ${m.policyName ?? m.policyId}`}>
          Show statement
        </Button>
      )}
      {m.conditions && (
        <ul aria-label={`Conditions of statement ${m.statementIndex + 1} of ${m.policyName ?? m.policyId}`} className="w-full pl-4 text-xs">
          {m.conditions.map((c, i) => (
            <li key={i}>
              <span className="font-mono">
                {c.operator} {c.key} {c.values.join(", ")}
              </span>
              {" · request: "}
              <span className="font-mono">{c.contextValue === undefined ? "(no value)" : [c.contextValue].flat().join(", ")}</span>
              {" · "}
              <span className={c.matched ? "font-bold text-aws-green" : "font-bold text-aws-red"}>{c.matched ? "met" : "not met"}</span>
            </li>
          ))}
        </ul>
      )}
    </li>
  );
}

function StatementList({ statements, onShow }: { statements: ConsoleMatch[]; onShow: (m: ConsoleMatch) => void }) {
  if (statements.length === 0) return <p className="text-sm text-aws-muted">No matching statement.</p>;
  return (
    <ul className="text-sm">
      {statements.map((m) => (
        <MatchedStatement key={`${m.policyId}#${m.statementIndex}`} m={m} onShow={onShow} />
      ))}
    </ul>
  );
}

export function AssumeRoleSides({ sides, onShow }: { sides: Sides; onShow: (m: ConsoleMatch) => void }) {
  const noted = sides.trust.missingNotedKeys;
  return (
    <section aria-label="Both sides of the AssumeRole decision" className="mt-3 rounded-lg border-2 border-aws-divider p-3">
      <h4 className="font-bold">
        Verdict with the trust policy: <span className={sides.decision === "allowed" ? "text-aws-green" : "text-aws-red"}>{decisionWord(sides.decision)}</span>
      </h4>
      <p className="text-sm">{sides.rule}</p>
      <div className="mt-2 grid gap-3 md:grid-cols-2">
        <div className="rounded border border-aws-divider p-2">
          <h5 className="font-bold">Identity side: {decisionWord(sides.identity.decision)}</h5>
          <p className="text-xs text-aws-muted">Identity policies, permissions boundary, session policies, SCPs</p>
          <StatementList statements={sides.identity.statements} onShow={onShow} />
        </div>
        <div className="rounded border border-aws-divider p-2">
          <h5 className="font-bold">Trust side: {decisionWord(sides.trust.decision)}</h5>
          <p className="text-xs text-aws-muted">
            Trust policy of {sides.roleArn}
            {sides.trust.rcpsApplied ? ", RCPs" : ""}
          </p>
          <StatementList statements={sides.trust.statements} onShow={onShow} />
          {sides.trust.missingContextValues.length > 0 && (
            <p className="mt-1 text-sm text-aws-orange">
              Missing context values: {sides.trust.missingContextValues.join(", ")}
              {noted.length > 0 && ` — the trust policy requires ${noted.map((k) => (/mfa|multifactor/i.test(k) ? "MFA" : k.split(":")[1])).join(", ")}; set it in Global Settings.`}
            </p>
          )}
        </div>
      </div>
      <p role="note" className="mt-2 rounded bg-aws-blue-light p-2 text-sm">
        AWS&apos;s IAM policy simulator ignores trust policies and would report: <strong>{decisionWord(sides.awsDecision)}</strong> (identity side only;
        aws/aws-cli#10314).
      </p>
    </section>
  );
}
