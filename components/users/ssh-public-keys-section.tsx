"use client";
// "SSH public keys for AWS CodeCommit (N)": upload (5 per user), show a key (SSH or PEM), make it
// inactive/active, delete — as the IAM console's Security credentials tab offers them.
// AWS: https://docs.aws.amazon.com/codecommit/latest/userguide/setting-up-ssh-unixes.html
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { ConfirmModal } from "@/components/ui/confirm-modal";
import { Container } from "@/components/ui/container";
import { useFlash } from "@/components/ui/flashbar";
import { QueryTable } from "@/components/ui/query-table";
import { EmptyState, type Column } from "@/components/ui/table";
import { relativeTime } from "@/components/ui/time";
import type { SshKey } from "./credential-types";
import { ShowSshKeyModal } from "./show-ssh-key-modal";
import { UploadSshKeyModal } from "./upload-ssh-key-modal";
import { useDeleteSshPublicKey, useSshPublicKeys, useUpdateSshPublicKey } from "./use-ssh-public-keys";

/** IAM's quota of SSH public keys per user. */
const KEYS_PER_USER = 5;

export function SshPublicKeysSection({ userName }: { userName: string }) {
  const keys = useSshPublicKeys(userName);
  const update = useUpdateSshPublicKey(userName);
  const del = useDeleteSshPublicKey(userName);
  const [uploading, setUploading] = useState(false);
  const [showing, setShowing] = useState<string | null>(null);
  const [deleting, setDeleting] = useState<string | null>(null);
  const { push } = useFlash();
  const items = keys.data?.SSHPublicKeys ?? [];

  const setStatus = (k: SshKey, status: "Active" | "Inactive") =>
    update.mutate(
      { id: k.SSHPublicKeyId, status },
      {
        onSuccess: () => push({ type: "success", content: `SSH public key ${k.SSHPublicKeyId} is now ${status.toLowerCase()}.` }),
        onError: (e) => push({ type: "error", content: e.message }),
      },
    );

  const columns: Column<SshKey>[] = [
    { id: "id", header: "SSH key ID", cell: (k) => <span className="font-mono">{k.SSHPublicKeyId}</span> },
    { id: "uploaded", header: "Uploaded", cell: (k) => relativeTime(k.UploadDate) },
    { id: "status", header: "Status", cell: (k) => k.Status },
    {
      id: "actions",
      header: "Actions",
      cell: (k) => (
        <span className="flex flex-wrap gap-2">
          <Button onClick={() => setShowing(k.SSHPublicKeyId)}>Show SSH key</Button>
          {k.Status === "Active" ? (
            <Button onClick={() => setStatus(k, "Inactive")}>Make inactive</Button>
          ) : (
            <Button onClick={() => setStatus(k, "Active")}>Make active</Button>
          )}
          <Button onClick={() => setDeleting(k.SSHPublicKeyId)}>Delete</Button>
        </span>
      ),
    },
  ];

  return (
    <Container
      title="SSH public keys for AWS CodeCommit"
      counter={keys.isSuccess ? `(${items.length})` : undefined}
      description={`Use SSH public keys to authenticate access to AWS CodeCommit repositories. You can have a maximum of ${KEYS_PER_USER} SSH public keys (active or inactive) at a time.`}
      actions={
        <Button variant="primary" disabled={items.length >= KEYS_PER_USER} onClick={() => setUploading(true)}>
          Upload SSH public key
        </Button>
      }
    >
      <QueryTable
        query={keys}
        label="SSH public keys for AWS CodeCommit"
        columns={columns}
        items={items}
        itemKey={(k) => k.SSHPublicKeyId}
        empty={<EmptyState title="No SSH public keys" description="Upload an SSH public key to connect to CodeCommit over SSH." />}
      />
      {uploading && (
        <UploadSshKeyModal
          userName={userName}
          onClose={() => setUploading(false)}
          onUploaded={(id) => {
            setUploading(false);
            push({ type: "success", content: `SSH public key ${id} uploaded.` });
          }}
        />
      )}
      {showing && <ShowSshKeyModal userName={userName} keyId={showing} onClose={() => setShowing(null)} />}
      {deleting && (
        <ConfirmModal
          title={`Delete SSH public key ${deleting}?`}
          confirmLabel="Delete"
          pending={del.isPending}
          error={del.error}
          onClose={() => {
            del.reset();
            setDeleting(null);
          }}
          onConfirm={() =>
            del.mutate(deleting, {
              onSuccess: () => {
                push({ type: "success", content: `SSH public key ${deleting} deleted.` });
                setDeleting(null);
              },
            })
          }
        >
          <p>Connections to CodeCommit that use this key stop working. This cannot be undone.</p>
        </ConfirmModal>
      )}
    </Container>
  );
}
