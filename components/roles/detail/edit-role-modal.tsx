"use client";
// Summary → Edit (console-spec §4.2): Description (≤ 1,000 characters) and Maximum session duration
// (1, 2, 4, 8, 12 hours or a custom number of seconds, 3,600–43,200). Service-linked roles may only
// change their description. IAM's errors show in the modal.
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Modal } from "@/components/ui/modal";
import { TextField } from "@/components/ui/text-field";
import { useFlash } from "@/components/ui/flashbar";
import { ErrorAlert } from "@/components/ui/error-alert";
import { useRoleUpdate } from "../hooks/use-role-update";
import type { RoleDetail } from "./types";

const PRESETS = [3600, 7200, 14400, 28800, 43200];
const PRESET_LABEL: Record<number, string> = { 3600: "1 hour", 7200: "2 hours", 14400: "4 hours", 28800: "8 hours", 43200: "12 hours" };
const DESCRIPTION_MAX = 1000;
const DESCRIPTION_HINT =
  "Maximum 1000 characters. Use letters (A-Z and a-z), numbers (0-9), tabs, new lines, or any of the following characters: _+=,.@-/\\[]!#$%^&*()<>?~`'\";:|";

export function EditRoleModal({ detail, open, onOpenChange }: { detail: RoleDetail; open: boolean; onOpenChange: (o: boolean) => void }) {
  const role = detail.Role;
  const current = role.MaxSessionDuration ?? 3600;
  const [description, setDescription] = useState(role.Description ?? "");
  const [choice, setChoice] = useState(PRESETS.includes(current) ? String(current) : "custom");
  const [custom, setCustom] = useState(String(current));
  const [error, setError] = useState<string | null>(null);
  const update = useRoleUpdate(role.RoleName);
  const { push } = useFlash();

  const seconds = choice === "custom" ? Number(custom) : Number(choice);
  const customError =
    choice === "custom" && !(Number.isInteger(seconds) && seconds >= 3600 && seconds <= 43200) ? "Enter a value between 3600 and 43200 seconds." : null;
  const descriptionError = description.length > DESCRIPTION_MAX ? `Description must be ${DESCRIPTION_MAX} characters or fewer.` : null;

  function reset(o: boolean) {
    if (o) {
      setDescription(role.Description ?? "");
      setChoice(PRESETS.includes(current) ? String(current) : "custom");
      setCustom(String(current));
    }
    setError(null);
    onOpenChange(o);
  }

  async function save() {
    setError(null);
    try {
      await update.mutateAsync(detail.ServiceLinked ? { description } : { description, maxSessionDuration: seconds });
      push({ type: "success", content: `Role ${role.RoleName} updated.` });
      onOpenChange(false);
    } catch (e) {
      setError(e instanceof Error ? e.message : "The role could not be updated.");
    }
  }

  return (
    <Modal
      open={open}
      onOpenChange={reset}
      title={`Edit ${role.RoleName}`}
      footer={
        <>
          <Button variant="link" onClick={() => reset(false)}>
            Cancel
          </Button>
          <Button variant="primary" loading={update.isPending} disabled={!!customError || !!descriptionError} onClick={() => void save()}>
            Save changes
          </Button>
        </>
      }
    >
      <label htmlFor="role-description" className="block font-bold">
        Description
      </label>
      <textarea
        id="role-description"
        value={description}
        onChange={(e) => setDescription(e.target.value)}
        rows={3}
        aria-describedby="role-description-hint"
        aria-invalid={descriptionError ? true : undefined}
        className="mt-1 w-full rounded-lg border-2 border-aws-border px-3 py-1 focus:border-aws-blue focus:outline-none"
      />
      <div id="role-description-hint" className={`mb-4 text-xs ${descriptionError ? "text-aws-red" : "text-aws-muted"}`}>
        {descriptionError ?? DESCRIPTION_HINT}
      </div>
      <label htmlFor="role-max-session" className="block font-bold">
        Maximum session duration
      </label>
      <select
        id="role-max-session"
        value={choice}
        disabled={detail.ServiceLinked}
        onChange={(e) => setChoice(e.target.value)}
        className="mt-1 mb-2 rounded-lg border-2 border-aws-border px-2 py-1"
      >
        {PRESETS.map((s) => (
          <option key={s} value={String(s)}>
            {PRESET_LABEL[s]}
          </option>
        ))}
        <option value="custom">Custom duration</option>
      </select>
      {choice === "custom" && (
        <TextField label="Duration in seconds" type="number" min={3600} max={43200} value={custom} onChange={setCustom} error={customError} constraint="Between 3600 and 43200 seconds (1 to 12 hours)." />
      )}
      <p className="text-sm text-aws-muted">The new maximum applies the next time the role is assumed; existing sessions keep their duration.</p>
      {error && <ErrorAlert className="mt-3">{error}</ErrorAlert>}
    </Modal>
  );
}
