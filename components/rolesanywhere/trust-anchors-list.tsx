"use client";
// "Trust anchors (N)": Name, Trust anchor ID, Status, Source, Created; Enable / Disable / Delete and
// "Create a trust anchor".
import Link from "next/link";
import { LinkButton } from "@/components/ui/link-button";
import type { Column } from "@/components/ui/table";
import { relativeTime } from "@/components/ui/time";
import { ResourceList } from "./resource-list";
import { EnabledStatus } from "./status";
import { SOURCE_LABEL, trustAnchorHref, type TrustAnchor } from "./types";
import { useTrustAnchors } from "./use-roles-anywhere";

const COLUMNS: Column<TrustAnchor>[] = [
  { id: "name", header: "Name", sortingField: "name", cell: (t) => <Link href={trustAnchorHref(t.trustAnchorId)}>{t.name}</Link> },
  { id: "id", header: "Trust anchor ID", cell: (t) => <span className="font-mono text-sm">{t.trustAnchorId}</span> },
  { id: "status", header: "Status", sortingField: "enabled", cell: (t) => <EnabledStatus enabled={t.enabled} /> },
  { id: "source", header: "Source", cell: (t) => SOURCE_LABEL[t.source.sourceType] ?? t.source.sourceType },
  { id: "created", header: "Created", sortingField: "createdAt", cell: (t) => relativeTime(t.createdAt) },
];

const EMPTY: TrustAnchor[] = [];
const idOf = (t: TrustAnchor) => t.trustAnchorId;

export function TrustAnchorsList({ pageHeading }: { pageHeading?: boolean }) {
  const anchors = useTrustAnchors();
  return (
    <ResourceList
      kind="trust-anchors"
      title="Trust anchors"
      noun="trust anchor"
      description="A trust anchor is the certificate authority (CA) that IAM Roles Anywhere trusts to authenticate your workloads."
      query={anchors}
      items={anchors.data?.trustAnchors ?? EMPTY}
      idOf={idOf}
      columns={COLUMNS}
      topic="ra-trust-anchors"
      pageHeading={pageHeading}
      create={
        <LinkButton href="/rolesanywhere/trust-anchors/create" variant="primary">
          Create a trust anchor
        </LinkButton>
      }
    />
  );
}
