"use client";
// Create policy: "Specify permissions" (the Visual | JSON policy editor, opening in Visual, with live
// validation; errors block Next) → "Review and create" (name, description, permissions summary) →
// Create policy, then the list with "Policy <name> created.". IAM's errors land on the field they concern.
import { InfoLink } from "@/components/help/info-link";
import { useRouter } from "next/navigation";
import { useCallback, useState } from "react";
import type { EditorValidity } from "@/components/policy-editor/policy-editor";
import { PolicyEditorModes } from "@/components/policy-visual-editor/policy-editor-modes";
import { Button } from "@/components/ui/button";
import { Container } from "@/components/ui/container";
import { useFlash } from "@/components/ui/flashbar";
import { TextField } from "@/components/ui/text-field";
import { ErrorAlert } from "@/components/ui/error-alert";
import { ApiError } from "@/lib/api/client";
import { useCreatePolicy } from "./hooks/use-create-policy";
import { PermissionsSummaryTable } from "./permissions-summary-table";
import { NAME_RE } from "@/lib/iam/name-rules";

// The console's starting document: one empty Allow statement to fill in.
export const STARTER_POLICY = `{
\t"Version": "2012-10-17",
\t"Statement": [
\t\t{
\t\t\t"Sid": "Statement1",
\t\t\t"Effect": "Allow",
\t\t\t"Action": [],
\t\t\t"Resource": []
\t\t}
\t]
}`;

// IAM's rules for managed policy names and descriptions (CreatePolicy), checked here for instant feedback.
const NAME_MAX = 128;
const DESCRIPTION_MAX = 1000;

function nameProblem(name: string): string | null {
  if (name.length === 0) return "Policy name is required.";
  if (name.length > NAME_MAX) return `Policy name must have no more than ${NAME_MAX} characters.`;
  if (!NAME_RE.test(name)) return "Use alphanumeric and '+=,.@-_' characters.";
  return null;
}

const STEPS = ["Specify permissions", "Review and create"] as const;

export function CreatePolicyWizard() {
  const router = useRouter();
  const { push } = useFlash();
  const create = useCreatePolicy();
  const [step, setStep] = useState<0 | 1>(0);
  const [document, setDocument] = useState(STARTER_POLICY);
  const [validity, setValidity] = useState<EditorValidity>({ valid: false, pending: true, error: null });
  const [name, setName] = useState("");
  const [description, setDescription] = useState("");
  const [touched, setTouched] = useState(false);
  const onValidity = useCallback((v: EditorValidity) => setValidity(v), []);

  const err = create.error instanceof ApiError ? create.error : null;
  const serverNameError = err && (err.code === "EntityAlreadyExists" || (err.code === "ValidationError" && /name/i.test(err.message))) ? err.message : null;
  const nameError = (touched ? nameProblem(name) : null) ?? serverNameError;
  const descriptionError = description.length > DESCRIPTION_MAX ? `Description must have no more than ${DESCRIPTION_MAX} characters.` : null;
  const otherError = create.error && !serverNameError ? create.error : null;

  const submit = () => {
    setTouched(true);
    if (nameProblem(name) || descriptionError) return;
    create.mutate(
      { policyName: name, description: description || undefined, policyDocument: document },
      {
        onSuccess: () => {
          push({ type: "success", content: `Policy ${name} created.` });
          router.push("/iam/policies");
        },
      },
    );
  };

  return (
    <div className="flex gap-8">
      <ol aria-label="Steps" className="w-48 shrink-0 text-sm">
        {STEPS.map((label, i) => (
          <li key={label} className="mb-3" aria-current={i === step ? "step" : undefined}>
            <div className="text-xs text-aws-muted">Step {i + 1}</div>
            <div className={i === step ? "font-bold" : "text-aws-muted"}>{label}</div>
          </li>
        ))}
      </ol>
      <div className="flex min-w-0 flex-1 flex-col gap-4">
        <h1 className="text-2xl font-bold">
          {STEPS[step]} <InfoLink />
        </h1>
        {step === 0 ? (
          <Container
            title="Policy editor"
            description="Add permissions by specifying the services, actions, resources and conditions. Build permission statements using the JSON editor or the visual editor."
          >
            <PolicyEditorModes value={document} onChange={setDocument} height={380} managed onValidity={onValidity} />
          </Container>
        ) : (
          <>
            <Container title="Policy details">
              <TextField
                label="Policy name"
                description="Enter a meaningful name to identify this policy."
                constraint="Maximum 128 characters. Use alphanumeric and '+=,.@-_' characters."
                value={name}
                onChange={(v) => {
                  setName(v);
                  create.reset();
                }}
                onBlur={() => setTouched(true)}
                error={nameError}
              />
              <TextField
                label="Description - optional"
                description="Add a short explanation for this policy."
                constraint="Maximum 1,000 characters."
                value={description}
                onChange={setDescription}
                error={descriptionError}
              />
            </Container>
            <Container title="Permissions defined in this policy" description="Permissions defined in this policy document specify which actions are allowed or denied.">
              <PermissionsSummaryTable document={document} />
            </Container>
            {otherError && <ErrorAlert error={otherError} />}
          </>
        )}
        <div className="flex justify-end gap-2">
          <Button variant="link" onClick={() => router.push("/iam/policies")}>
            Cancel
          </Button>
          {step === 1 && (
            <Button onClick={() => setStep(0)} disabled={create.isPending}>
              Previous
            </Button>
          )}
          {step === 0 ? (
            <Button variant="primary" disabled={!validity.valid} onClick={() => setStep(1)}>
              Next
            </Button>
          ) : (
            <Button variant="primary" loading={create.isPending} onClick={submit}>
              Create policy
            </Button>
          )}
        </div>
      </div>
    </div>
  );
}
