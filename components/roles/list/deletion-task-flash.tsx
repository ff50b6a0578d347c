"use client";
// The notification body for a service-linked role's deletion: "Deletion of X started", then the
// task's status; on failure, "View details" shows the reason and the resources still using the role.
import { useState } from "react";
import { useDeletionTask } from "./use-deletion-task";

export function DeletionTaskFlash({ roleName, taskId }: { roleName: string; taskId: string }) {
  const task = useDeletionTask(roleName, taskId);
  const [details, setDetails] = useState(false);
  const status = task.data?.Status ?? "NOT_STARTED";
  if (status === "SUCCEEDED") return <span>Role {roleName} deleted.</span>;
  if (status === "FAILED") {
    return (
      <span>
        Deletion of {roleName} failed.{" "}
        <button type="button" className="underline" onClick={() => setDetails((d) => !d)}>
          View details
        </button>
        {details && <span className="mt-1 block">{task.data?.Reason?.Reason ?? "The role is still in use."}</span>}
      </span>
    );
  }
  return (
    <span>
      Deletion of {roleName} started. Status: {status}
    </span>
  );
}
