"use client";
// The three questions (spec §3.3): who can reach role X, what can principal Y reach, who can reach
// admin (optionally through a chosen policy). The answer's paths are listed here and drawn alone, in
// the server's layout of them; picking one path highlights it.
import { useEffect, useId, useState } from "react";
import { useQuery } from "@tanstack/react-query";
import { apiFetch } from "@/lib/api/client";
import { queryKeys } from "@/lib/query-keys";
import type { AccessGraph, GraphLayout, GraphPath, GraphPolicy } from "@/lib/graph/types";
import { ACCESS_GRAPH_API } from "@/lib/graph/api-path";
import { Button } from "@/components/ui/button";
import { ErrorAlert } from "@/components/ui/error-alert";
import { Container } from "@/components/ui/container";
import { SearchableSelect, type SelectOption } from "@/components/ui/searchable-select";
import { usePaths, type PathQuery } from "./use-access-graph";
import { Chips } from "./chips";

type Kind = PathQuery["query"];

const QUESTIONS: [Kind, string][] = [
  ["who-can-reach", "Who can reach role…"],
  ["what-can-reach", "What can principal… reach"],
  ["who-can-reach-admin", "Who can reach admin"],
];

/** "Any": the principals the engine allows `*` on `*`, whatever policy grants it. */
const ANY_POLICY: SelectOption = { value: "", label: "Any policy (allowed * on *)" };

/**
 * The policies to ask about: the managed policies attached to the graph's principals, in every account
 * it spans, picked by name from a combobox rather than typed as an ARN.
 */
function useAdminPolicyOptions(enabled: boolean): SelectOption[] {
  const list = useQuery({
    queryKey: queryKeys.accessGraph.policies(),
    queryFn: ({ signal }) => apiFetch<{ policies: GraphPolicy[] }>(`${ACCESS_GRAPH_API}/policies`, { signal }),
    enabled,
  });
  return [
    ANY_POLICY,
    ...(list.data?.policies ?? []).map((p) => ({ value: p.arn, label: p.accountId ? `${p.name} (${p.accountId})` : p.name, keywords: p.arn })),
  ];
}

const SOURCE_KINDS = new Set(["user", "role", "group", "service", "oidc-provider", "saml-provider", "external-account", "public"]);

export function QueryControls({
  graph,
  label,
  onPaths,
}: {
  graph: AccessGraph;
  label: (id: string) => string;
  /** The answer's paths to highlight (all of them, or the one picked from the list) and the positions of its drawing. */
  onPaths: (paths: GraphPath[] | null, layout: GraphLayout | null) => void;
}) {
  const [kind, setKind] = useState<Kind>("who-can-reach");
  const [node, setNode] = useState("");
  const [policy, setPolicy] = useState("");
  const [query, setQuery] = useState<PathQuery | null>(null);
  const [selected, setSelected] = useState<number | null>(null);
  const fieldId = useId();
  const answer = usePaths(query);
  const policyOptions = useAdminPolicyOptions(kind === "who-can-reach-admin");
  const roles = graph.nodes.filter((n) => n.kind === "role");
  const sources = graph.nodes.filter((n) => SOURCE_KINDS.has(n.kind));
  const choices = kind === "who-can-reach" ? roles : sources;
  const paths = answer.data?.paths;
  const layout = answer.data?.layout ?? null;

  const run = (e: React.FormEvent) => {
    e.preventDefault();
    const picked = node || choices[0]?.id || "";
    const q: PathQuery =
      kind === "who-can-reach" ? { query: kind, target: picked } : kind === "what-can-reach" ? { query: kind, source: picked } : { query: kind, policy: policy || undefined };
    setQuery(q);
    setSelected(null);
  };

  useEffect(() => {
    onPaths(paths ? (selected === null ? paths : paths.slice(selected, selected + 1)) : null, paths ? layout : null);
  }, [paths, layout, selected, onPaths]);

  return (
    <Container title="Queries" description="Paths run through roles (role chaining), up to 6 hops; each path is labelled with the union of its requirements.">
      <form onSubmit={run} className="flex flex-wrap items-end gap-3">
        <fieldset className="flex flex-wrap gap-3">
          <legend className="sr-only">Question</legend>
          {QUESTIONS.map(([value, text]) => (
            <label key={value} className="flex items-center gap-1">
              <input
                type="radio"
                name="graph-question"
                value={value}
                checked={kind === value}
                onChange={() => {
                  setKind(value);
                  setNode("");
                }}
              />
              {text}
            </label>
          ))}
        </fieldset>
        {kind !== "who-can-reach-admin" ? (
          <div className="flex flex-col">
            {/* A label apart from the select: wrapped, the options' text would join the select's name. */}
            <label htmlFor={fieldId} className="font-bold">
              {kind === "who-can-reach" ? "Role" : "Principal"}
            </label>
            <select id={fieldId} value={node} onChange={(e) => setNode(e.target.value)} className="max-w-sm rounded-lg border-2 border-aws-border px-2 py-1">
              {choices.map((n) => (
                <option key={n.id} value={n.id}>
                  {n.label}
                  {n.accountId ? ` (${n.accountId})` : ""}
                </option>
              ))}
            </select>
          </div>
        ) : (
          <div className="w-96 max-w-full [&>div]:mb-0">
            <SearchableSelect label="Admin policy (optional)" options={policyOptions} value={policy} onChange={setPolicy} placeholder="Any policy (allowed * on *)" />
          </div>
        )}
        <Button type="submit" variant="primary" loading={answer.isFetching}>
          Run query
        </Button>
        {paths && (
          <Button type="button" onClick={() => setQuery(null)}>
            Clear
          </Button>
        )}
      </form>
      {answer.error && <ErrorAlert className="mt-3" error={answer.error} header="The query failed" />}
      {paths && (
        <section aria-label="Query answer" className="mt-4">
          <h3 className="font-bold" aria-live="polite">
            {paths.length === 1 ? "1 path" : `${paths.length} paths`}
          </h3>
          {paths.length === 0 ? (
            <p className="text-aws-muted">No principal reaches it.</p>
          ) : (
            <ol className="mt-1 grid gap-1">
              {paths.map((p, i) => (
                <li key={p.edges.join("|") || p.nodes.join("|")} className={`flex flex-wrap items-center gap-2 rounded-lg px-2 py-1 ${selected === i ? "bg-aws-blue-light" : ""}`}>
                  <button
                    type="button"
                    className="text-left font-bold text-aws-blue hover:underline"
                    aria-pressed={selected === i}
                    onClick={() => setSelected(selected === i ? null : i)}
                  >
                    {p.nodes.map(label).join(" → ")}
                  </button>
                  {p.chips.length > 0 && <Chips chips={p.chips} />}
                </li>
              ))}
            </ol>
          )}
        </section>
      )}
    </Container>
  );
}
