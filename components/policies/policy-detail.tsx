"use client";
// The policy page: header with Delete (customer managed), Policy details, and the Permissions /
// Entities attached / Tags / Policy versions / Last Accessed tabs (Radix Tabs; the tab is kept in
// ?tab= for reloads). Tags and versions exist only for customer managed policies.
// The JSON is shown read-only in a <pre>, so this page loads no editor code; Edit opens its own page.
import { useRouter } from "next/navigation";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Container } from "@/components/ui/container";
import { useFlash } from "@/components/ui/flashbar";
import { QueryError } from "@/components/ui/access-denied-alert";
import { DetailTabs, TabPanel, useUrlTab } from "@/components/ui/detail-tabs";
import { PageHeader } from "@/components/ui/page-header";
import { DeletePolicyModal } from "./delete-policy-modal";
import { usePolicy } from "./hooks/use-policy";
import { PolicyEntitiesTab } from "./policy-entities-tab";
import { PolicyLastAccessedTab } from "./policy-last-accessed-tab";
import { PolicySummary } from "./policy-summary";
import { PolicyTagsTab } from "./policy-tags-tab";
import { PolicyVersionsTab } from "./policy-versions-tab";
import { PermissionsSummaryTable } from "./permissions-summary-table";
import { policyPagePath } from "./types";

export function PolicyDetailView({ arn }: { arn: string }) {
  const policy = usePolicy(arn);
  const router = useRouter();
  const { push } = useFlash();
  const [deleting, setDeleting] = useState(false);
  const [tab, setTab] = useUrlTab("tab", "permissions", policyPagePath(arn));
  const detail = policy.data;
  const customer = detail?.Type === "Customer managed";
  const name = detail?.Policy.PolicyName ?? arn.slice(arn.lastIndexOf("/") + 1);
  const tabs: [string, string][] = [
    ["permissions", "Permissions"],
    ["entities", "Entities attached"],
    ...(customer ? ([["tags", "Tags"], ["versions", "Policy versions"]] as [string, string][]) : []),
    ["last-accessed", "Last Accessed"],
  ];

  return (
    <>
      <PageHeader title={name}>
        {customer && <Button onClick={() => setDeleting(true)}>Delete</Button>}
      </PageHeader>
      {policy.isError ? (
        <QueryError error={policy.error} />
      ) : !detail ? (
        <p role="status" aria-busy="true" className="text-aws-muted">
          Loading policy
        </p>
      ) : (
        <div className="flex flex-col gap-6">
          <PolicySummary detail={detail} />
          <DetailTabs label="Policy details" tabs={tabs} value={tab} onChange={setTab}>
            <TabPanel value="permissions" className="flex flex-col gap-6">
              <Container
                title="Permissions defined in this policy"
                description={`Default version ${detail.Policy.DefaultVersionId}.`}
                actions={customer && <Button onClick={() => router.push(`${policyPagePath(arn)}/edit`)}>Edit</Button>}
              >
                <PermissionsSummaryTable document={detail.Document} />
                <h3 className="mt-4 mb-1 font-bold">JSON</h3>
                <pre aria-label="Policy document" className="max-h-[32rem] overflow-auto rounded-lg bg-[#f4f4f4] p-3 font-mono text-xs">
                  {detail.Document}
                </pre>
              </Container>
            </TabPanel>
            <TabPanel value="entities">
              <PolicyEntitiesTab policy={detail.Policy} />
            </TabPanel>
            {customer && (
              <TabPanel value="tags">
                <PolicyTagsTab arn={arn} name={name} />
              </TabPanel>
            )}
            {customer && (
              <TabPanel value="versions">
                <PolicyVersionsTab arn={arn} />
              </TabPanel>
            )}
            <TabPanel value="last-accessed">
              <PolicyLastAccessedTab arn={arn} active={tab === "last-accessed"} />
            </TabPanel>
          </DetailTabs>
        </div>
      )}
      {detail && customer && (
        <DeletePolicyModal
          policy={detail.Policy}
          open={deleting}
          onOpenChange={setDeleting}
          onDeleted={(n) => {
            push({ type: "success", content: `Policy ${n} deleted.` });
            router.push("/iam/policies");
          }}
        />
      )}
    </>
  );
}
