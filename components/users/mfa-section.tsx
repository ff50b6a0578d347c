"use client";
// "Multi-factor authentication (MFA) (N)": the user's virtual device with Remove (confirmed) and
// "Assign MFA device" (up to AWS's eight devices per user).
import { useState } from "react";

/** AWS's quota of MFA devices per user (lib/iam/mfa-devices/codes.ts enforces it). */
const MFA_DEVICES_PER_USER = 8;
import { Button } from "@/components/ui/button";
import { Container } from "@/components/ui/container";
import { Modal } from "@/components/ui/modal";
import { useFlash } from "@/components/ui/flashbar";
import { QueryTable } from "@/components/ui/query-table";
import { EmptyState, type Column } from "@/components/ui/table";
import { longDate } from "@/components/ui/time";
import { ErrorAlert } from "@/components/ui/error-alert";
import { AssignMfaModal } from "./assign-mfa-modal";
import { useMfaDevices } from "./use-mfa-devices";
import { useRemoveMfa } from "./use-remove-mfa";
import type { MfaDevice } from "./types";

const COLUMNS: Column<MfaDevice>[] = [
  { id: "type", header: "Type", cell: () => "Virtual" },
  { id: "id", header: "Identifier", cell: (d) => <span className="font-mono text-sm">{d.SerialNumber}</span> },
  { id: "created", header: "Created on", cell: (d) => longDate(d.EnableDate) },
];

export function MfaSection({ userName }: { userName: string }) {
  const devices = useMfaDevices(userName);
  const remove = useRemoveMfa(userName);
  const [selected, setSelected] = useState<string[]>([]);
  const [assigning, setAssigning] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const { push } = useFlash();
  const items = devices.data?.MFADevices ?? [];

  return (
    <Container
      title="Multi-factor authentication (MFA)"
      counter={devices.isSuccess ? `(${items.length})` : undefined}
      description="Use MFA to increase the security of your AWS environment. Signing in with MFA requires an authentication code from an MFA device."
      actions={
        <>
          <Button disabled={selected.length !== 1} onClick={() => setConfirming(true)}>
            Remove
          </Button>
          <Button variant="primary" disabled={items.length >= MFA_DEVICES_PER_USER} onClick={() => setAssigning(true)}>
            Assign MFA device
          </Button>
        </>
      }
    >
      <QueryTable
        query={devices}
        label="MFA devices"
        columns={COLUMNS}
        items={items}
        itemKey={(d) => d.SerialNumber}
        selectionType="single"
        selected={selected}
        onSelectedChange={setSelected}
        empty={<EmptyState title="No MFA devices" description="Assign an MFA device to improve the security of your AWS environment." />}
      />
      <AssignMfaModal
        userName={userName}
        open={assigning}
        onOpenChange={setAssigning}
        onAssigned={(name) => push({ type: "success", content: `MFA device ${name} assigned.` })}
      />
      <Modal
        open={confirming}
        onOpenChange={(o) => {
          setConfirming(o);
          remove.reset();
        }}
        title="Remove MFA device?"
        footer={
          <>
            <Button variant="link" onClick={() => setConfirming(false)}>
              Cancel
            </Button>
            <Button
              variant="primary"
              loading={remove.isPending}
              onClick={() =>
                remove.mutate(selected[0], {
                  onSuccess: () => {
                    push({ type: "success", content: "MFA device removed." });
                    setSelected([]);
                    setConfirming(false);
                  },
                })
              }
            >
              Remove
            </Button>
          </>
        }
      >
        <p>
          Remove <span className="font-mono">{selected[0]}</span> from {userName}? The user can no longer sign in with it.
        </p>
        {remove.error && <ErrorAlert className="mt-3">{remove.error.message}</ErrorAlert>}
      </Modal>
    </Container>
  );
}
