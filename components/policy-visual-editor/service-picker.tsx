"use client";
// "Select a service": a search box over the catalogue and the matching services as buttons. The
// list is capped so typing stays quick; the console's list narrows the same way as you type.
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { QueryError } from "@/components/ui/access-denied-alert";
import { useCatalogServices } from "./use-catalog";

const SHOWN = 12;

export function ServicePicker({ onPick }: { onPick: (prefix: string) => void }) {
  const services = useCatalogServices();
  const [search, setSearch] = useState("");
  const q = search.trim().toLowerCase();
  const matches = (services.data ?? []).filter((s) => !q || s.prefix.includes(q) || s.name.toLowerCase().includes(q));
  // An exact prefix match first, so "s3" offers S3 before S3 Express and the like.
  matches.sort((a, b) => Number(b.prefix === q) - Number(a.prefix === q));
  return (
    <div>
      <label className="block font-bold">
        Select a service
        <input
          type="search"
          placeholder="Search services"
          value={search}
          onChange={(e) => setSearch(e.target.value)}
          className="mt-1 block w-full max-w-md rounded-lg border-2 border-aws-border px-3 py-1 font-normal"
        />
      </label>
      {services.isPending && <p role="status" aria-busy="true" className="mt-2 text-sm text-aws-muted">Loading services</p>}
      {services.error && <QueryError error={services.error} />}
      {services.data && (
        <ul aria-label="Services" className="mt-2 flex max-w-md flex-col gap-1">
          {matches.slice(0, SHOWN).map((s) => (
            <li key={s.prefix}>
              <Button variant="link" onClick={() => onPick(s.prefix)}>
                {s.name} ({s.prefix})
              </Button>
            </li>
          ))}
          {matches.length === 0 && <li className="text-sm text-aws-muted">No services match.</li>}
          {matches.length > SHOWN && <li className="text-sm text-aws-muted">{matches.length - SHOWN} more — keep typing to narrow the list.</li>}
        </ul>
      )}
    </div>
  );
}
