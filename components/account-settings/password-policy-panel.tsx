"use client";
// Account settings' "Password policy" container: the policy in force (AWS's default or the custom
// one) and Edit, which opens the editor.
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Container } from "@/components/ui/container";
import { QueryContent } from "@/components/ui/query-content";
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
      <QueryContent query={policy} loading="Loading password policy">
        {({ PasswordPolicy }) => (
          <div data-testid="password-policy">
            <p>{PasswordPolicy ? "This AWS account uses the following custom password policy:" : "This AWS account uses the following default password policy:"}</p>
            <ul className="mt-2 list-disc pl-6">
              {policyLines(PasswordPolicy).map((line) => (
                <li key={line}>{line}</li>
              ))}
            </ul>
          </div>
        )}
      </QueryContent>
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
