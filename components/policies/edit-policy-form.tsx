"use client";
// Edit a customer managed policy: the Visual | JSON editor seeded with the default version (Visual when
// the document fits it), then Save changes (a new version set as default). At the 5-version limit IAM
// refuses a new version, so — as the console does — the page asks whether to remove the oldest
// non-default version first.
import { useRouter } from "next/navigation";
import { useCallback, useState } from "react";
import type { EditorValidity } from "@/components/policy-editor/policy-editor";
import { PolicyEditorModes } from "@/components/policy-visual-editor/policy-editor-modes";
import { Button } from "@/components/ui/button";
import { Container } from "@/components/ui/container";
import { QueryError } from "@/components/ui/access-denied-alert";
import { useFlash } from "@/components/ui/flashbar";
import { ErrorAlert } from "@/components/ui/error-alert";
import { usePolicy } from "./hooks/use-policy";
import { usePolicyVersions } from "./hooks/use-policy-versions";
import { useSavePolicy } from "./hooks/use-save-policy";
import { MAX_POLICY_VERSIONS, policyPagePath, type PolicyDetail } from "./types";

export function EditPolicyForm({ arn }: { arn: string }) {
  const policy = usePolicy(arn);
  if (policy.isError) return <QueryError error={policy.error} />;
  if (!policy.data) return <p role="status" aria-busy="true" className="text-aws-muted">Loading policy</p>;
  // Mounted once the default version has loaded; not keyed by version, since saving changes the
  // default and a remount would drop the save's success handling.
  return <EditPolicyEditor arn={arn} detail={policy.data} />;
}

function EditPolicyEditor({ arn, detail }: { arn: string; detail: PolicyDetail }) {
  const router = useRouter();
  const { push } = useFlash();
  const versions = usePolicyVersions(arn);
  const save = useSavePolicy(arn);
  const [document, setDocument] = useState(detail.Document);
  const [validity, setValidity] = useState<EditorValidity>({ valid: false, pending: true, error: null });
  const [replaceOldest, setReplaceOldest] = useState(false);
  const onValidity = useCallback((v: EditorValidity) => setValidity(v), []);
  const atLimit = (versions.data?.Versions.length ?? 0) >= MAX_POLICY_VERSIONS;
  const oldest = versions.data?.Versions.filter((v) => !v.IsDefaultVersion).at(-1);
  const name = detail.Policy.PolicyName;

  return (
    <div className="flex flex-col gap-4">
      <h1 className="text-2xl font-bold">Modify permissions in {name}</h1>
      <Container title="Policy editor" description="Changes create a new version of the policy and set it as the default.">
        <PolicyEditorModes value={document} onChange={setDocument} height={380} managed onValidity={onValidity} />
      </Container>
      {atLimit && (
        <div role="alert" className="rounded-xl border-2 border-[#8d6605] bg-[#fffce9] p-4">
          <div className="font-bold">Policy version limit reached</div>
          <p className="mb-2">
            This policy already has {MAX_POLICY_VERSIONS} versions. Before you create a new version, you must delete an existing version.
          </p>
          {oldest && (
            <label className="flex items-center gap-2">
              <input type="checkbox" checked={replaceOldest} onChange={(e) => setReplaceOldest(e.target.checked)} />
              Delete the oldest non-default version ({oldest.VersionId}) when saving
            </label>
          )}
        </div>
      )}
      {save.error && <ErrorAlert error={save.error} />}
      <div className="flex justify-end gap-2">
        <Button variant="link" onClick={() => router.push(policyPagePath(arn))}>
          Cancel
        </Button>
        <Button
          variant="primary"
          disabled={!validity.valid || (atLimit && !replaceOldest)}
          loading={save.isPending}
          onClick={() =>
            save.mutate(
              { policyDocument: document, replaceOldestVersion: atLimit && replaceOldest },
              {
                onSuccess: (r) => {
                  push({ type: "success", content: `Policy ${name} updated. Version ${r.VersionId} is now the default version.` });
                  router.push(policyPagePath(arn));
                },
              },
            )
          }
        >
          Save changes
        </Button>
      </div>
    </div>
  );
}
