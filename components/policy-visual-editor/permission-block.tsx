"use client";
// One permission block of the visual editor: a statement about one service — service, actions,
// Allow/Deny, resources and request conditions.
import { Button } from "@/components/ui/button";
import { QueryError } from "@/components/ui/access-denied-alert";
import { ActionsPicker } from "./actions-picker";
import { ConditionsSection } from "./conditions-section";
import type { PermissionBlock as Block } from "./model";
import { ResourcesSection } from "./resources-section";
import { ServicePicker } from "./service-picker";
import { useCatalogService } from "./use-catalog";

export function PermissionBlock({ block, index, onChange, onRemove }: { block: Block; index: number; onChange: (b: Block) => void; onRemove: () => void }) {
  const detail = useCatalogService(block.service);
  const label = `Permission block ${index + 1}`;
  const deny = block.effect === "Deny";
  const patch = (p: Partial<Block>) => onChange({ ...block, ...p });
  return (
    <section aria-label={label} className={`rounded-xl border-2 p-4 ${deny ? "border-aws-red" : "border-aws-border"}`}>
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h3 className="text-lg font-bold">
          {detail.data?.name ?? block.service ?? "Select a service"}{" "}
          <span className={`ml-1 rounded px-2 text-sm ${deny ? "bg-[#fff7f7] text-aws-red" : "bg-aws-bg"}`}>{block.effect}</span>
        </h3>
        <div className="flex gap-2">
          <Button onClick={() => patch({ effect: deny ? "Allow" : "Deny" })}>{deny ? "Switch to allow permissions" : "Switch to deny permissions"}</Button>
          <Button aria-label={`Remove ${label.toLowerCase()}`} onClick={onRemove}>
            Remove
          </Button>
        </div>
      </div>
      {block.service === null ? (
        <div className="mt-3">
          <ServicePicker onPick={(service) => patch({ service, actions: [] })} />
        </div>
      ) : (
        <>
          <p className="mt-2 text-sm">
            Service: <span className="font-bold">{detail.data?.name ?? block.service}</span> ({block.service}){" "}
            <Button variant="link" onClick={() => patch({ service: null, actions: [] })}>
              Change service
            </Button>
          </p>
          {detail.isPending && <p role="status" aria-busy="true" className="text-sm text-aws-muted">Loading actions</p>}
          {detail.error && <QueryError error={detail.error} />}
          {detail.data && <ActionsPicker service={detail.data} actions={block.actions} onChange={(actions) => patch({ actions })} />}
        </>
      )}
      <ResourcesSection resources={block.resources} service={detail.data} onChange={(resources) => patch({ resources })} />
      <ConditionsSection rows={block.conditions} onChange={(conditions) => patch({ conditions })} />
    </section>
  );
}
