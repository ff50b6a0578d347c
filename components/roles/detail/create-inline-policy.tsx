"use client";
// Add permissions → Create inline policy (console-spec §4.3): Step 1 "Specify permissions" in the
// Visual | JSON editor (Visual first, as in the console) with live validation, Step 2 "Review and
// create" with the policy name (≤ 128), then Create policy → flash "Policy <name> created." IAM's
// errors (e.g. the role's 10,240-character aggregate) appear on the review step. With `existing`, the
// same steps edit that inline policy, opening in Visual only when the stored document fits it.
import { useRouter } from "next/navigation";
import { useCallback, useState } from "react";
import type { EditorValidity } from "@/components/policy-editor/policy-editor";
import { PolicyEditorModes } from "@/components/policy-visual-editor/policy-editor-modes";
import { Button } from "@/components/ui/button";
import { Container } from "@/components/ui/container";
import { useFlash } from "@/components/ui/flashbar";
import { TextField } from "@/components/ui/text-field";
import { ErrorAlert } from "@/components/ui/error-alert";
import { useRolePutInlinePolicy } from "../hooks/use-role-put-inline-policy";
import { prettyJson } from "./format";
import { isValidName, NAME_MAX } from "@/lib/iam/name-rules";

const STARTER = `{
    "Version": "2012-10-17",
    "Statement": [
        {
            "Sid": "Statement1",
            "Effect": "Allow",
            "Action": [],
            "Resource": []
        }
    ]
}`;
// AWS: ≤ 128 characters, any ASCII except \ / * ? and whitespace... the console hint names the usual set.

export function CreateInlinePolicy({ roleName, existing }: { roleName: string; existing?: { name: string; document: string } }) {
  const router = useRouter();
  const put = useRolePutInlinePolicy(roleName);
  const { push } = useFlash();
  const [step, setStep] = useState<1 | 2>(1);
  const [document, setDocument] = useState(existing ? prettyJson(existing.document) : STARTER);
  const [validity, setValidity] = useState<EditorValidity>({ valid: false, pending: true, error: null });
  const [name, setName] = useState(existing?.name ?? "");
  const [error, setError] = useState<string | null>(null);
  const onValidity = useCallback((v: EditorValidity) => setValidity(v), []);
  const back = `/iam/roles/${encodeURIComponent(roleName)}`;
  const nameError = !existing && name && !isValidName(name, NAME_MAX.inlinePolicy) ? "Maximum 128 characters. Use alphanumeric and '+=,.@-_' characters." : null;

  async function create() {
    setError(null);
    try {
      await put.mutateAsync({ policyName: name, policyDocument: document });
      push({ type: "success", content: existing ? `Policy ${name} updated.` : `Policy ${name} created.` });
      router.push(back);
    } catch (e) {
      setError(e instanceof Error ? e.message : "The policy could not be created.");
    }
  }

  return (
    <>
      <h1 className="mb-1 text-2xl font-bold">{step === 1 ? "Specify permissions" : "Review and create"}</h1>
      <p className="mb-4 text-aws-muted">Step {step} of 2 — inline policy for role {roleName}</p>
      {step === 1 ? (
        <Container title="Policy editor" description="Add permissions with the visual editor or by writing the policy in JSON.">
          <PolicyEditorModes value={document} onChange={setDocument} onValidity={onValidity} />
        </Container>
      ) : (
        <Container title="Policy details">
          <TextField
            label="Policy name"
            value={name}
            onChange={setName}
            description="Enter a meaningful name to identify this policy."
            disabled={!!existing}
            constraint="Maximum 128 characters. Use alphanumeric and '+=,.@-_' characters."
            error={nameError}
          />
          <pre aria-label="Policy document" className="max-h-64 overflow-auto rounded-lg bg-aws-bg p-3 font-mono text-xs">
            {document}
          </pre>
          {error && <ErrorAlert className="mt-3">{error}</ErrorAlert>}
        </Container>
      )}
      <div className="mt-4 flex justify-end gap-2">
        <Button variant="link" onClick={() => router.push(back)}>
          Cancel
        </Button>
        {step === 1 ? (
          <Button variant="primary" disabled={!validity.valid} onClick={() => setStep(2)}>
            Next
          </Button>
        ) : (
          <>
            <Button onClick={() => setStep(1)}>Previous</Button>
            <Button variant="primary" disabled={!name || !!nameError} loading={put.isPending} onClick={() => void create()}>
              {existing ? "Save changes" : "Create policy"}
            </Button>
          </>
        )}
      </div>
    </>
  );
}
