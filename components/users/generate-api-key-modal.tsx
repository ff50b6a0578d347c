"use client";
// "Generate API key" (Amazon Bedrock): how long the key lives (CredentialAgeDays), or never expires.
import { useId, useState } from "react";
import { Button } from "@/components/ui/button";
import { ErrorAlert } from "@/components/ui/error-alert";
import { Modal } from "@/components/ui/modal";

const CHOICES = [
  { label: "1 day", days: 1 },
  { label: "30 days", days: 30 },
  { label: "90 days", days: 90 },
  { label: "365 days", days: 365 },
  { label: "Never expires", days: undefined },
];

export function GenerateApiKeyModal({
  pending,
  error,
  onGenerate,
  onClose,
}: {
  pending: boolean;
  error: unknown;
  onGenerate: (days: number | undefined) => void;
  onClose: () => void;
}) {
  const [choice, setChoice] = useState(1);
  const id = useId();
  return (
    <Modal
      open
      onOpenChange={(o) => !o && onClose()}
      title="Generate API key"
      footer={
        <>
          <Button variant="link" onClick={onClose}>
            Cancel
          </Button>
          <Button variant="primary" loading={pending} onClick={() => onGenerate(CHOICES[choice].days)}>
            Generate API key
          </Button>
        </>
      }
    >
      <label htmlFor={id} className="block font-bold">
        API key expiration
      </label>
      <select id={id} value={choice} onChange={(e) => setChoice(Number(e.target.value))} className="mt-1 rounded-lg border-2 border-[#7d8998] px-2 py-1">
        {CHOICES.map((c, i) => (
          <option key={c.label} value={i}>
            {c.label}
          </option>
        ))}
      </select>
      {error ? <ErrorAlert className="mt-3" error={error} /> : null}
    </Modal>
  );
}
