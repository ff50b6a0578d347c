"use client";
// Delete from the list (console-spec §2.4): one role asks for its name, several ask for "delete";
// the last-activity table is shown for each selected role. The console delete cascades (policies,
// inline policies, same-name instance profile); service-linked roles start a deletion task.
import { TypedConfirmDeleteModal } from "@/components/ui/typed-confirm-delete-modal";
import { relativeTime } from "@/components/ui/time";
import { useDeleteRoles, type DeleteRolesOutcome } from "../hooks/use-delete-roles";
import type { RoleRow } from "./types";

/** The confirmation phrase for several roles is unverified upstream (spec [I]); kept in one place. */
export const MULTI_DELETE_PHRASE = "delete";

export function DeleteRolesModal({
  roles,
  open,
  onOpenChange,
  onDone,
}: {
  roles: RoleRow[];
  open: boolean;
  onOpenChange: (o: boolean) => void;
  onDone: (outcome: DeleteRolesOutcome) => void;
}) {
  const del = useDeleteRoles();
  const single = roles.length === 1 ? roles[0] : null;
  const failed = del.data?.failed;
  const serviceLinked = roles.filter((r) => r.Path.startsWith("/aws-service-role/"));
  return (
    <TypedConfirmDeleteModal
      open={open}
      onOpenChange={onOpenChange}
      title={single ? `Delete ${single.RoleName}?` : `Delete ${roles.length} roles?`}
      phrase={single ? single.RoleName : MULTI_DELETE_PHRASE}
      inputLabel={
        single
          ? "To confirm deletion, enter the role name in the text input field."
          : `To confirm deletion, enter "${MULTI_DELETE_PHRASE}" in the text input field.`
      }
      pending={del.isPending}
      error={failed ? (failed.error instanceof Error ? failed.error.message : `${failed.roleName} could not be deleted.`) : null}
      onReset={del.reset}
      onConfirm={(done) =>
        del.mutate(
          roles.map((r) => r.RoleName),
          {
            onSuccess: (outcome) => {
              onDone(outcome);
              if (!outcome.failed) done();
            },
          },
        )
      }
    >
      <p className="mb-3">
        {single
          ? "Permanently delete this role? Its attached and inline policies and the instance profile with the same name are deleted too."
          : "Permanently delete these roles? Their attached and inline policies and the instance profiles with the same names are deleted too."}{" "}
        This action cannot be undone.
      </p>
      {serviceLinked.length > 0 && (
        <p className="mb-3" role="note">
          {serviceLinked.length === 1 ? `${serviceLinked[0].RoleName} is a service-linked role.` : `${serviceLinked.map((r) => r.RoleName).join(", ")} are service-linked roles.`}{" "}
          IAM submits a deletion task, which fails while the service still uses the role&apos;s resources. Its policies belong to the service and are
          deleted with it.
        </p>
      )}
      <table className="mb-2 w-full text-left text-sm" aria-label="Roles to delete">
        <thead>
          <tr className="border-b border-aws-divider">
            <th className="py-1 font-bold text-aws-muted">Name</th>
            <th className="py-1 font-bold text-aws-muted">Last activity</th>
          </tr>
        </thead>
        <tbody>
          {roles.map((r) => (
            <tr key={r.RoleName} className="border-b border-aws-divider">
              <td className="py-1">{r.RoleName}</td>
              <td className="py-1">{relativeTime(r.RoleLastUsed.LastUsedDate)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="mb-3 text-sm text-aws-muted">Recent activity usually appears within 4 hours. Data is stored for a maximum of 400 days.</p>
    </TypedConfirmDeleteModal>
  );
}
