"use client";
// A user's or a group's "Permissions policies (N)": the attached managed policies with Type and
// Attached entities, Remove (detaches) and Add permissions / Attach policies.
import type { UseQueryResult } from "@tanstack/react-query";
import { LinkButton } from "@/components/ui/link-button";
import type { Column } from "@/components/ui/table";
import type { AttachedPolicy } from "@/components/users/types";
import { PermissionsPoliciesPanel } from "./permissions-policies-panel";

const COLUMNS: Column<AttachedPolicy>[] = [
  { id: "name", header: "Policy name", cell: (p) => p.PolicyName },
  { id: "type", header: "Type", cell: (p) => p.Type },
  { id: "entities", header: "Attached entities", cell: (p) => p.AttachmentCount },
];

export function AttachedPoliciesPanel({
  policies,
  detach,
  addHref,
  addLabel = "Add permissions",
}: {
  policies: UseQueryResult<{ AttachedPolicies: AttachedPolicy[] }>;
  detach: (policyArn: string) => Promise<unknown>;
  addHref: string;
  addLabel?: string;
}) {
  return (
    <PermissionsPoliciesPanel
      query={policies}
      rows={policies.data?.AttachedPolicies ?? []}
      itemKey={(p) => p.PolicyArn}
      nameOf={(p) => p.PolicyName}
      columns={COLUMNS}
      addAction={
        <LinkButton href={addHref} variant="primary">
          {addLabel}
        </LinkButton>
      }
      remove={async (chosen) => {
        for (const p of chosen) await detach(p.PolicyArn);
        return chosen.length === 1 ? `Policy ${chosen[0].PolicyName} removed.` : `${chosen.length} policies removed.`;
      }}
      confirmLabel="Remove policy"
      confirmBody={() => <p>The selected policies are detached. Access they granted stops immediately.</p>}
    />
  );
}
