"use client";
// A user's or a group's "Permissions policies (N)": the attached managed policies with Type and
// Attached entities, and (when given) the inline ones as "Customer inline" rows whose JSON expands in
// place. Remove detaches managed policies and deletes inline ones; Add permissions / Attach policies.
import type { UseQueryResult } from "@tanstack/react-query";
import { LinkButton } from "@/components/ui/link-button";
import type { AttachedPolicy } from "@/components/users/types";
import { PermissionsPoliciesPanel } from "./permissions-policies-panel";
import { policyRows, usePolicyColumns } from "./policy-rows";
import type { InlineDocument } from "./use-inline-policies";

export function AttachedPoliciesPanel({
  policies,
  detach,
  inline,
  addHref,
  addLabel = "Add permissions",
}: {
  policies: UseQueryResult<{ AttachedPolicies: AttachedPolicy[] }>;
  detach: (policyArn: string) => Promise<unknown>;
  inline?: { query: UseQueryResult<{ InlinePolicies: InlineDocument[] }>; remove: (policyName: string) => Promise<unknown> };
  addHref: string;
  addLabel?: string;
}) {
  const rows = policyRows(policies.data?.AttachedPolicies ?? [], inline?.query.data?.InlinePolicies ?? []);
  const columns = usePolicyColumns();
  const both = inline?.query;
  const query = both
    ? {
        isError: policies.isError || both.isError,
        isPending: policies.isPending || both.isPending,
        error: policies.error ?? both.error,
        isSuccess: policies.isSuccess && both.isSuccess,
        refetch: () => Promise.all([policies.refetch(), both.refetch()]),
      }
    : policies;

  return (
    <PermissionsPoliciesPanel
      query={query}
      rows={rows}
      itemKey={(r) => r.key}
      nameOf={(r) => r.name}
      columns={columns}
      addAction={
        <LinkButton href={addHref} variant="primary">
          {addLabel}
        </LinkButton>
      }
      remove={async (chosen) => {
        for (const r of chosen) await (r.arn ? detach(r.arn) : inline?.remove(r.name));
        return chosen.length === 1 ? `Policy ${chosen[0].name} removed.` : `${chosen.length} policies removed.`;
      }}
      confirmLabel="Remove policy"
      confirmBody={() => <p>Managed policies are detached and inline policies are deleted. Access they granted stops immediately.</p>}
    />
  );
}
