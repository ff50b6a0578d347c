"use client";
// Trust relationships → Edit trust policy (console-spec §4.4): the editor with live validation
// (Update policy is blocked while the document has errors), then UpdateAssumeRolePolicy; IAM's
// errors (Invalid principal, prohibited Resource, the 2,048-character quota) show above the buttons.
import { InfoLink } from "@/components/help/info-link";
import { useRouter } from "next/navigation";
import { useCallback, useState } from "react";
import { PolicyEditor, type EditorValidity } from "@/components/policy-editor/policy-editor";
import { QueryError } from "@/components/ui/access-denied-alert";
import { Button } from "@/components/ui/button";
import { useFlash } from "@/components/ui/flashbar";
import { ErrorAlert } from "@/components/ui/error-alert";
import { useRole } from "../hooks/use-role";
import { useRoleUpdateTrustPolicy } from "../hooks/use-role-update-trust-policy";
import { prettyJson } from "./format";

function Editor({ roleName, initial }: { roleName: string; initial: string }) {
  const router = useRouter();
  const update = useRoleUpdateTrustPolicy(roleName);
  const { push } = useFlash();
  const [document, setDocument] = useState(initial);
  const [validity, setValidity] = useState<EditorValidity>({ valid: false, pending: true, error: null });
  const [error, setError] = useState<string | null>(null);
  const onValidity = useCallback((v: EditorValidity) => setValidity(v), []);
  const back = `/iam/roles/${encodeURIComponent(roleName)}?tab=trust`;

  async function save() {
    setError(null);
    try {
      await update.mutateAsync(document);
      push({ type: "success", content: `Trust policy updated for role ${roleName}.` });
      router.push(back);
    } catch (e) {
      setError(e instanceof Error ? e.message : "The trust policy could not be updated.");
    }
  }

  return (
    <>
      <PolicyEditor value={document} onChange={setDocument} policyType="trust" ariaLabel="Trust policy editor" onValidity={onValidity} />
      {error && <ErrorAlert className="mt-3">{error}</ErrorAlert>}
      <div className="mt-4 flex justify-end gap-2">
        <Button variant="link" onClick={() => router.push(back)}>
          Cancel
        </Button>
        <Button variant="primary" disabled={!validity.valid} loading={update.isPending} onClick={() => void save()}>
          Update policy
        </Button>
      </div>
    </>
  );
}

export function EditTrustPolicy({ roleName }: { roleName: string }) {
  const role = useRole(roleName);
  return (
    <>
      <h1 className="mb-4 text-2xl font-bold">
        Edit trust policy <InfoLink />
      </h1>
      {role.isError ? (
        <QueryError error={role.error} />
      ) : role.data?.ServiceLinked ? (
        <ErrorAlert>
          Cannot perform the operation on the protected role &apos;{role.data.Role.RoleName}&apos; - this role is only modifiable by AWS
        </ErrorAlert>
      ) : role.data ? (
        <Editor roleName={role.data.Role.RoleName} initial={prettyJson(role.data.Role.AssumeRolePolicyDocument)} />
      ) : (
        <p role="status" aria-busy="true" className="text-aws-muted">
          Loading role
        </p>
      )}
    </>
  );
}
