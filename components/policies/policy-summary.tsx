"use client";
// The policy page's "Policy details": Type, Creation time, Edited time, ARN (copyable), Description.
import { Container, KeyValue } from "@/components/ui/container";
import { CopyableText } from "@/components/ui/copy-button";
import { longDate } from "@/components/ui/time";
import type { PolicyDetail } from "./types";

export function PolicySummary({ detail }: { detail: PolicyDetail }) {
  const p = detail.Policy;
  return (
    <Container title="Policy details">
      <dl className="grid grid-cols-1 gap-4 md:grid-cols-3">
        <KeyValue label="Type">{detail.Type}</KeyValue>
        <KeyValue label="Creation time">{longDate(p.CreateDate)}</KeyValue>
        <KeyValue label="Edited time">{longDate(p.UpdateDate)}</KeyValue>
        <KeyValue label="ARN">
          <CopyableText text={p.Arn} label="Copy ARN" testId="policy-arn" />
        </KeyValue>
        <KeyValue label="Description">{p.Description || "-"}</KeyValue>
      </dl>
    </Container>
  );
}
