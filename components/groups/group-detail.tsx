"use client";
// The user group page: Summary, then Users (add/remove) and Permissions (attach/detach) tabs.
import * as Tabs from "@radix-ui/react-tabs";
import { useRouter, useSearchParams } from "next/navigation";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Container, KeyValue } from "@/components/ui/container";
import { CopyButton } from "@/components/ui/copy-button";
import { useFlash } from "@/components/ui/flashbar";
import { QueryError } from "@/components/ui/access-denied-alert";
import { longDate } from "@/components/ui/time";
import { AttachedPoliciesPanel } from "@/components/policies/attached-policies-panel";
import { DeleteGroupModal } from "./delete-group-modal";
import { GroupUsersTab } from "./group-users-tab";
import { useDetachGroupPolicy } from "./use-detach-group-policy";
import { useGroup } from "./use-group";
import { useGroupPolicies } from "./use-group-policies";

const TAB =
  "border-b-4 border-transparent px-4 py-2 font-bold text-aws-muted hover:text-aws-blue data-[state=active]:border-aws-blue data-[state=active]:text-aws-blue";

export function GroupDetail({ groupName }: { groupName: string }) {
  const group = useGroup(groupName);
  const policies = useGroupPolicies(groupName);
  const detach = useDetachGroupPolicy(groupName);
  const router = useRouter();
  const params = useSearchParams();
  const { push } = useFlash();
  const [deleting, setDeleting] = useState(false);
  const [section, setSection] = useState(params.get("section") ?? "users");
  const base = `/iam/groups/${encodeURIComponent(groupName)}`;
  const g = group.data?.Group;

  return (
    <>
      <div className="mb-4 flex items-center justify-between">
        <h1 className="text-2xl font-bold">{groupName}</h1>
        <Button onClick={() => setDeleting(true)}>Delete</Button>
      </div>
      {group.isError ? (
        <QueryError error={group.error} />
      ) : g ? (
        <div className="flex flex-col gap-6">
          <Container title="Summary">
            <dl className="grid grid-cols-1 gap-4 md:grid-cols-3">
              <KeyValue label="User group name">{g.GroupName}</KeyValue>
              <KeyValue label="Creation time">{longDate(g.CreateDate)}</KeyValue>
              <KeyValue label="ARN">
                <span className="inline-flex items-start gap-1">
                  <CopyButton text={g.Arn} label="Copy ARN" />
                  <span className="font-mono text-sm">{g.Arn}</span>
                </span>
              </KeyValue>
            </dl>
          </Container>
          <Tabs.Root
            value={section}
            onValueChange={(v) => {
              setSection(v);
              window.history.replaceState(null, "", `${base}?section=${v}`);
            }}
          >
            <Tabs.List aria-label="User group details" className="mb-4 flex border-b border-aws-divider">
              <Tabs.Trigger value="users" className={TAB}>
                Users
              </Tabs.Trigger>
              <Tabs.Trigger value="permissions" className={TAB}>
                Permissions
              </Tabs.Trigger>
            </Tabs.List>
            <Tabs.Content value="users">
              <GroupUsersTab groupName={groupName} users={group.data?.Users ?? []} />
            </Tabs.Content>
            <Tabs.Content value="permissions">
              <AttachedPoliciesPanel policies={policies} detach={(arn) => detach.mutateAsync(arn)} addHref={`${base}/attach-policies`} addLabel="Attach policies" />
            </Tabs.Content>
          </Tabs.Root>
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
