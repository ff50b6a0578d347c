"use client";
// One side of a group membership ("Users in this group", "User groups membership"): a multi-select
// table, Remove (one call per selected row, then a flash) and an Add button that opens the page's
// own picker. Table label and container title are the same text.
import { useState } from "react";
import { Button } from "./button";
import { Container } from "./container";
import { useFlash } from "./flashbar";
import { QueryTable, type QueryState } from "./query-table";
import type { TableProps } from "./table";

export function MembershipPanel<T>({
  title,
  description,
  removeLabel,
  addLabel,
  onAdd,
  removeOne,
  removing,
  removedMessage,
  failureMessage,
  query,
  children,
  ...table
}: {
  title: string;
  description: string;
  removeLabel: string;
  addLabel: string;
  onAdd: () => void;
  removeOne: (key: string) => Promise<unknown>;
  removing: boolean;
  removedMessage: (keys: string[]) => string;
  failureMessage: string;
  query: QueryState & { isSuccess: boolean };
  /** The add picker. */
  children: React.ReactNode;
} & Omit<TableProps<T>, "label" | "loading" | "selected" | "onSelectedChange" | "selectionType">) {
  const [selected, setSelected] = useState<string[]>([]);
  const { push } = useFlash();

  async function removeSelected() {
    try {
      for (const key of selected) await removeOne(key);
      push({ type: "success", content: removedMessage(selected) });
      setSelected([]);
    } catch (e) {
      push({ type: "error", content: e instanceof Error ? e.message : failureMessage });
    }
  }

  return (
    <Container
      title={title}
      counter={query.isSuccess ? `(${table.items.length})` : undefined}
      description={description}
      actions={
        <>
          <Button disabled={selected.length === 0} loading={removing} onClick={() => void removeSelected()}>
            {removeLabel}
          </Button>
          <Button variant="primary" onClick={onAdd}>
            {addLabel}
          </Button>
        </>
      }
    >
      <QueryTable query={query} label={title} {...table} selectionType="multi" selected={selected} onSelectedChange={setSelected} />
      {children}
    </Container>
  );
}
