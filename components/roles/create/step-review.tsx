"use client";
// Step 3 "Name, review, and create": role details, the trust policy preview (Edit → Step 1), the
// permissions summary (Edit → Step 2) and tags. Server errors land on the field they concern.
import { InfoLink } from "@/components/help/info-link";
import { Button } from "@/components/ui/button";
import { Container } from "@/components/ui/container";
import { TextField } from "@/components/ui/text-field";
import type { StepProps } from "./step-trusted-entity";
import { TagsEditor } from "./tags-editor";
import { descriptionError, roleNameError } from "./wizard-state";
import { ErrorAlert } from "@/components/ui/error-alert";

export interface ReviewErrors {
  roleName?: string;
  trust?: string;
}

export function StepReview({
  state,
  update,
  showErrors,
  trustDocument,
  serverErrors,
  fixedRoleName,
  goTo,
}: StepProps & { trustDocument: string; serverErrors: ReviewErrors; fixedRoleName?: string; goTo: (step: 1 | 2) => void }) {
  const nameErr = fixedRoleName ? null : serverErrors.roleName ?? (showErrors || state.roleName ? roleNameError(state.roleName) : null);
  const descErr = descriptionError(state.description);
  const rows = [
    ...state.policies.map((p) => ({ ...p, as: "Permissions policy" })),
    ...(state.boundary.enabled && state.boundary.policy ? [{ ...state.boundary.policy, as: "Permissions boundary" }] : []),
  ];
  return (
    <div className="flex flex-col gap-4">
      <h1 className="text-2xl font-bold">
        Name, review, and create <InfoLink topic="create-role-review" />
      </h1>
      <Container title="Role details">
        <TextField
          label="Role name"
          description="Enter a meaningful name to identify this role."
          constraint="Maximum 64 characters. Use alphanumeric and '+=,.@-_' characters."
          value={fixedRoleName ?? state.roleName}
          readOnly={!!fixedRoleName}
          onChange={(roleName) => update({ roleName })}
          error={nameErr}
          maxLength={200}
        />
        <label htmlFor="role-description" className="block font-bold">
          Description
        </label>
        <div className="text-sm text-aws-muted">Add a short explanation for this role.</div>
        <textarea
          id="role-description"
          value={state.description}
          onChange={(e) => update({ description: e.target.value, descriptionEdited: true })}
          aria-invalid={descErr ? true : undefined}
          aria-describedby="role-description-constraint"
          rows={3}
          className={`mt-1 w-full rounded-lg border-2 px-3 py-1 ${descErr ? "border-aws-red" : "border-aws-border"}`}
        />
        {descErr && <div className="text-sm text-aws-red">{descErr}</div>}
        <div id="role-description-constraint" className="text-xs text-aws-muted">
          Maximum 1000 characters. Use letters (A-Z and a-z), numbers (0-9), tabs, new lines, or any of the following characters: _+=,.@-/\[]!#$%^&*()&lt;&gt;?~`&apos;&quot;;:|
        </div>
      </Container>
      <Container title="Step 1: Select trusted entities" actions={<Button onClick={() => goTo(1)} aria-label="Edit step 1">Edit</Button>}>
        <h3 className="mb-1 font-bold">Trust policy</h3>
        <pre aria-label="Trust policy" className="max-h-96 overflow-auto rounded-lg bg-[#f4f4f4] p-3 font-mono text-xs">
          {trustDocument}
        </pre>
        {serverErrors.trust && (
          <ErrorAlert className="mt-2">{serverErrors.trust}</ErrorAlert>
        )}
      </Container>
      <Container title="Step 2: Add permissions" actions={<Button onClick={() => goTo(2)} aria-label="Edit step 2">Edit</Button>}>
        <h3 className="mb-1 font-bold">Permissions policy summary</h3>
        <table aria-label="Permissions policy summary" className="w-full text-left">
          <thead>
            <tr className="border-b-2 border-aws-divider text-aws-muted">
              <th className="px-3 py-2">Policy name</th>
              <th className="px-3 py-2">Type</th>
              <th className="px-3 py-2">Attached as</th>
            </tr>
          </thead>
          <tbody>
            {rows.length === 0 ? (
              <tr>
                <td colSpan={3} className="py-4 text-center text-aws-muted">
                  No resources
                </td>
              </tr>
            ) : (
              rows.map((r) => (
                <tr key={`${r.as}-${r.arn}`} className="border-b border-aws-divider">
                  <td className="px-3 py-2">{r.name}</td>
                  <td className="px-3 py-2">{r.type}</td>
                  <td className="px-3 py-2">{r.as}</td>
                </tr>
              ))
            )}
          </tbody>
        </table>
      </Container>
      <Container title="Step 3: Add tags - optional" description="Tags are key-value pairs that you can add to AWS resources to help identify, organize, or search for resources.">
        <TagsEditor tags={state.tags} onChange={(tags) => update({ tags })} />
      </Container>
    </div>
  );
}
