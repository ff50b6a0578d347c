"use client";
// Select service + Select actions (from the Service Authorization Reference through the catalogue
// routes, never typed by hand). Selections add up across services.
import { useState } from "react";
import { SearchInput } from "@/components/ui/search-input";
import { useServiceActions, useServices } from "./api";

export function ActionPicker({ selected, onChange }: { selected: string[]; onChange: (actions: string[]) => void }) {
  const services = useServices();
  const [service, setService] = useState("");
  const [filter, setFilter] = useState("");
  const detail = useServiceActions(service);
  const names = (detail.data?.actions ?? []).map((a) => `${detail.data!.prefix}:${a.name}`).filter((a) => a.toLowerCase().includes(filter.toLowerCase()));
  const has = (a: string) => selected.some((s) => s.toLowerCase() === a.toLowerCase());
  const toggle = (a: string) => onChange(has(a) ? selected.filter((s) => s.toLowerCase() !== a.toLowerCase()) : [...selected, a]);
  const allShown = names.length > 0 && names.every(has);
  return (
    <div className="grid gap-3 md:grid-cols-2">
      <div>
        <label htmlFor="sim-service" className="block font-bold">
          Select service
        </label>
        <select id="sim-service" value={service} onChange={(e) => setService(e.target.value)} className="mt-1 w-full rounded-lg border-2 border-aws-border px-2 py-1">
          <option value="">{services.isLoading ? "Loading services…" : "Select service"}</option>
          {services.data?.services.map((s) => (
            <option key={s.prefix} value={s.prefix}>
              {s.name} ({s.prefix})
            </option>
          ))}
        </select>
        <p className="mt-1 text-sm text-aws-muted">{selected.length} action(s) selected</p>
      </div>
      <div>
        <span id="sim-actions-label" className="block font-bold">
          Select actions
        </span>
        {!service && <p className="mt-1 text-sm text-aws-muted">Select a service first.</p>}
        {service && (
          <div className="mt-1 rounded-lg border-2 border-aws-border p-2">
            <div className="mb-1 flex items-center gap-2">
              <SearchInput label="Filter actions" placeholder="Filter actions" value={filter} onChange={setFilter} compact />
              <label className="flex items-center gap-1 text-sm">
                <input
                  type="checkbox"
                  checked={allShown}
                  onChange={() => onChange(allShown ? selected.filter((s) => !names.some((n) => n.toLowerCase() === s.toLowerCase())) : [...selected, ...names.filter((n) => !has(n))])}
                />
                Select All
              </label>
            </div>
            <ul role="group" aria-labelledby="sim-actions-label" className="max-h-48 overflow-auto text-sm">
              {detail.isLoading && <li className="text-aws-muted">Loading actions…</li>}
              {names.map((a) => (
                <li key={a}>
                  <label className="flex items-center gap-2">
                    <input type="checkbox" checked={has(a)} onChange={() => toggle(a)} />
                    {a.split(":")[1]}
                  </label>
                </li>
              ))}
            </ul>
          </div>
        )}
      </div>
    </div>
  );
}
