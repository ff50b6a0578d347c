"use client";
// "Create user group": name, optional users to add, optional policies to attach (catalog picker).
import { InfoLink } from "@/components/help/info-link";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Container } from "@/components/ui/container";
import { useFlash } from "@/components/ui/flashbar";
import { TextField } from "@/components/ui/text-field";
import { QueryTable } from "@/components/ui/query-table";
import { EmptyState, type Column } from "@/components/ui/table";
import { relativeTime } from "@/components/ui/time";
import { ErrorAlert } from "@/components/ui/error-alert";
import { PolicyPicker } from "@/components/policies/policy-picker";
import type { PickedPolicy } from "@/components/policies/types";
import { useUsers } from "@/components/users/use-users";
import type { User } from "@/components/users/types";
import { ApiError } from "@/lib/api/client";
import { useCreateGroup } from "./use-create-group";

const USER_COLUMNS: Column<User>[] = [
  { id: "name", header: "User name", cell: (u) => u.UserName },
  { id: "created", header: "Creation time", cell: (u) => relativeTime(u.CreateDate) },
];

export function CreateGroupForm() {
  const router = useRouter();
  const { push } = useFlash();
  const users = useUsers();
  const create = useCreateGroup();
  const [groupName, setGroupName] = useState("");
  const [userNames, setUserNames] = useState<string[]>([]);
  const [policies, setPolicies] = useState<PickedPolicy[]>([]);
  const error = create.error instanceof ApiError ? create.error : null;
  const nameError = error && (error.code === "ValidationError" || error.code === "EntityAlreadyExists") ? error.message : null;

  const submit = () =>
    create.mutate(
      { groupName, userNames, policyArns: policies.map((p) => p.arn) },
      {
        onSuccess: () => {
          push({ type: "success", content: `${groupName} user group created.` });
          router.push("/iam/groups");
        },
      },
    );

  return (
    <div className="flex flex-col gap-6">
      <h1 className="text-2xl font-bold">
        Create user group <InfoLink />
      </h1>
      <Container title="Name the group">
        <TextField
          label="User group name"
          value={groupName}
          onChange={setGroupName}
          description="Enter a meaningful name to identify this group."
          constraint="Maximum 128 characters. Use alphanumeric and '+=,.@-_' characters."
          error={nameError}
        />
      </Container>
      <Container title="Add users to the group - Optional" counter={users.isSuccess ? `(${userNames.length}/${users.data.Users.length})` : undefined}>
        <QueryTable
          query={users}
          label="Users"
          columns={USER_COLUMNS}
          items={users.data?.Users ?? []}
          itemKey={(u) => u.UserName}
          selectionType="multi"
          selected={userNames}
          onSelectedChange={setUserNames}
          empty={<EmptyState title="No users" />}
        />
      </Container>
      <PolicyPicker title="Attach permissions policies - Optional" selected={policies} onSelectedChange={setPolicies} />
      {error && !nameError && <ErrorAlert>{error.message}</ErrorAlert>}
      <div className="flex justify-end gap-2">
        <Link href="/iam/groups" className="px-2 py-1 font-bold">
          Cancel
        </Link>
        <Button variant="primary" loading={create.isPending} onClick={submit}>
          Create user group
        </Button>
      </div>
    </div>
  );
}
