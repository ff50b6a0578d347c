"use client";
// "Actions allowed": All actions (service:*), or actions ticked one by one in access-level groups
// (each with its own select-all), narrowed by a filter; "Add actions" takes wildcard patterns
// ("Get*") that no single checkbox stands for.
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { SearchInput } from "@/components/ui/search-input";
import { AddOnEnterInput } from "./add-on-enter-input";
import type { AccessLevel, CatalogServiceDetail } from "@/lib/iam/console/service-catalog";

// The console's group order. Restated here because the catalogue module is server-only (iam-data reads files).
const LEVEL_ORDER: readonly AccessLevel[] = ["List", "Read", "Write", "Permissions management", "Tagging"];

const same = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();

export function ActionsPicker({ service, actions, onChange }: { service: CatalogServiceDetail; actions: string[]; onChange: (actions: string[]) => void }) {
  const [filter, setFilter] = useState("");
  const [open, setOpen] = useState<Set<string>>(new Set());
  const [pattern, setPattern] = useState("");
  const all = actions.includes("*");
  const has = (name: string) => actions.some((a) => same(a, name));
  const known = new Set(service.actions.map((a) => a.name.toLowerCase()));
  const patterns = actions.filter((a) => a !== "*" && !known.has(a.toLowerCase()));
  const q = filter.trim().toLowerCase();

  const setMany = (names: string[], on: boolean) => {
    const rest = actions.filter((a) => !names.some((n) => same(a, n)));
    onChange(on ? [...rest, ...names] : rest);
  };
  const addPattern = () => {
    const p = pattern.trim();
    if (!/^[A-Za-z0-9*?]+$/.test(p) || has(p)) return;
    onChange([...actions, p]);
    setPattern("");
  };

  return (
    <fieldset className="mt-3">
      <legend className="font-bold">Actions allowed</legend>
      <p className="text-sm text-aws-muted">Specify actions from the service to be allowed.</p>
      <label className="mt-2 flex items-center gap-2">
        <input type="checkbox" checked={all} onChange={(e) => onChange(e.target.checked ? ["*"] : [])} />
        All {service.name} actions ({service.prefix}:*)
      </label>
      {!all && (
        <>
          <SearchInput label="Filter actions" placeholder="Filter actions" value={filter} onChange={setFilter} className="mt-2" />
          {LEVEL_ORDER.map((level) => {
            const inLevel = service.actions.filter((a) => a.accessLevel === level);
            if (inLevel.length === 0) return null;
            const shown = inLevel.filter((a) => !q || a.name.toLowerCase().includes(q));
            if (q && shown.length === 0) return null;
            const selected = inLevel.filter((a) => has(a.name)).length;
            // A filter opens every group that has matches, as the console's does.
            const expanded = !!q || open.has(level);
            return (
              <div key={level} role="group" aria-label={`${level} actions`} className="mt-2 border-t border-aws-divider pt-2">
                <div className="flex items-center gap-3">
                  <button
                    type="button"
                    aria-expanded={expanded}
                    onClick={() => setOpen((s) => new Set(s.has(level) ? [...s].filter((l) => l !== level) : [...s, level]))}
                    className="font-bold"
                  >
                    {expanded ? "▾" : "▸"} {level} ({selected}/{inLevel.length})
                  </button>
                  <label className="flex items-center gap-1 text-sm">
                    <input type="checkbox" checked={selected === inLevel.length} onChange={(e) => setMany(inLevel.map((a) => a.name), e.target.checked)} />
                    All {level} actions
                  </label>
                </div>
                {expanded && (
                  <div className="mt-1 grid grid-cols-1 gap-x-4 sm:grid-cols-2 lg:grid-cols-3">
                    {shown.map((a) => (
                      <label key={a.name} className="flex items-center gap-1 text-sm">
                        <input type="checkbox" checked={has(a.name)} onChange={(e) => setMany([a.name], e.target.checked)} />
                        {a.name}
                      </label>
                    ))}
                  </div>
                )}
              </div>
            );
          })}
          <div className="mt-3 flex items-end gap-2">
            <label className="text-sm">
              Add actions
              <AddOnEnterInput value={pattern} onChange={setPattern} onAdd={addPattern} placeholder="Get*" />
            </label>
            <Button onClick={addPattern}>Add</Button>
          </div>
          {patterns.length > 0 && (
            <ul aria-label="Added actions" className="mt-2 flex flex-wrap gap-2">
              {patterns.map((p) => (
                <li key={p} className="flex items-center gap-1 rounded border border-aws-border px-2 text-sm">
                  {service.prefix}:{p}
                  <button type="button" aria-label={`Remove ${service.prefix}:${p}`} onClick={() => setMany([p], false)}>
                    ×
                  </button>
                </li>
              ))}
            </ul>
          )}
        </>
      )}
    </fieldset>
  );
}
