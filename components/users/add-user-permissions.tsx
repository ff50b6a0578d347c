"use client";
// The user's "Add permissions" page: attach policies directly, from the searchable catalog picker.
import { PolicyPickerPage } from "@/components/policies/policy-picker-page";
import { useAttachUserPolicies } from "./use-attach-user-policies";
import { useUserPolicies } from "./use-user-policies";

export function AddUserPermissions({ userName }: { userName: string }) {
  const current = useUserPolicies(userName);
  const attach = useAttachUserPolicies(userName);
  return (
    <PolicyPickerPage
      heading={`Add permissions to ${userName}`}
      description="Attach policies directly: attach a managed policy to the user. As a best practice, attach policies to a group instead, then add the user to the group."
      current={current}
      attach={(arns) => attach.mutateAsync(arns)}
      backHref={`/iam/users/${encodeURIComponent(userName)}`}
      submitLabel="Add permissions"
      successMessage={(n) => `${n === 1 ? "1 policy" : `${n} policies`} added to user ${userName}.`}
    />
  );
}
