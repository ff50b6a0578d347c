"use client";
// The gear's "Preferences" modal: page size and visible columns; Confirm applies and remembers them.
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Modal } from "@/components/ui/modal";
import { PAGE_SIZES, ROLE_COLUMNS, type ListPreferences, type RoleColumnId } from "./use-list-preferences";

export function PreferencesModal({
  open,
  onOpenChange,
  value,
  onConfirm,
}: {
  open: boolean;
  onOpenChange: (o: boolean) => void;
  value: ListPreferences;
  onConfirm: (p: ListPreferences) => void;
}) {
  const [draft, setDraft] = useState(value);
  const toggle = (id: RoleColumnId) =>
    setDraft((d) => ({ ...d, visible: d.visible.includes(id) ? d.visible.filter((c) => c !== id) : [...d.visible, id] }));
  return (
    <Modal
      open={open}
      onOpenChange={onOpenChange}
      title="Preferences"
      size="large"
      footer={
        <>
          <Button variant="link" onClick={() => onOpenChange(false)}>
            Cancel
          </Button>
          <Button
            variant="primary"
            onClick={() => {
              onConfirm(draft);
              onOpenChange(false);
            }}
          >
            Confirm
          </Button>
        </>
      }
    >
      <div className="grid gap-6 sm:grid-cols-2">
        <fieldset>
          <legend className="mb-2 font-bold">Page size</legend>
          {PAGE_SIZES.map((n) => (
            <label key={n} className="flex items-center gap-2 py-0.5">
              <input type="radio" name="page-size" checked={draft.pageSize === n} onChange={() => setDraft((d) => ({ ...d, pageSize: n }))} />
              {n} resources
            </label>
          ))}
        </fieldset>
        <fieldset>
          <legend className="mb-2 font-bold">Select visible columns</legend>
          {ROLE_COLUMNS.map((c) => (
            <label key={c.id} className="flex items-center gap-2 py-0.5">
              <input
                type="checkbox"
                checked={draft.visible.includes(c.id)}
                disabled={"alwaysVisible" in c}
                onChange={() => toggle(c.id)}
              />
              {c.label}
            </label>
          ))}
        </fieldset>
      </div>
    </Modal>
  );
}
