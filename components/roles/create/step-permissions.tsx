"use client";
// Step 2 "Add permissions": "Permissions policies (k/N)" over the full catalog and the optional
// permissions boundary (not offered for service-linked use cases). Choosing nothing is allowed.
import { PolicyPicker } from "@/components/policies/policy-picker";
import { Container } from "@/components/ui/container";
import type { StepProps } from "./step-trusted-entity";

export function StepPermissions({
  state,
  update,
  serviceLinked,
  serviceLinkedPolicies,
}: StepProps & { serviceLinked: boolean; serviceLinkedPolicies?: string[] }) {
  if (serviceLinked) {
    return (
      <div className="flex flex-col gap-4">
        <h1 className="text-2xl font-bold">Add permissions</h1>
        <Container title="Permissions policies">
          <p>
            This use case creates a service-linked role. AWS attaches the service&apos;s own{" "}
            {serviceLinkedPolicies?.length ? `policy, ${serviceLinkedPolicies.join(", ")},` : "policy"} to it; you can&apos;t add other policies or a
            permissions boundary.
          </p>
        </Container>
      </div>
    );
  }
  const b = state.boundary;
  return (
    <div className="flex flex-col gap-4">
      <h1 className="text-2xl font-bold">Add permissions</h1>
      <PolicyPicker
        selected={state.policies}
        onSelectedChange={(policies) => update({ policies })}
        info="create-role-permissions"
        description="Choose one or more policies to attach to your new role."
        actions={
          <a href="/iam/policies/create" target="_blank" rel="noreferrer" className="rounded-full border-2 border-aws-blue px-4 py-[2px] text-sm font-bold no-underline">
            Create policy<span className="sr-only"> (opens in a new tab)</span>
          </a>
        }
      >
        {state.policies.length > 10 && (
          <p role="status" className="mb-3 rounded-lg border-2 border-[#ffe347] bg-[#fffce6] px-3 py-2 text-sm">
            You selected {state.policies.length} policies. A role can have up to 10 managed policies attached.
          </p>
        )}
      </PolicyPicker>
      <Container title="Set permissions boundary - optional" info="permissions-boundary">
        <fieldset aria-label="Permissions boundary" className="mb-3">
          <label className="mb-1 flex items-center gap-2">
            <input type="radio" name="boundary" checked={!b.enabled} onChange={() => update({ boundary: { enabled: false, policy: null } })} />
            Create role without a permissions boundary
          </label>
          <label className="flex items-center gap-2">
            <input type="radio" name="boundary" checked={b.enabled} onChange={() => update({ boundary: { ...b, enabled: true } })} />
            Use a permissions boundary to control the maximum role permissions
          </label>
        </fieldset>
        {b.enabled && (
          <PolicyPicker
            embedded
            label="Permissions boundary policies"
            selectionType="single"
            selected={b.policy ? [b.policy] : []}
            onSelectedChange={(ps) => update({ boundary: { enabled: true, policy: ps[0] ?? null } })}
          />
        )}
      </Container>
    </div>
  );
}
