"use client";
// "Add a resource": one ARN (or *) added to the statement's Resource.
import { useState } from "react";
import { TextField } from "@/components/ui/text-field";
import { resourceError } from "./statement-options";
import { AddToStatementModal } from "./add-to-statement-modal";

export function AddResourceModal({ onClose, onAdd }: { onClose: () => void; onAdd: (arn: string) => void }) {
  const [arn, setArn] = useState("");
  const error = resourceError(arn);
  return (
    <AddToStatementModal title="Add resource" invalid={!!error} onClose={onClose} onAdd={() => onAdd(arn.trim())}>
      {(showErrors) => (
        <TextField label="Resource ARN" value={arn} onChange={setArn} placeholder="arn:aws:s3:::amzn-s3-demo-bucket/*" error={showErrors ? error : null} autoFocus />
      )}
    </AddToStatementModal>
  );
}
