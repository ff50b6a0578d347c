"use client";
// The user page: header with Delete, Summary, and the Permissions / Groups / Security credentials
// tabs (Radix Tabs). The open tab is kept in ?section= so a reload lands on the same tab.
import * as Tabs from "@radix-ui/react-tabs";
import { useRouter, useSearchParams } from "next/navigation";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { useFlash } from "@/components/ui/flashbar";
import { QueryError } from "@/components/ui/access-denied-alert";
import { AccessKeysSection } from "./access-keys-section";
import { AttachedPoliciesPanel } from "@/components/policies/attached-policies-panel";
import { DeleteUserModal } from "./delete-user-modal";
import { MfaSection } from "./mfa-section";
import { UserGroupsTab } from "./user-groups-tab";
import { UserSummary } from "./user-summary";
import { useDetachUserPolicy } from "./use-detach-user-policy";
import { useUser } from "./use-user";
import { useUserPolicies } from "./use-user-policies";

const SECTIONS = [
  ["permissions", "Permissions"],
  ["groups", "Groups"],
  ["security_credentials", "Security credentials"],
] as const;

const TAB =
  "border-b-4 border-transparent px-4 py-2 font-bold text-aws-muted hover:text-aws-blue data-[state=active]:border-aws-blue data-[state=active]:text-aws-blue";

export function UserDetail({ userName }: { userName: string }) {
  const user = useUser(userName);
  const policies = useUserPolicies(userName);
  const detach = useDetachUserPolicy(userName);
  const router = useRouter();
  const params = useSearchParams();
  const { push } = useFlash();
  const [deleting, setDeleting] = useState(false);
  const [section, setSection] = useState(params.get("section") ?? "permissions");
  const base = `/iam/users/${encodeURIComponent(userName)}`;

  return (
    <>
      <div className="mb-4 flex items-center justify-between">
        <h1 className="text-2xl font-bold">{userName}</h1>
        <Button onClick={() => setDeleting(true)}>Delete</Button>
      </div>
      {user.isError ? (
        <QueryError error={user.error} />
      ) : user.data ? (
        <div className="flex flex-col gap-6">
          <UserSummary user={user.data.User} />
          <Tabs.Root
            value={section}
            onValueChange={(v) => {
              setSection(v);
              window.history.replaceState(null, "", `${base}?section=${v}`);
            }}
          >
            <Tabs.List aria-label="User details" className="mb-4 flex border-b border-aws-divider">
              {SECTIONS.map(([value, label]) => (
                <Tabs.Trigger key={value} value={value} className={TAB}>
                  {label}
                </Tabs.Trigger>
              ))}
            </Tabs.List>
            <Tabs.Content value="permissions">
              <AttachedPoliciesPanel policies={policies} detach={(arn) => detach.mutateAsync(arn)} addHref={`${base}/add-permissions`} />
            </Tabs.Content>
            <Tabs.Content value="groups">
              <UserGroupsTab userName={userName} />
            </Tabs.Content>
            <Tabs.Content value="security_credentials" className="flex flex-col gap-6">
              <MfaSection userName={userName} />
              <AccessKeysSection userName={userName} />
            </Tabs.Content>
          </Tabs.Root>
        </div>
      ) : (
        <p role="status" className="text-aws-muted">
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
