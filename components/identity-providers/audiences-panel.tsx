"use client";
// An OIDC provider's Audiences (client IDs): add one in a modal, remove the selected one.
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Container } from "@/components/ui/container";
import { Modal } from "@/components/ui/modal";
import { TextField } from "@/components/ui/text-field";
import { EmptyState, Table, type Column } from "@/components/ui/table";
import { ErrorAlert } from "@/components/ui/error-alert";
import { useAudiences } from "./use-identity-providers";

const COLUMNS: Column<string>[] = [{ id: "audience", header: "Audience", cell: (a) => a }];

export function AudiencesPanel({ resource, audiences }: { resource: string; audiences: string[] }) {
  const { add, remove } = useAudiences(resource);
  const [selected, setSelected] = useState<string[]>([]);
  const [adding, setAdding] = useState(false);
  const [value, setValue] = useState("");
  const close = () => {
    setAdding(false);
    setValue("");
    add.reset();
  };
  return (
    <Container
      title="Audiences"
      counter={`(${audiences.length})`}
      description="Also known as client ID: the application registered with the identity provider."
      actions={
        <>
          <Button
            disabled={!selected[0] || !audiences.includes(selected[0])}
            loading={remove.isPending}
            onClick={() => remove.mutate(selected[0], { onSuccess: () => setSelected([]) })}
          >
            Remove audience
          </Button>
          <Button onClick={() => setAdding(true)}>Add audience</Button>
        </>
      }
    >
      <Table
        label="Audiences"
        columns={COLUMNS}
        items={audiences}
        itemKey={(a) => a}
        selectionType="single"
        selected={selected}
        onSelectedChange={setSelected}
        empty={<EmptyState title="No audiences" />}
      />
      {remove.error && <ErrorAlert className="mt-2">{remove.error.message}</ErrorAlert>}
      <Modal
        open={adding}
        onOpenChange={(o) => (o ? setAdding(true) : close())}
        title="Add audience"
        footer={
          <>
            <Button variant="link" onClick={close}>
              Cancel
            </Button>
            <Button variant="primary" loading={add.isPending} onClick={() => add.mutate(value, { onSuccess: close })}>
              Add audiences
            </Button>
          </>
        }
      >
        <TextField label="Audience" value={value} onChange={setValue} constraint="Maximum 255 characters." error={add.error?.message} />
      </Modal>
    </Container>
  );
}
