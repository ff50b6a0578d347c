"use client";
// "Identity providers (N)": Provider, Type (SAML / OpenID Connect), Creation time; Delete with typed
// confirmation; Add provider.
import Link from "next/link";
import { useState } from "react";
import { useFlash } from "@/components/ui/flashbar";
import { LinkButton } from "@/components/ui/link-button";
import { FilteredListPage } from "@/components/ui/filtered-list-page";
import type { Column } from "@/components/ui/table";
import { relativeTime } from "@/components/ui/time";
import { DeleteProviderModal } from "./delete-provider-modal";
import { TYPE_LABEL, providerHref, type ProviderSummary } from "./types";
import { useIdentityProviders } from "./use-identity-providers";

const COLUMNS: Column<ProviderSummary>[] = [
  { id: "name", header: "Provider", cell: (p) => <Link href={providerHref(p.Arn)}>{p.Name}</Link> },
  { id: "type", header: "Type", cell: (p) => TYPE_LABEL[p.Type] },
  { id: "created", header: "Creation time", cell: (p) => relativeTime(p.CreateDate) },
];

const EMPTY: ProviderSummary[] = [];
const nameOf = (p: ProviderSummary) => p.Name;

export function ProvidersList() {
  const providers = useIdentityProviders();
  const [selected, setSelected] = useState<string[]>([]);
  const [deleting, setDeleting] = useState(false);
  const { push } = useFlash();
  const all = providers.data?.Providers ?? EMPTY;
  const target = all.find((p) => p.Arn === selected[0]);

  return (
    <>
      <FilteredListPage
        title="Identity providers"
        description="Use an identity provider (IdP) to manage your user identities outside of AWS and give these external user identities permissions to use AWS resources in your account."
        query={providers}
        items={all}
        nameOf={nameOf}
        itemKey={(p) => p.Arn}
        columns={COLUMNS}
        searchLabel="Search identity providers"
        loadingText="Loading identity providers"
        selectionType="single"
        selected={selected}
        onSelectedChange={setSelected}
        countSelected={false}
        emptyDescription="You don't have any identity providers."
        onDelete={() => setDeleting(true)}
        create={
          <LinkButton href="/iam/identity-providers/create" variant="primary">
            Add provider
          </LinkButton>
        }
      />
      {target && (
        <DeleteProviderModal
          arn={target.Arn}
          name={target.Name}
          open={deleting}
          onOpenChange={setDeleting}
          onDeleted={(name) => {
            setSelected([]);
            push({ type: "success", content: `Provider ${name} deleted.` });
          }}
        />
      )}
    </>
  );
}
