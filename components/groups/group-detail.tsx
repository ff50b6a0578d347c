"use client";
// The user group page: Summary, then Users (add/remove) and Permissions (attach/detach) tabs.
import { useRouter } from "next/navigation";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Container, KeyValue } from "@/components/ui/container";
import { CopyableText } from "@/components/ui/copy-button";
import { useFlash } from "@/components/ui/flashbar";
import { QueryError } from "@/components/ui/access-denied-alert";
import { longDate } from "@/components/ui/time";
import { DetailTabs, TabPanel, useUrlTab } from "@/components/ui/detail-tabs";
import { PageHeader } from "@/components/ui/page-header";
import { AttachedPoliciesPanel } from "@/components/policies/attached-policies-panel";
import { useInlinePolicies } from "@/components/policies/use-inline-policies";
import { queryKeys } from "@/lib/query-keys";
import { DeleteGroupModal } from "./delete-group-modal";
import { GroupUsersTab } from "./group-users-tab";
import { useDetachGroupPolicy } from "./use-detach-group-policy";
import { useGroup } from "./use-group";
import { useGroupPolicies } from "./use-group-policies";

const SECTIONS = [
  ["users", "Users"],
  ["permissions", "Permissions"],
] as const;

export function GroupDetail({ groupName }: { groupName: string }) {
  const group = useGroup(groupName);
  const policies = useGroupPolicies(groupName);
  const inline = useInlinePolicies(`/api/console/groups/${encodeURIComponent(groupName)}/inline-policies`, queryKeys.groups.inlinePolicies(groupName));
  const detach = useDetachGroupPolicy(groupName);
  const router = useRouter();
  const { push } = useFlash();
  const [deleting, setDeleting] = useState(false);
  const base = `/iam/groups/${encodeURIComponent(groupName)}`;
  const [section, setSection] = useUrlTab("section", "users", base);
  const g = group.data?.Group;

  return (
    <>
      <PageHeader title={groupName}>
        <Button onClick={() => setDeleting(true)}>Delete</Button>
      </PageHeader>
      {group.isError ? (
        <QueryError error={group.error} />
      ) : g ? (
        <div className="flex flex-col gap-6">
          <Container title="Summary">
            <dl className="grid grid-cols-1 gap-4 md:grid-cols-3">
              <KeyValue label="User group name">{g.GroupName}</KeyValue>
              <KeyValue label="Creation time">{longDate(g.CreateDate)}</KeyValue>
              <KeyValue label="ARN">
                <CopyableText text={g.Arn} label="Copy ARN" />
              </KeyValue>
            </dl>
          </Container>
          <DetailTabs label="User group details" tabs={SECTIONS} value={section} onChange={setSection}>
            <TabPanel value="users">
              <GroupUsersTab groupName={groupName} users={group.data?.Users ?? []} />
            </TabPanel>
            <TabPanel value="permissions">
              <AttachedPoliciesPanel policies={policies} detach={(arn) => detach.mutateAsync(arn)} inline={inline} addHref={`${base}/attach-policies`} addLabel="Attach policies" />
            </TabPanel>
          </DetailTabs>
        </div>
      ) : (
        <p role="status" className="text-aws-muted">
          Loading user group
        </p>
      )}
      <DeleteGroupModal
        groupName={groupName}
        open={deleting}
        onOpenChange={setDeleting}
        onDeleted={(name) => {
          push({ type: "success", content: `User group ${name} deleted.` });
          router.push("/iam/groups");
        }}
      />
    </>
  );
}
