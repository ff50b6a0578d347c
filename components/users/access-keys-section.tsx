"use client";
// "Access keys (N)": Create (secret shown once, in the dialog), Deactivate/Activate, and Delete
// (only an inactive key, with the key id typed to confirm, as the console asks).
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Container } from "@/components/ui/container";
import { useFlash } from "@/components/ui/flashbar";
import { QueryTable } from "@/components/ui/query-table";
import { EmptyState, type Column } from "@/components/ui/table";
import { relativeTime } from "@/components/ui/time";
import { CreateAccessKeyModal } from "./create-access-key-modal";
import { DeleteAccessKeyModal } from "./delete-access-key-modal";
import { useAccessKeys } from "./use-access-keys";
import { useUpdateAccessKey } from "./use-update-access-key";
import type { AccessKeyMetadata } from "./types";

/** AWS's fixed quota of access keys per user. */
const KEYS_PER_USER = 2;

export function AccessKeysSection({ userName }: { userName: string }) {
  const keys = useAccessKeys(userName);
  const update = useUpdateAccessKey(userName);
  const [creating, setCreating] = useState(false);
  const [deleting, setDeleting] = useState<AccessKeyMetadata | null>(null);
  const { push } = useFlash();
  const items = keys.data?.AccessKeyMetadata ?? [];

  const setStatus = (k: AccessKeyMetadata, status: "Active" | "Inactive") =>
    update.mutate(
      { accessKeyId: k.AccessKeyId, status },
      {
        onSuccess: () => push({ type: "success", content: `Access key ${k.AccessKeyId} ${status === "Active" ? "activated" : "deactivated"}.` }),
        onError: (e) => push({ type: "error", content: e.message }),
      },
    );

  const columns: Column<AccessKeyMetadata>[] = [
    { id: "id", header: "Access key ID", cell: (k) => <span className="font-mono">{k.AccessKeyId}</span> },
    { id: "status", header: "Status", cell: (k) => k.Status },
    { id: "created", header: "Created", cell: (k) => relativeTime(k.CreateDate) },
    {
      id: "actions",
      header: "Actions",
      cell: (k) => (
        <span className="flex gap-2">
          {k.Status === "Active" ? (
            <Button onClick={() => setStatus(k, "Inactive")}>Deactivate</Button>
          ) : (
            <Button onClick={() => setStatus(k, "Active")}>Activate</Button>
          )}
          <Button onClick={() => setDeleting(k)}>Delete</Button>
        </span>
      ),
    },
  ];

  return (
    <Container
      title="Access keys"
      counter={keys.isSuccess ? `(${items.length})` : undefined}
      description={`Use access keys to send programmatic calls to AWS from the AWS CLI, AWS Tools for PowerShell, AWS SDKs, or direct AWS API calls. You can have a maximum of ${KEYS_PER_USER} access keys (active or inactive) at a time.`}
      actions={
        <Button variant="primary" disabled={items.length >= KEYS_PER_USER} onClick={() => setCreating(true)}>
          Create access key
        </Button>
      }
    >
      <QueryTable
        query={keys}
        label="Access keys"
        columns={columns}
        items={items}
        itemKey={(k) => k.AccessKeyId}
        empty={<EmptyState title="No access keys" description="As a best practice, avoid using long-term credentials like access keys." />}
      />
      <CreateAccessKeyModal userName={userName} open={creating} onOpenChange={setCreating} />
      {deleting && (
        <DeleteAccessKeyModal
          userName={userName}
          accessKey={items.find((k) => k.AccessKeyId === deleting.AccessKeyId) ?? deleting}
          onClose={() => setDeleting(null)}
          onDeleted={(id) => push({ type: "success", content: `Access key ${id} deleted.` })}
        />
      )}
    </Container>
  );
}
