"use client";
import { TypedConfirmDeleteModal, deleteState, type DeleteModalProps } from "@/components/ui/typed-confirm-delete-modal";
import { useDeleteResource, type RaKind } from "./use-roles-anywhere";

const NOUN: Record<RaKind, string> = { "trust-anchors": "trust anchor", profiles: "profile", crls: "CRL" };
const CONSEQUENCE: Record<RaKind, string> = {
  "trust-anchors": "Workloads whose certificates chain to this trust anchor's CA can no longer obtain credentials through it. This cannot be undone.",
  profiles: "Workloads that name this profile in CreateSession can no longer obtain credentials through it. This cannot be undone.",
  crls: "CreateSession stops checking certificates against this list: the certificates it revokes can obtain credentials again. This cannot be undone.",
};

/** Typed confirmation, as the console's other deletes [INF: AWS's Roles Anywhere dialog wording]: Delete stays disabled until the name is typed. */
export function DeleteResourceModal({ kind, id, name, onDeleted, ...modal }: { kind: RaKind; id: string; name: string } & DeleteModalProps) {
  const del = useDeleteResource(kind);
  return (
    <TypedConfirmDeleteModal
      {...modal}
      title={`Delete ${NOUN[kind]} ${name}?`}
      phrase={name}
      inputLabel={`To confirm deletion, enter the ${NOUN[kind]} name in the text input field.`}
      {...deleteState(del)}
      onConfirm={(done) => del.mutate(id, { onSuccess: () => (done(), onDeleted(name)) })}
    >
      <p className="mb-3">{CONSEQUENCE[kind]}</p>
    </TypedConfirmDeleteModal>
  );
}
