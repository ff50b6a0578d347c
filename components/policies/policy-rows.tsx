"use client";
// The rows and columns of "Permissions policies (N)" on the role, user and group Permissions tabs:
// the managed policies (linked to their page, with Type and Attached entities), then the inline ones
// as "Customer inline" rows whose JSON expands in place.
import Link from "next/link";
import { useState } from "react";
import type { Column } from "@/components/ui/table";
import type { AttachedPolicy } from "@/components/users/types";
import { InlinePolicyCell } from "./inline-policy-cell";
import type { InlineDocument } from "./use-inline-policies";

export interface PolicyRow {
  key: string;
  name: string;
  type: string;
  entities: number | null;
  /** A managed policy's ARN. */
  arn?: string;
  /** An inline policy's document. */
  document?: string;
}

export function policyRows(attached: readonly AttachedPolicy[], inline: readonly InlineDocument[]): PolicyRow[] {
  return [
    ...attached.map((p) => ({ key: p.PolicyArn, name: p.PolicyName, type: p.Type, entities: p.AttachmentCount, arn: p.PolicyArn })),
    ...inline.map((p) => ({ key: `inline:${p.PolicyName}`, name: p.PolicyName, type: "Customer inline", entities: null, document: p.PolicyDocument })),
  ];
}

/** The table's columns (and which inline row is expanded); `inlineActions` goes above an expanded inline policy's JSON. */
export function usePolicyColumns(inlineActions?: (row: PolicyRow) => React.ReactNode): Column<PolicyRow>[] {
  const [expanded, setExpanded] = useState<string | null>(null);
  return [
    {
      id: "name",
      header: "Policy name",
      cell: (r) =>
        r.document !== undefined ? (
          <InlinePolicyCell name={r.name} document={r.document} expanded={expanded === r.key} onToggle={() => setExpanded(expanded === r.key ? null : r.key)}>
            {inlineActions?.(r)}
          </InlinePolicyCell>
        ) : (
          <Link href={`/iam/policies/details/${encodeURIComponent(r.arn as string)}`}>{r.name}</Link>
        ),
    },
    { id: "type", header: "Type", cell: (r) => r.type },
    { id: "entities", header: "Attached entities", cell: (r) => (r.entities === null ? "-" : r.entities) },
  ];
}
