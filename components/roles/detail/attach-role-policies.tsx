"use client";
// Add permissions → Attach policies: the catalog picker over every managed policy; the footer
// attaches the selection. A quota error (PoliciesPerRole) is shown as a red flash with IAM's message.
import { PolicyPickerPage } from "@/components/policies/policy-picker-page";
import { useFlash } from "@/components/ui/flashbar";
import { useRoleAttachPolicies } from "../hooks/use-role-attach-policies";
import { useRolePermissions } from "../hooks/use-role-permissions";

export function AttachRolePolicies({ roleName }: { roleName: string }) {
  const current = useRolePermissions(roleName);
  const attach = useRoleAttachPolicies(roleName);
  const { push } = useFlash();
  return (
    <PolicyPickerPage
      heading={`Attach policy to ${roleName}`}
      description="Attach managed policies to the role. You can attach up to 10 managed policies."
      current={current}
      attach={async (arns) => {
        try {
          return await attach.mutateAsync(arns);
        } catch (e) {
          push({ type: "error", content: e instanceof Error ? e.message : "The policies could not be attached." });
          throw e;
        }
      }}
      backHref={`/iam/roles/${encodeURIComponent(roleName)}`}
      submitLabel="Add permissions"
      successMessage={(n) => `${n === 1 ? "Policy was" : `${n} policies were`} successfully attached to role.`}
    />
  );
}
