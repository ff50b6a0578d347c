"use client";
// A Tags tab for any IAM entity (console-spec §4.5, §6.2): Key / Value table; "Add new tag" (no tags
// yet) or "Manage tags" opens the row editor — up to 50 tags, keys ≤ 128 and values ≤ 256 characters,
// `aws:` reserved — saved as a whole with Save changes. IAM re-checks everything and its message is
// shown. The entity's page supplies the query and the save mutation.
import type { UseMutationResult, UseQueryResult } from "@tanstack/react-query";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Container } from "@/components/ui/container";
import { useFlash } from "@/components/ui/flashbar";
import { QueryError } from "@/components/ui/access-denied-alert";
import { EmptyState, Table } from "@/components/ui/table";
import { ErrorAlert } from "@/components/ui/error-alert";

export interface Tag {
  Key: string;
  Value: string;
}

const MAX_TAGS = 50;
const KEY_REQUIRED = "Key is required.";

/** A row being edited: `touched` once its key field was left, as Cloudscape's tag editor tracks it. */
type Row = Tag & { touched?: boolean };

function rowError(t: Tag, all: Tag[]): string | null {
  if (!t.Key) return KEY_REQUIRED;
  if (t.Key.length > 128) return "Key must be 128 characters or fewer.";
  if (t.Value.length > 256) return "Value must be 256 characters or fewer.";
  if (t.Key.toLowerCase().startsWith("aws:")) return "Keys beginning with aws: are reserved for AWS use.";
  if (all.filter((o) => o.Key.toLowerCase() === t.Key.toLowerCase()).length > 1) return "Tag keys must be unique (keys are case-insensitive).";
  return null;
}

export function TagsPanel({
  tags,
  save,
  savedMessage,
}: {
  tags: UseQueryResult<{ Tags: Tag[] }>;
  save: UseMutationResult<unknown, Error, Tag[]>;
  /** The success flash, e.g. "Tags for role X saved." */
  savedMessage: string;
}) {
  const { push } = useFlash();
  const [rows, setRows] = useState<Row[] | null>(null);
  const [attempted, setAttempted] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const items = tags.data?.Tags ?? [];
  // A new row's empty key is not an error yet: it becomes one once the field is left or Save is pressed.
  const errors = rows?.map((t) => rowError(t, rows)) ?? [];
  const shown = errors.map((e, i) => (e === KEY_REQUIRED && !rows?.[i]?.touched && !attempted ? null : e));

  function edit(next: Row[] | null) {
    setAttempted(false);
    setRows(next);
  }

  async function submit() {
    if (!rows) return;
    setError(null);
    setAttempted(true);
    if (errors.some(Boolean)) return;
    try {
      await save.mutateAsync(rows.map(({ Key, Value }) => ({ Key, Value })));
      push({ type: "success", content: savedMessage });
      edit(null);
    } catch (e) {
      setError(e instanceof Error ? e.message : "The tags could not be saved.");
    }
  }

  const update = (i: number, patch: Partial<Row>) => setRows((rs) => rs && rs.map((r, j) => (j === i ? { ...r, ...patch } : r)));

  if (rows) {
    return (
      <Container title="Manage tags" description={`You can add up to ${MAX_TAGS} tags. Tag keys are case-insensitive.`}>
        <div className="flex flex-col gap-2">
          {rows.map((t, i) => (
            <div key={i} className="flex flex-wrap items-start gap-2">
              <div>
                <input
                  aria-label={`Tag ${i + 1} key`}
                  value={t.Key}
                  onChange={(e) => update(i, { Key: e.target.value })}
                  onBlur={() => update(i, { touched: true })}
                  placeholder="Key"
                  className="rounded-lg border-2 border-aws-border px-2 py-1"
                />
                {shown[i] && <div className="mt-1 text-sm text-aws-red">{shown[i]}</div>}
              </div>
              <input aria-label={`Tag ${i + 1} value`} value={t.Value} onChange={(e) => update(i, { Value: e.target.value })} placeholder="Value - optional" className="rounded-lg border-2 border-aws-border px-2 py-1" />
              <Button onClick={() => setRows(rows.filter((_, j) => j !== i))} aria-label={`Remove tag ${i + 1}`}>
                Remove
              </Button>
            </div>
          ))}
        </div>
        <div className="mt-3 flex items-center gap-2">
          <Button disabled={rows.length >= MAX_TAGS} onClick={() => setRows([...rows, { Key: "", Value: "" }])}>
            Add new tag
          </Button>
          <span className="text-sm text-aws-muted">You can add up to {MAX_TAGS - rows.length} more tags.</span>
        </div>
        {error && <ErrorAlert className="mt-3">{error}</ErrorAlert>}
        <div className="mt-4 flex justify-end gap-2">
          <Button variant="link" onClick={() => edit(null)}>
            Cancel
          </Button>
          <Button variant="primary" loading={save.isPending} disabled={shown.some((e) => e && e !== KEY_REQUIRED)} onClick={() => void submit()}>
            Save changes
          </Button>
        </div>
      </Container>
    );
  }

  return (
    <Container
      title="Tags"
      counter={tags.isSuccess ? `(${items.length})` : undefined}
      description="Tags are key-value pairs that you can add to AWS resources to help identify, organize, or search for resources."
      actions={
        <Button disabled={!tags.isSuccess} onClick={() => edit(items.length ? items.map((t) => ({ ...t })) : [{ Key: "", Value: "" }])}>
          {items.length ? "Manage tags" : "Add new tag"}
        </Button>
      }
    >
      {tags.isError ? (
        <QueryError error={tags.error} />
      ) : (
        <Table
          label="Tags"
          columns={[
            { id: "key", header: "Key", cell: (t: Tag) => t.Key },
            { id: "value", header: "Value", cell: (t: Tag) => t.Value || "-" },
          ]}
          items={items}
          itemKey={(t) => t.Key}
          loading={tags.isPending}
          empty={<EmptyState title="No tags associated with the resource." />}
        />
      )}
    </Container>
  );
}
