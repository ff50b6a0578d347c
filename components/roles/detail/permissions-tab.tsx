"use client";
// The Permissions tab (console-spec §4.3): "Permissions policies (N)" — managed and inline rows with
// Type and Attached entities, expandable JSON for inline ones, Remove (confirmed; managed policies
// are detached, inline ones deleted), Add permissions ▾ — then the permissions boundary and the
// "Generate policy based on CloudTrail events" stub. Service-linked roles cannot change any of it.
import Link from "next/link";
import { Button } from "@/components/ui/button";
import { Container } from "@/components/ui/container";
import { PermissionsPoliciesPanel } from "@/components/policies/permissions-policies-panel";
import { policyRows, usePolicyColumns, type PolicyRow as Row } from "@/components/policies/policy-rows";
import { useRoleDeleteInlinePolicy } from "../hooks/use-role-delete-inline-policy";
import { useRoleDetachPolicy } from "../hooks/use-role-detach-policy";
import { useRolePermissions } from "../hooks/use-role-permissions";
import { AddPermissionsMenu } from "./add-permissions-menu";
import { BoundarySection } from "@/components/policies/boundary-section";
import { useRoleRemoveBoundary } from "../hooks/use-role-remove-boundary";
import { useRoleSetBoundary } from "../hooks/use-role-set-boundary";
import type { RoleDetail } from "./types";

function removedMessage(managed: Row[], inline: Row[]): string {
  const parts = [
    managed.length ? (managed.length === 1 ? `Policy ${managed[0].name} removed.` : `${managed.length} policies removed.`) : "",
    inline.length ? `${inline.length} inline polic${inline.length === 1 ? "y" : "ies"} removed` : "",
  ];
  return parts.filter(Boolean).join(" ");
}

export function PermissionsTab({ detail, base }: { detail: RoleDetail; base: string }) {
  const roleName = detail.Role.RoleName;
  const perms = useRolePermissions(roleName);
  const detach = useRoleDetachPolicy(roleName);
  const deleteInline = useRoleDeleteInlinePolicy(roleName);
  const setBoundary = useRoleSetBoundary(roleName);
  const removeBoundary = useRoleRemoveBoundary(roleName);
  const rows = policyRows(perms.data?.AttachedPolicies ?? [], perms.data?.InlinePolicies ?? []);
  const columns = usePolicyColumns(
    (r) =>
      !detail.ServiceLinked && (
        <Link href={`${base}/inline-policies/${encodeURIComponent(r.name)}/edit`} className="mb-1 inline-block text-sm font-bold">
          Edit
        </Link>
      ),
  );

  async function remove(chosen: Row[]) {
    const managed = chosen.filter((r) => r.arn);
    const inline = chosen.filter((r) => !r.arn);
    for (const r of managed) await detach.mutateAsync(r.arn as string);
    for (const r of inline) await deleteInline.mutateAsync(r.name);
    return removedMessage(managed, inline);
  }

  return (
    <div className="flex flex-col gap-6">
      <PermissionsPoliciesPanel
        query={perms}
        rows={rows}
        itemKey={(r) => r.key}
        nameOf={(r) => r.name}
        columns={columns}
        readOnly={detail.ServiceLinked}
        extraActions={
          <Link href={`/policysim?source=${encodeURIComponent(detail.Role.Arn)}`} className="rounded-full border-2 border-aws-blue px-5 py-[2px] text-sm font-bold">
            Simulate
          </Link>
        }
        addAction={<AddPermissionsMenu base={base} disabled={detail.ServiceLinked} />}
        remove={remove}
        confirmLabel="Remove policies"
        confirmBody={(chosen) => (
          <>
            <p>Managed policies are detached from the role and inline policies are deleted. Access they granted stops immediately.</p>
            <ul className="mt-2 list-disc pl-6">
              {chosen.map((r) => (
                <li key={r.key}>
                  {r.name} <span className="text-aws-muted">({r.type})</span>
                </li>
              ))}
            </ul>
          </>
        )}
      />
      <BoundarySection
        entity="role"
        name={roleName}
        current={detail.Role.PermissionsBoundary?.PermissionsBoundaryArn}
        readOnly={detail.ServiceLinked}
        description="Set a managed policy that controls the maximum permissions this role can have. Changes apply the next time the role is assumed."
        set={setBoundary}
        remove={removeBoundary}
      />
      <Container title="Generate policy based on CloudTrail events" description="You can generate a new policy based on the access activity for this role, then customize, create, and attach it to this role. AWS uses your CloudTrail events to identify the services and actions used and generate a policy.">
        <p className="mb-3 text-aws-muted">No requests to generate a policy in the past 7 days.</p>
        <Button disabled>Generate policy</Button>
      </Container>
    </div>
  );
}
