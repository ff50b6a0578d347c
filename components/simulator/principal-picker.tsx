"use client";
// The left column's "Users, Groups, and Roles" selector: one list at a time, filtered by name.
import { useState } from "react";
import { Container } from "@/components/ui/container";
import { ErrorAlert } from "@/components/ui/error-alert";
import type { SimulatorPrincipals } from "./api";

type Kind = keyof SimulatorPrincipals;
const LABEL: Record<Kind, string> = { users: "Users", groups: "Groups", roles: "Roles" };

export function kindOfArn(arn: string | undefined): Kind {
  if (arn && /:group\//.test(arn)) return "groups";
  if (arn && /:(role|assumed-role)\//.test(arn)) return "roles";
  return "users";
}

export function PrincipalPicker({
  data,
  error,
  loading,
  value,
  onChange,
}: {
  data?: SimulatorPrincipals;
  error: unknown;
  loading: boolean;
  value?: string;
  onChange: (arn: string) => void;
}) {
  const [kind, setKind] = useState<Kind>(kindOfArn(value));
  const [filter, setFilter] = useState("");
  const items = (data?.[kind] ?? []).filter((p) => p.name.toLowerCase().includes(filter.toLowerCase()));
  return (
    <Container title="Users, Groups, and Roles" headingLevel={2}>
      {Boolean(error) && <ErrorAlert error={error} />}
      <div className="mb-2 flex gap-2">
        <label className="sr-only" htmlFor="sim-principal-kind">
          Principal type
        </label>
        <select id="sim-principal-kind" value={kind} onChange={(e) => setKind(e.target.value as Kind)} className="rounded-lg border-2 border-aws-border px-2 py-1">
          {(Object.keys(LABEL) as Kind[]).map((k) => (
            <option key={k} value={k}>
              {LABEL[k]}
            </option>
          ))}
        </select>
        <input
          type="search"
          aria-label={`Filter ${LABEL[kind].toLowerCase()}`}
          placeholder="Filter"
          value={filter}
          onChange={(e) => setFilter(e.target.value)}
          className="min-w-0 flex-1 rounded-lg border-2 border-aws-border px-2 py-1"
        />
      </div>
      <fieldset>
        <legend className="sr-only">{LABEL[kind]}</legend>
        <ul className="max-h-56 overflow-auto text-sm">
          {loading && <li className="text-aws-muted">Loading…</li>}
          {!loading && items.length === 0 && <li className="text-aws-muted">No {LABEL[kind].toLowerCase()}</li>}
          {items.map((p) => (
            <li key={p.arn}>
              <label className={`flex cursor-pointer items-center gap-2 rounded px-1 py-0.5 ${p.arn === value ? "bg-aws-blue-light font-bold" : ""}`}>
                <input type="radio" name="sim-principal" checked={p.arn === value} onChange={() => onChange(p.arn)} />
                {p.name}
              </label>
            </li>
          ))}
        </ul>
      </fieldset>
    </Container>
  );
}
