"use client";
// Account settings' "Password policy" container: the policy in force (AWS's default or the custom
// one) and Edit, which opens the editor.
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Container } from "@/components/ui/container";
import { QueryError } from "@/components/ui/access-denied-alert";
import { useFlash } from "@/components/ui/flashbar";
import { EditPasswordPolicyModal } from "./edit-password-policy-modal";
import { policyLines } from "./password-policy-form";
import { usePasswordPolicy } from "./use-password-policy";

export function PasswordPolicyPanel() {
  const policy = usePasswordPolicy();
  const [editing, setEditing] = useState(false);
  const { push } = useFlash();
  const current = policy.data?.PasswordPolicy ?? null;
  return (
    <Container
      title="Password policy"
      description="Set the requirements that IAM user passwords must meet."
      actions={
        <Button onClick={() => setEditing(true)} disabled={!policy.isSuccess}>
          Edit
        </Button>
      }
    >
      {policy.isError ? (
        <QueryError error={policy.error} />
      ) : policy.isPending ? (
        <p role="status" className="text-aws-muted">
          Loading password policy
        </p>
      ) : (
        <div data-testid="password-policy">
          <p>{current ? "This AWS account uses the following custom password policy:" : "This AWS account uses the following default password policy:"}</p>
          <ul className="mt-2 list-disc pl-6">
            {policyLines(current).map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        </div>
      )}
      {editing && policy.isSuccess && (
        <EditPasswordPolicyModal
          current={current}
          onClose={() => setEditing(false)}
          onSaved={() => {
            setEditing(false);
            push({ type: "success", content: "Password policy updated." });
          }}
        />
      )}
    </Container>
  );
}
