"use client";
// The user page: header with Delete, Summary, and the Permissions / Groups / Security credentials
// tabs (Radix Tabs). The open tab is kept in ?section= so a reload lands on the same tab.
import { useRouter } from "next/navigation";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { useFlash } from "@/components/ui/flashbar";
import { QueryError } from "@/components/ui/access-denied-alert";
import { DetailTabs, TabPanel, useUrlTab } from "@/components/ui/detail-tabs";
import { PageHeader } from "@/components/ui/page-header";
import { AccessKeysSection } from "./access-keys-section";
import { SigningCertificatesSection } from "./signing-certificates-section";
import { CREDENTIAL_SERVICES, ServiceCredentialsSection } from "./service-credentials-section";
import { SshPublicKeysSection } from "./ssh-public-keys-section";
import { AttachedPoliciesPanel } from "@/components/policies/attached-policies-panel";
import { useInlinePolicies } from "@/components/policies/use-inline-policies";
import { BoundarySection } from "@/components/policies/boundary-section";
import { useUserBoundary } from "./use-user-boundary";
import { queryKeys } from "@/lib/query-keys";
import { DeleteUserModal } from "./delete-user-modal";
import { MfaSection } from "./mfa-section";
import { ConsoleAccessSection } from "./console-access-section";
import { UserGroupsTab } from "./user-groups-tab";
import { UserSummary } from "./user-summary";
import { TagsPanel } from "@/components/tags/tags-panel";
import { useSaveUserTags, useUserTags } from "./use-user-tags";
import { useDetachUserPolicy } from "./use-detach-user-policy";
import { useUser } from "./use-user";
import { useUserPolicies } from "./use-user-policies";

const SECTIONS = [
  ["permissions", "Permissions"],
  ["groups", "Groups"],
  ["tags", "Tags"],
  ["security_credentials", "Security credentials"],
] as const;

export function UserDetail({ userName }: { userName: string }) {
  const user = useUser(userName);
  const policies = useUserPolicies(userName);
  const detach = useDetachUserPolicy(userName);
  const boundary = useUserBoundary(userName);
  const inline = useInlinePolicies(`/api/console/users/${encodeURIComponent(userName)}/inline-policies`, queryKeys.users.inlinePolicies(userName));
  const router = useRouter();
  const { push } = useFlash();
  const [deleting, setDeleting] = useState(false);
  const base = `/iam/users/${encodeURIComponent(userName)}`;
  const [section, setSection] = useUrlTab("section", "permissions", base);

  return (
    <>
      <PageHeader title={userName}>
        <Button onClick={() => setDeleting(true)}>Delete</Button>
      </PageHeader>
      {user.isError ? (
        <QueryError error={user.error} />
      ) : user.data ? (
        <div className="flex flex-col gap-6">
          <UserSummary user={user.data.User} />
          <DetailTabs label="User details" tabs={SECTIONS} value={section} onChange={setSection}>
            <TabPanel value="permissions">
              <div className="flex flex-col gap-6">
                <AttachedPoliciesPanel policies={policies} detach={(arn) => detach.mutateAsync(arn)} inline={inline} addHref={`${base}/add-permissions`} />
                <BoundarySection
                  entity="user"
                  name={userName}
                  current={user.data.User.PermissionsBoundary?.PermissionsBoundaryArn}
                  description="Set a managed policy that controls the maximum permissions this user can have."
                  set={boundary.set}
                  remove={boundary.remove}
                />
              </div>
            </TabPanel>
            <TabPanel value="groups">
              <UserGroupsTab userName={userName} />
            </TabPanel>
            <TabPanel value="tags">
              <UserTagsTab userName={userName} />
            </TabPanel>
            <TabPanel value="security_credentials" className="flex flex-col gap-6">
              <ConsoleAccessSection userName={userName} />
              <MfaSection userName={userName} />
              <AccessKeysSection userName={userName} />
              <SshPublicKeysSection userName={userName} />
              {CREDENTIAL_SERVICES.map((service) => (
                <ServiceCredentialsSection key={service.serviceName} userName={userName} service={service} />
              ))}
              <SigningCertificatesSection userName={userName} />
            </TabPanel>
          </DetailTabs>
        </div>
      ) : (
        <p role="status" aria-busy="true" className="text-aws-muted">
          Loading user
        </p>
      )}
      <DeleteUserModal
        userName={userName}
        open={deleting}
        onOpenChange={setDeleting}
        onDeleted={(name) => {
          push({ type: "success", content: `User ${name} deleted.` });
          router.push("/iam/users");
        }}
      />
    </>
  );
}

function UserTagsTab({ userName }: { userName: string }) {
  return <TagsPanel tags={useUserTags(userName)} save={useSaveUserTags(userName)} savedMessage={`Tags for user ${userName} saved.`} />;
}
