"use client";
// The flash content after deleting a service-linked role: the deletion task's status, polled from
// GetServiceLinkedRoleDeletionStatus (NOT_STARTED → IN_PROGRESS → SUCCEEDED | FAILED), with
// "View details" listing the reason and the resources still using the role when it fails.
import { useState } from "react";
import { useRoleSlrDeletionStatus } from "../hooks/use-role-slr-deletion-status";

const TEXT = {
  NOT_STARTED: "Deletion of the service-linked role has not started yet.",
  IN_PROGRESS: "Deletion of the service-linked role is in progress.",
  SUCCEEDED: "The service-linked role was deleted.",
  FAILED: "The service-linked role could not be deleted.",
} as const;

export function SlrDeletionStatus({ roleName, taskId }: { roleName: string; taskId: string }) {
  const q = useRoleSlrDeletionStatus(roleName, taskId);
  const [details, setDetails] = useState(false);
  const status = q.data?.Status;
  return (
    <div data-testid="slr-deletion-status" data-status={status ?? "PENDING"}>
      <span>
        {roleName}: {status ? `${status} - ${TEXT[status]}` : q.isError ? q.error.message : "Checking deletion status"}
      </span>
      {status === "FAILED" && (
        <button type="button" className="ml-2 underline" onClick={() => setDetails(!details)}>
          View details
        </button>
      )}
      {details && q.data?.Reason && (
        <div className="mt-1">
          <div>{q.data.Reason.Reason}</div>
          {q.data.Reason.RoleUsageList.map((u) => (
            <div key={u.Region}>
              {u.Region}: {u.Resources.join(", ")}
            </div>
          ))}
        </div>
      )}
    </div>
  );
}
