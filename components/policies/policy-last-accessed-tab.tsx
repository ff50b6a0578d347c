"use client";
// The policy page's Last Accessed tab (console-spec §6.2): the services the policy allows and when an
// entity it is attached to last used each, within the 400-day tracking period.
import { LastAccessedPanel } from "@/components/last-accessed/last-accessed-panel";
import { usePolicyLastAccessed } from "./hooks/use-policy-last-accessed";

export function PolicyLastAccessedTab({ arn, active }: { arn: string; active: boolean }) {
  return (
    <LastAccessedPanel
      query={usePolicyLastAccessed(arn, active)}
      middle="entity"
      description="Service last accessed information shows when an entity this policy is attached to last used each service the policy allows. Recent activity usually appears within 4 hours. Data is stored for a maximum of 400 days."
      emptyDescription="This policy allows no services."
    />
  );
}
