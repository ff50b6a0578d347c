"use client";
// Action Settings and Results: one row per selected action (Service, Action, Resource Type, Simulation
// Resource, Permission), "Not simulated" until a run. Expanding a row sets one ARN per resource type
// (default "*"), lists the action's condition keys, offers the resource-based policy where AWS does,
// and explains the result: matched statements (Show statement), missing context values, the policy
// types applied, and for sts:AssumeRole* both sides.
import { Fragment, useState } from "react";
import { Button } from "@/components/ui/button";
import type { ConsoleMatch } from "@/lib/iam/simulate/console";
import type { ActionSetting, ConsoleResult } from "./api";
import { AssumeRoleSides, MatchedStatement } from "./assume-role-sides";
import { DecisionText } from "./decision";

/** Services whose resource-based policies AWS's simulator takes, for users only. */
export const RESOURCE_POLICY_SERVICES = new Set(["s3", "sqs", "sns", "glacier"]);

const APPLIED_LABEL: [keyof ConsoleResult["applied"], string][] = [
  ["permissionsBoundary", "permissions boundary"],
  ["sessionPolicies", "session policies"],
  ["scps", "SCPs"],
  ["rcps", "RCPs"],
  ["resourcePolicy", "resource-based policy"],
  ["trustPolicy", "trust policy"],
];

function Applied({ applied }: { applied: ConsoleResult["applied"] }) {
  const on = APPLIED_LABEL.filter(([k]) => applied[k]).map(([, l]) => l);
  const off = APPLIED_LABEL.filter(([k]) => !applied[k]).map(([, l]) => l);
  return (
    <p className="text-xs text-aws-muted">
      Applied: identity policies{on.length ? `, ${on.join(", ")}` : ""}. Not applied: {off.join(", ") || "none"}.
    </p>
  );
}

function ResultDetail({ result, onShow }: { result: ConsoleResult; onShow: (m: ConsoleMatch) => void }) {
  return (
    <div className="mt-2 rounded border border-aws-divider bg-white p-2">
      <div className="flex flex-wrap items-center gap-2 text-sm">
        <span className="font-mono text-xs break-all">{result.resource}</span>
        <DecisionText decision={result.decision} matches={result.matched.length} />
      </div>
      {result.matched.length > 0 && (
        <ul className="mt-1 text-sm">
          {result.matched.map((m) => (
            <MatchedStatement key={`${m.policyId}#${m.statementIndex}`} m={m} onShow={onShow} showType />
          ))}
        </ul>
      )}
      {result.missingContextValues.length > 0 && (
        <p className="mt-1 text-sm text-aws-orange">Missing context values: {result.missingContextValues.join(", ")}</p>
      )}
      <Applied applied={result.applied} />
      {result.trustNote && <p className="mt-1 text-sm text-aws-muted">{result.trustNote}</p>}
      {result.assumeRole && <AssumeRoleSides sides={result.assumeRole} onShow={onShow} />}
    </div>
  );
}

/** One permission for the row: denied when any of its resources is denied. */
function rowDecision(results: ConsoleResult[]): { decision: ConsoleResult["decision"]; matches: number } {
  const denied = results.find((r) => r.decision !== "allowed");
  const pick = denied ?? results[0];
  return { decision: pick.decision, matches: pick.matched.length };
}

export function ResultsTable({
  actions,
  settings,
  results,
  resources,
  onResourceChange,
  resourcePolicy,
  onShow,
}: {
  actions: string[];
  settings: Map<string, ActionSetting>;
  results?: ConsoleResult[];
  resources: Record<string, Record<string, string>>;
  onResourceChange: (action: string, type: string, arn: string) => void;
  /** Offered for users and the sandbox only (not roles or groups). */
  resourcePolicy?: React.ReactNode;
  onShow: (m: ConsoleMatch) => void;
}) {
  const [open, setOpen] = useState<Set<string>>(new Set());
  const toggle = (a: string) => setOpen((s) => (s.has(a) ? new Set([...s].filter((x) => x !== a)) : new Set([...s, a])));
  return (
    <table className="w-full border-collapse text-left text-sm" aria-label="Action Settings and Results">
      <thead>
        <tr className="border-b-2 border-aws-divider">
          <th className="w-8" />
          <th className="py-2 pr-2">Service</th>
          <th className="py-2 pr-2">Action</th>
          <th className="py-2 pr-2">Resource Type</th>
          <th className="py-2 pr-2">Simulation Resource</th>
          <th className="py-2">Permission</th>
        </tr>
      </thead>
      <tbody>
        {actions.length === 0 && (
          <tr>
            <td colSpan={6} className="py-4 text-center text-aws-muted">
              Select a service and actions to simulate.
            </td>
          </tr>
        )}
        {actions.map((action) => {
          const s = settings.get(action.toLowerCase());
          const own = resources[action] ?? {};
          const chosen = Object.values(own).filter((v) => v && v !== "*");
          const rowResults = results?.filter((r) => r.action.toLowerCase() === action.toLowerCase()) ?? [];
          const expanded = open.has(action);
          const types = s?.resourceTypes ?? [];
          const extraKeys = Object.keys(own).filter((k) => !types.some((t) => t.name === k));
          return (
            <Fragment key={action}>
              <tr className="border-b border-aws-divider align-top">
                <td className="py-1">
                  <Button variant="icon" aria-expanded={expanded} aria-label={`Expand row for ${action}`} onClick={() => toggle(action)}>
                    {expanded ? "▾" : "▸"}
                  </Button>
                </td>
                <td className="py-1 pr-2">{s?.serviceName ?? action.split(":")[0]}</td>
                <td className="py-1 pr-2">{action.split(":")[1]}</td>
                <td className="py-1 pr-2">{types.map((t) => t.name).join(", ") || "-"}</td>
                <td className="py-1 pr-2 font-mono text-xs break-all">{chosen.length ? chosen.join(", ") : "*"}</td>
                <td className="py-1">
                  {rowResults.length === 0 ? <span className="text-aws-muted">Not simulated</span> : <DecisionText {...rowDecision(rowResults)} />}
                </td>
              </tr>
              {expanded && (
                <tr className="border-b border-aws-divider bg-[#fafafa]">
                  <td />
                  <td colSpan={5} className="py-2 pr-2">
                    {types.length === 0 && extraKeys.length === 0 && (
                      <p className="text-sm text-aws-muted">This action does not support resource-level permissions: it is simulated on *.</p>
                    )}
                    {[...types.map((t) => ({ name: t.name, hint: t.arn })), ...extraKeys.map((k) => ({ name: k, hint: "" }))].map((t) => (
                      <label key={t.name} className="mb-1 block text-sm">
                        <span className="font-bold">{t.name}</span> <span className="text-xs text-aws-muted">{t.hint}</span>
                        <input
                          aria-label={`${action} ${t.name} resource ARN`}
                          value={own[t.name] ?? "*"}
                          onChange={(e) => onResourceChange(action, t.name, e.target.value)}
                          className="mt-0.5 block w-full rounded border border-aws-border px-2 py-0.5 font-mono text-xs"
                        />
                      </label>
                    ))}
                    {s && s.conditionKeys.length + types.flatMap((t) => t.conditionKeys).length > 0 && (
                      <p className="mt-1 text-xs text-aws-muted">
                        Condition keys: {[...new Set([...s.conditionKeys, ...types.flatMap((t) => t.conditionKeys)])].join(", ")}
                      </p>
                    )}
                    {resourcePolicy && RESOURCE_POLICY_SERVICES.has(action.split(":")[0].toLowerCase()) && resourcePolicy}
                    {rowResults.map((r) => (
                      <ResultDetail key={r.resource} result={r} onShow={onShow} />
                    ))}
                  </td>
                </tr>
              )}
            </Fragment>
          );
        })}
      </tbody>
    </table>
  );
}
