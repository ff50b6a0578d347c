"use client";
// Policy versions: up to five, one default. Set as default / Delete act on the radio-selected version
// (the default version cannot be deleted); choosing a version shows its JSON below the table.
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Container } from "@/components/ui/container";
import { QueryError } from "@/components/ui/access-denied-alert";
import { useFlash } from "@/components/ui/flashbar";
import { EmptyState, Table, type Column } from "@/components/ui/table";
import { longDate } from "@/components/ui/time";
import { useDeletePolicyVersion } from "./hooks/use-delete-policy-version";
import { usePolicyVersion } from "./hooks/use-policy-version";
import { usePolicyVersions } from "./hooks/use-policy-versions";
import { useSetDefaultVersion } from "./hooks/use-set-default-version";
import { MAX_POLICY_VERSIONS, type PolicyVersion } from "./types";

const COLUMNS: Column<PolicyVersion>[] = [
  { id: "version", header: "Version", cell: (v) => (v.IsDefaultVersion ? `${v.VersionId} (Default)` : v.VersionId) },
  { id: "created", header: "Creation time", cell: (v) => longDate(v.CreateDate) },
];

export function PolicyVersionsTab({ arn }: { arn: string }) {
  const versions = usePolicyVersions(arn);
  const setDefault = useSetDefaultVersion(arn);
  const del = useDeletePolicyVersion(arn);
  const { push } = useFlash();
  const [selected, setSelected] = useState<string[]>([]);
  const items = versions.data?.Versions ?? [];
  const chosen = items.find((v) => v.VersionId === selected[0]) ?? null;
  const shown = usePolicyVersion(arn, chosen?.VersionId ?? null);
  const failed = (e: Error) => push({ type: "error", content: e.message });

  if (versions.isError) return <QueryError error={versions.error} />;
  return (
    <Container
      title="Policy versions"
      counter={versions.data ? `(${items.length})` : undefined}
      description={`You can store up to ${MAX_POLICY_VERSIONS} versions of this policy. The default version is the one in effect.`}
      actions={
        <>
          <Button
            disabled={!chosen || chosen.IsDefaultVersion}
            loading={setDefault.isPending}
            onClick={() =>
              chosen &&
              setDefault.mutate(chosen.VersionId, {
                onSuccess: () => push({ type: "success", content: `Version ${chosen.VersionId} is now the default version.` }),
                onError: failed,
              })
            }
          >
            Set as default
          </Button>
          <Button
            disabled={!chosen || chosen.IsDefaultVersion}
            loading={del.isPending}
            onClick={() =>
              chosen &&
              del.mutate(chosen.VersionId, {
                onSuccess: () => {
                  setSelected([]);
                  push({ type: "success", content: `Version ${chosen.VersionId} deleted.` });
                },
                onError: failed,
              })
            }
          >
            Delete
          </Button>
        </>
      }
    >
      <Table
        label="Policy versions"
        columns={COLUMNS}
        items={items}
        itemKey={(v) => v.VersionId}
        loading={versions.isPending}
        loadingText="Loading versions"
        selectionType="single"
        selected={selected}
        onSelectedChange={setSelected}
        empty={<EmptyState title="No versions" />}
      />
      {chosen && (
        <div className="mt-4">
          <h3 className="mb-1 font-bold">Version {chosen.VersionId}</h3>
          {shown.isError ? (
            <QueryError error={shown.error} />
          ) : (
            <pre aria-label={`Policy document ${chosen.VersionId}`} className="max-h-96 overflow-auto rounded-lg bg-[#f4f4f4] p-3 font-mono text-xs">
              {shown.data?.PolicyVersion.Document ?? "Loading…"}
            </pre>
          )}
        </div>
      )}
    </Container>
  );
}
