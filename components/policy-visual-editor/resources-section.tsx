"use client";
// "Resources": All (`*`) or Specific, where "Add ARNs" builds the list. The service's ARN formats are
// shown as a guide; any ARN may be typed, and validation judges it as it judges the JSON.
import { useId, useState } from "react";
import { Button } from "@/components/ui/button";
import { AddOnEnterInput } from "./add-on-enter-input";
import { resourceError } from "@/components/policy-editor/statement-options";
import type { CatalogServiceDetail } from "@/lib/iam/console/service-catalog";

export function ResourcesSection({
  resources,
  service,
  onChange,
}: {
  resources: "all" | string[];
  service: CatalogServiceDetail | undefined;
  onChange: (r: "all" | string[]) => void;
}) {
  const name = useId();
  const [arn, setArn] = useState("");
  const [tried, setTried] = useState(false);
  const error = tried ? (resourceError(arn) ?? (arn.trim() === "*" ? "Choose All for every resource." : null)) : null;
  const specific = resources === "all" ? [] : resources;
  const add = () => {
    setTried(true);
    const v = arn.trim();
    if (resourceError(v) || v === "*") return;
    if (!specific.includes(v)) onChange([...specific, v]);
    setArn("");
    setTried(false);
  };
  return (
    <fieldset className="mt-4">
      <legend className="font-bold">Resources</legend>
      <div className="mt-1 flex gap-4">
        <label className="flex items-center gap-1">
          <input type="radio" name={name} checked={resources !== "all"} onChange={() => onChange([])} />
          Specific
        </label>
        <label className="flex items-center gap-1">
          <input type="radio" name={name} checked={resources === "all"} onChange={() => onChange("all")} />
          All
        </label>
      </div>
      {resources !== "all" && (
        <div className="mt-2">
          {service && service.resourceTypes.length > 0 && (
            <details className="text-sm text-aws-muted">
              <summary>ARN formats for {service.name}</summary>
              <ul className="font-mono text-xs">
                {service.resourceTypes.map((r) => (
                  <li key={r.key}>
                    {r.key}: {r.arn}
                  </li>
                ))}
              </ul>
            </details>
          )}
          <div className="mt-2 flex items-start gap-2">
            <label className="flex-1 text-sm">
              Resource ARN
              <AddOnEnterInput value={arn} onChange={setArn} onAdd={add} invalid={!!error} placeholder="arn:aws:s3:::bucket/*" className="w-full font-mono" />
              {error && <span className="mt-1 block text-aws-red">{error}</span>}
            </label>
            <Button className="mt-6" onClick={add}>
              Add ARNs
            </Button>
          </div>
          {specific.length > 0 ? (
            <ul aria-label="Resource ARNs" className="mt-2 flex flex-col gap-1">
              {specific.map((r) => (
                <li key={r} className="flex items-center justify-between gap-2 rounded border border-aws-divider px-2 py-1 font-mono text-sm">
                  {r}
                  <Button variant="link" aria-label={`Remove ${r}`} onClick={() => onChange(specific.filter((x) => x !== r))}>
                    Remove
                  </Button>
                </li>
              ))}
            </ul>
          ) : (
            <p className="mt-2 text-sm text-aws-muted">No resources specified. Add ARNs, or choose All.</p>
          )}
        </div>
      )}
    </fieldset>
  );
}
