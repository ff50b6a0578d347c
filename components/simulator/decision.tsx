"use client";
// How a decision reads: "allowed" / "denied" with "N matching statement(s)", and an implicit deny
// with no statement as "Implicitly denied (no matching statements)" (observability-spec §2.1).
import type { ConsoleResult } from "./api";

type Decision = ConsoleResult["decision"];

export function DecisionText({ decision, matches }: { decision: Decision; matches: number }) {
  const allowed = decision === "allowed";
  if (decision === "implicitDeny" && matches === 0)
    return <span className="font-bold text-aws-red">Implicitly denied (no matching statements)</span>;
  return (
    <span>
      <span className={`font-bold ${allowed ? "text-aws-green" : "text-aws-red"}`}>{allowed ? "allowed" : "denied"}</span>{" "}
      <span className="text-aws-muted">{`${matches} matching statement(s)`}</span>
    </span>
  );
}

export const decisionWord = (d: Decision) => (d === "allowed" ? "allowed" : d === "explicitDeny" ? "denied (explicit deny)" : "denied (implicit deny)");
