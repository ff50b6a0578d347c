"use client";
// The group's "Attach policies" page, on the shared catalog picker.
import { PolicyPickerPage } from "@/components/policies/policy-picker-page";
import { useAttachGroupPolicies } from "./use-attach-group-policies";
import { useGroupPolicies } from "./use-group-policies";

export function AttachGroupPolicies({ groupName }: { groupName: string }) {
  const current = useGroupPolicies(groupName);
  const attach = useAttachGroupPolicies(groupName);
  return (
    <PolicyPickerPage
      heading={`Attach permission policies to ${groupName}`}
      description="Every user in the group gets the permissions the attached policies grant."
      current={current}
      attach={(arns) => attach.mutateAsync(arns)}
      backHref={`/iam/groups/${encodeURIComponent(groupName)}?section=permissions`}
      submitLabel="Attach policies"
      successMessage={(n) => `${n === 1 ? "1 policy" : `${n} policies`} attached to group ${groupName}.`}
    />
  );
}
