"use client";
// "Identity providers (N)": Provider, Type (SAML / OpenID Connect), Creation time; Delete with typed
// confirmation; Add provider.
import Link from "next/link";
import { useMemo, useState } from "react";
import { Button } from "@/components/ui/button";
import { Container } from "@/components/ui/container";
import { useFlash } from "@/components/ui/flashbar";
import { QueryError } from "@/components/ui/access-denied-alert";
import { EmptyState, Table, type Column } from "@/components/ui/table";
import { relativeTime } from "@/components/ui/time";
import { DeleteProviderModal } from "./delete-provider-modal";
import { TYPE_LABEL, providerHref, type ProviderSummary } from "./types";
import { useIdentityProviders } from "./use-identity-providers";

const COLUMNS: Column<ProviderSummary>[] = [
  { id: "name", header: "Provider", cell: (p) => <Link href={providerHref(p.Arn)}>{p.Name}</Link> },
  { id: "type", header: "Type", cell: (p) => TYPE_LABEL[p.Type] },
  { id: "created", header: "Creation time", cell: (p) => relativeTime(p.CreateDate) },
];

export function ProvidersList() {
  const providers = useIdentityProviders();
  const [search, setSearch] = useState("");
  const [selected, setSelected] = useState<string[]>([]);
  const [deleting, setDeleting] = useState(false);
  const { push } = useFlash();
  const all = useMemo(() => providers.data?.Providers ?? [], [providers.data]);
  const shown = useMemo(() => all.filter((p) => p.Name.toLowerCase().includes(search.toLowerCase())), [all, search]);
  const target = all.find((p) => p.Arn === selected[0]);

  return (
    <>
      <Container
        headingLevel={1}
        title="Identity providers"
        counter={providers.isSuccess ? `(${all.length})` : undefined}
        info
        description="Use an identity provider (IdP) to manage your user identities outside of AWS and give these external user identities permissions to use AWS resources in your account."
        actions={
          <>
            <Button variant="icon" aria-label="Refresh" onClick={() => providers.refetch()}>
              ⟳
            </Button>
            <Button disabled={!target} onClick={() => setDeleting(true)}>
              Delete
            </Button>
            <Link
              href="/iam/identity-providers/create"
              className="rounded-full bg-aws-blue px-5 py-1 text-sm font-bold text-white hover:bg-aws-blue-dark hover:text-white"
            >
              Add provider
            </Link>
          </>
        }
      >
        {providers.isError ? (
          <QueryError error={providers.error} />
        ) : (
          <>
            <input
              type="search"
              aria-label="Search identity providers"
              placeholder="Search"
              value={search}
              onChange={(e) => setSearch(e.target.value)}
              className="mb-3 w-full max-w-md rounded-lg border-2 border-aws-border px-3 py-1"
            />
            <Table
              label="Identity providers"
              columns={COLUMNS}
              items={shown}
              itemKey={(p) => p.Arn}
              loading={providers.isPending}
              loadingText="Loading identity providers"
              selectionType="single"
              selected={selected}
              onSelectedChange={setSelected}
              empty={<EmptyState title="No resources to display" description="You don't have any identity providers." />}
            />
          </>
        )}
      </Container>
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
