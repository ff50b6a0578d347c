"use client";
// The footer of the Attach / Detach policy modals: IAM's error if the change fails, Cancel, and the
// button that attaches or detaches the policy to or from the chosen entities.
import { Button } from "@/components/ui/button";
import { ErrorAlert } from "@/components/ui/error-alert";
import { useChangePolicyAttachments } from "./hooks/use-change-policy-attachments";
import type { AttachedEntity } from "./types";

type PolicyRef = { PolicyName: string; Arn: string };

/** What the Policies list and the Entities attached tab hand an Attach or Detach modal. */
export interface PolicyModalProps {
  policy: PolicyRef;
  open: boolean;
  onOpenChange: (o: boolean) => void;
  onDone: (message: string) => void;
}

/** The modal's body, rendered only while it is open. */
export type PolicyModalBodyProps = Pick<PolicyModalProps, "policy" | "onDone"> & { close: () => void };

const WORDING = {
  attach: { label: "Attach policy", done: "attached to" },
  detach: { label: "Detach policy", done: "detached from" },
} as const;

export function ChangeAttachmentsFooter({
  policy,
  mode,
  chosen,
  close,
  onDone,
}: PolicyModalBodyProps & { mode: "attach" | "detach"; chosen: AttachedEntity[] }) {
  const change = useChangePolicyAttachments(policy.Arn);
  const { label, done } = WORDING[mode];
  const submit = () =>
    change.mutate(mode === "attach" ? { attach: chosen } : { detach: chosen }, {
      onSuccess: (r) => {
        const changed = mode === "attach" ? r.Attached : r.Detached;
        close();
        onDone(`Policy ${policy.PolicyName} ${done} ${changed.length === 1 ? changed[0].Name : `${changed.length} entities`}.`);
      },
    });
  return (
    <>
      {change.error && <ErrorAlert className="mt-3">{change.error.message}</ErrorAlert>}
      <div className="mt-4 flex justify-end gap-2 border-t border-aws-divider pt-3">
        <Button variant="link" onClick={close}>
          Cancel
        </Button>
        <Button variant="primary" disabled={chosen.length === 0} loading={change.isPending} onClick={submit}>
          {label}
        </Button>
      </div>
    </>
  );
}
