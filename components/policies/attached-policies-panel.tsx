"use client";
// A user's or a group's "Permissions policies (N)": the attached managed policies with Type and
// Attached entities, and (when given) the inline ones as "Customer inline" rows whose JSON expands in
// place. Remove detaches managed policies and deletes inline ones; Add permissions / Attach policies.
import type { UseQueryResult } from "@tanstack/react-query";
import Link from "next/link";
import { useState } from "react";
import { LinkButton } from "@/components/ui/link-button";
import type { Column } from "@/components/ui/table";
import type { AttachedPolicy } from "@/components/users/types";
import { InlinePolicyCell } from "./inline-policy-cell";
import { PermissionsPoliciesPanel } from "./permissions-policies-panel";
import type { InlineDocument } from "./use-inline-policies";

interface Row {
  key: string;
  name: string;
  type: string;
  entities: number | null;
  arn?: string;
  document?: string;
}

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
  const [expanded, setExpanded] = useState<string | null>(null);
  const rows: Row[] = [
    ...(policies.data?.AttachedPolicies ?? []).map((p) => ({ key: p.PolicyArn, name: p.PolicyName, type: p.Type, entities: p.AttachmentCount, arn: p.PolicyArn })),
    ...(inline?.query.data?.InlinePolicies ?? []).map((p) => ({ key: `inline:${p.PolicyName}`, name: p.PolicyName, type: "Customer inline", entities: null, document: p.PolicyDocument })),
  ];
  const columns: Column<Row>[] = [
    {
      id: "name",
      header: "Policy name",
      cell: (r) =>
        r.document !== undefined ? (
          <InlinePolicyCell name={r.name} document={r.document} expanded={expanded === r.key} onToggle={() => setExpanded(expanded === r.key ? null : r.key)} />
        ) : (
          <Link href={`/iam/policies/details/${encodeURIComponent(r.arn as string)}`}>{r.name}</Link>
        ),
    },
    { id: "type", header: "Type", cell: (r) => r.type },
    { id: "entities", header: "Attached entities", cell: (r) => (r.entities === null ? "-" : r.entities) },
  ];
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
