"use client";
// "Permissions policies (N)", as the user, group and role pages show it: ⟳, the page's own extra
// actions, Remove (confirmed in a modal that keeps IAM's error on failure) and the add action over
// a multi-select table of the policies.
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Container } from "@/components/ui/container";
import { ErrorAlert } from "@/components/ui/error-alert";
import { useFlash } from "@/components/ui/flashbar";
import { Modal } from "@/components/ui/modal";
import { QueryTable, type QueryState } from "@/components/ui/query-table";
import { EmptyState, type Column } from "@/components/ui/table";

/** AWS's default managed-policy quota for users, groups and roles. */
const QUOTA = 10;

export function PermissionsPoliciesPanel<T>({
  query,
  rows,
  itemKey,
  nameOf,
  columns,
  readOnly = false,
  extraActions,
  addAction,
  remove,
  confirmLabel,
  confirmBody,
}: {
  query: QueryState & { isSuccess: boolean; refetch: () => unknown };
  rows: T[];
  itemKey: (row: T) => string;
  nameOf: (row: T) => string;
  columns: Column<T>[];
  /** Service-linked roles: nothing can be selected or removed. */
  readOnly?: boolean;
  extraActions?: React.ReactNode;
  addAction: React.ReactNode;
  /** Removes the chosen rows and resolves to the success message. */
  remove: (chosen: T[]) => Promise<string>;
  confirmLabel: string;
  confirmBody: (chosen: T[]) => React.ReactNode;
}) {
  const [selected, setSelected] = useState<string[]>([]);
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const { push } = useFlash();
  const chosen = rows.filter((r) => selected.includes(itemKey(r)));

  async function confirm() {
    setBusy(true);
    setError(null);
    try {
      push({ type: "success", content: await remove(chosen) });
      setSelected([]);
      setConfirming(false);
    } catch (e) {
      setError(e instanceof Error ? e.message : "The policy could not be removed.");
    } finally {
      setBusy(false);
    }
  }

  return (
    <Container
      title="Permissions policies"
      counter={query.isSuccess ? `(${rows.length})` : undefined}
      info="role-permissions"
      description={`You can attach up to ${QUOTA} managed policies.`}
      actions={
        <>
          <Button variant="icon" aria-label="Refresh permissions policies" onClick={() => void query.refetch()}>
            ⟳
          </Button>
          {extraActions}
          <Button disabled={chosen.length === 0 || readOnly} onClick={() => setConfirming(true)}>
            Remove
          </Button>
          {addAction}
        </>
      }
    >
      <QueryTable
        query={query}
        label="Permissions policies"
        columns={columns}
        items={rows}
        itemKey={itemKey}
        loadingText="Loading policies"
        selectionType={readOnly ? undefined : "multi"}
        selected={selected}
        onSelectedChange={setSelected}
        empty={<EmptyState title="No resources to display" />}
      />
      <Modal
        open={confirming}
        onOpenChange={(o) => {
          setConfirming(o);
          setError(null);
        }}
        title={chosen.length === 1 ? `Remove ${nameOf(chosen[0])}?` : `Remove ${chosen.length} policies?`}
        footer={
          <>
            <Button variant="link" onClick={() => setConfirming(false)}>
              Cancel
            </Button>
            <Button variant="primary" loading={busy} onClick={() => void confirm()}>
              {confirmLabel}
            </Button>
          </>
        }
      >
        {confirmBody(chosen)}
        {error && <ErrorAlert className="mt-3">{error}</ErrorAlert>}
      </Modal>
    </Container>
  );
}
