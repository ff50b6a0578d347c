"use client";
// Permissions → expand an inline policy → Edit: the create-inline-policy steps, pre-filled with the
// stored document and the fixed name; Save changes replaces it through PutRolePolicy.
import { QueryError } from "@/components/ui/access-denied-alert";
import { ErrorAlert } from "@/components/ui/error-alert";
import { useRolePermissions } from "../hooks/use-role-permissions";
import { CreateInlinePolicy } from "./create-inline-policy";

export function EditInlinePolicy({ roleName, policyName }: { roleName: string; policyName: string }) {
  const perms = useRolePermissions(roleName);
  if (perms.isError) return <QueryError error={perms.error} />;
  if (!perms.data) {
    return (
      <p role="status" aria-busy="true" className="text-aws-muted">
        Loading policy
      </p>
    );
  }
  const found = perms.data.InlinePolicies.find((p) => p.PolicyName === policyName);
  if (!found) {
    return (
      <ErrorAlert>
        The role policy with name {policyName} cannot be found.
      </ErrorAlert>
    );
  }
  return <CreateInlinePolicy roleName={roleName} existing={{ name: found.PolicyName, document: found.PolicyDocument }} />;
}
