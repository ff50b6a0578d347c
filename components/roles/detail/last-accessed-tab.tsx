"use client";
// Last Accessed (console-spec §4.6): the services the role's policies allow, which policies allow
// them, and when a session of the role last used them within the 400-day tracking period.
import { LastAccessedPanel } from "@/components/last-accessed/last-accessed-panel";
import { useRoleLastAccessed } from "../hooks/use-role-last-accessed";

export function LastAccessedTab({ roleName, active }: { roleName: string; active: boolean }) {
  return (
    <LastAccessedPanel
      query={useRoleLastAccessed(roleName, active)}
      middle="policies"
      description="Service last accessed information shows when this role last used each service its policies allow. Recent activity usually appears within 4 hours. Data is stored for a maximum of 400 days."
      emptyDescription="The role's policies allow no services."
    />
  );
}
