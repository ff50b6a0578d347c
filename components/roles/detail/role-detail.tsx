"use client";
// The role page (console-spec §4): header (name, Service-linked role badge, Delete), Summary, and the
// tabs Permissions · Trust relationships · Tags · Last Accessed · Revoke sessions, plus Export
// (beyond AWS). The open tab is kept in ?tab= so a reload or a return from a sub-page lands on it.
import { ExternalLink } from "@/components/help/external-link";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { InfoLink } from "@/components/help/info-link";
import { Button } from "@/components/ui/button";
import { useFlash } from "@/components/ui/flashbar";
import { QueryError } from "@/components/ui/access-denied-alert";
import { DetailTabs, TabPanel, useUrlTab } from "@/components/ui/detail-tabs";
import { useRole } from "../hooks/use-role";
import { DeleteRoleModal } from "./delete-role-modal";
import { ExportTab } from "./export-tab";
import { slrExplanation } from "./format";
import { LastAccessedTab } from "./last-accessed-tab";
import { PermissionsTab } from "./permissions-tab";
import { RevokeSessionsTab } from "./revoke-sessions-tab";
import { RoleSummary } from "./role-summary";
import { SlrDeletionStatus } from "./slr-deletion-status";
import { TagsTab } from "./tags-tab";
import { TrustTab } from "./trust-tab";

const TABS = [
  ["permissions", "Permissions"],
  ["trust", "Trust relationships"],
  ["tags", "Tags"],
  ["last-accessed", "Last Accessed"],
  ["revoke", "Revoke sessions"],
  ["export", "Export"],
] as const;

export function RoleDetailPage({ roleName }: { roleName: string }) {
  const role = useRole(roleName);
  const router = useRouter();
  const { push } = useFlash();
  const [deleting, setDeleting] = useState(false);
  const base = `/iam/roles/${encodeURIComponent(roleName)}`;
  const [tab, setTab] = useUrlTab("tab", "permissions", base);
  const detail = role.data;

  return (
    <>
      <div className="mb-1 flex items-center justify-between gap-4">
        <h1 className="flex items-center gap-3 text-2xl font-bold">
          {detail?.Role.RoleName ?? roleName}
          {detail?.ServiceLinked && <span className="rounded-full border border-aws-blue px-2 py-0.5 text-xs font-bold text-aws-blue">Service-linked role</span>}
          <InfoLink topic="role-summary" />
        </h1>
        <Button disabled={!detail} onClick={() => setDeleting(true)}>
          Delete
        </Button>
      </div>
      {detail?.Role.Description && <p className="mb-4 text-aws-muted">{detail.Role.Description}</p>}
      {role.isError ? (
        <QueryError error={role.error} />
      ) : detail ? (
        <div className="mt-4 flex flex-col gap-6">
          {detail.ServiceLinked && (
            <div role="note" className="rounded-xl border-2 border-aws-blue bg-aws-blue-light p-3 text-sm">
              {slrExplanation(detail)}
              {detail.ServiceLinkedRole?.DocumentationUrl && (
                <>
                  {" "}
                  <ExternalLink href={detail.ServiceLinkedRole.DocumentationUrl} className="font-bold">
                    Learn more
                  </ExternalLink>
                </>
              )}
            </div>
          )}
          <RoleSummary detail={detail} />
          <DetailTabs label="Role details" tabs={TABS} value={tab} onChange={setTab}>
            <TabPanel value="permissions">
              <PermissionsTab detail={detail} base={base} />
            </TabPanel>
            <TabPanel value="trust">
              <TrustTab detail={detail} base={base} />
            </TabPanel>
            <TabPanel value="tags">
              <TagsTab roleName={detail.Role.RoleName} />
            </TabPanel>
            <TabPanel value="last-accessed">
              <LastAccessedTab roleName={detail.Role.RoleName} active={tab === "last-accessed"} />
            </TabPanel>
            <TabPanel value="revoke">
              <RevokeSessionsTab detail={detail} />
            </TabPanel>
            <TabPanel value="export">
              <ExportTab roleName={detail.Role.RoleName} active={tab === "export"} />
            </TabPanel>
          </DetailTabs>
          <DeleteRoleModal
            detail={detail}
            open={deleting}
            onOpenChange={setDeleting}
            onDeleted={(result) => {
              const name = detail.Role.RoleName;
              if (result.kind === "slr-deletion-started") {
                push({ type: "info", header: `Deleting ${name}`, content: <SlrDeletionStatus roleName={name} taskId={result.DeletionTaskId} /> });
              } else {
                push({ type: "success", content: `Role ${name} deleted.` });
              }
              router.push("/iam/roles");
            }}
          />
        </div>
      ) : (
        <p role="status" aria-busy="true" className="text-aws-muted">
          Loading role
        </p>
      )}
    </>
  );
}
