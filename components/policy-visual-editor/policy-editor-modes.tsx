"use client";
// The permission-policy editor with the console's Visual | JSON toggle. JSON is the source of truth:
// the visual editor is built from it each time it opens and writes it back as it is edited.
// A document the visual editor cannot hold (NotAction, NotResource, several services in a statement,
// a syntax error…) keeps the user in JSON with the reason: the console likewise refuses to switch
// rather than rewrite a policy into something that grants different permissions.
// As in the console, the editor opens in Visual when the starting document fits it (the starter, or
// a stored policy being edited) and quietly in JSON otherwise — no refusal before the user has asked.
import { useEffect, useState } from "react";
import { PolicyEditor, type EditorValidity } from "@/components/policy-editor/policy-editor";
import { FindingsPanel } from "@/components/policy-editor/findings-panel";
import { usePolicyValidation } from "@/components/policy-editor/use-policy-validation";
import { ErrorAlert } from "@/components/ui/error-alert";
import { parseVisualPolicy, type VisualPolicy } from "./model";
import { VisualEditor } from "./visual-editor";

type Mode = "visual" | "json";

/** What Next needs in visual mode: the same validation the JSON editor runs, without the Monaco editor. */
function VisualValidation({ value, onValidity }: { value: string; onValidity?: (v: EditorValidity) => void }) {
  const validation = usePolicyValidation(value, "identity");
  const findings = validation.data?.findings ?? [];
  const error = validation.data?.error ?? null;
  const valid = !validation.pending && (validation.denied ? true : !!validation.data && !error && !findings.some((f) => f.findingType === "ERROR"));
  const message = error?.message ?? null;
  useEffect(() => {
    onValidity?.({ valid, pending: validation.pending, error: message });
  }, [valid, validation.pending, message, onValidity]);
  return (
    <>
      {error && <ErrorAlert className="mt-2">{`${error.code}: ${error.message}`}</ErrorAlert>}
      <FindingsPanel findings={findings} denied={validation.denied} />
    </>
  );
}

export function PolicyEditorModes({
  value,
  onChange,
  height,
  managed = false,
  onValidity,
}: {
  value: string;
  onChange: (v: string) => void;
  height?: number;
  /** A managed policy (create policy, new version) rather than an inline one. */
  managed?: boolean;
  onValidity?: (v: EditorValidity) => void;
}) {
  const [visual, setVisual] = useState<VisualPolicy | null>(() => {
    const r = parseVisualPolicy(value);
    return r.ok ? r.policy : null;
  });
  const [mode, setMode] = useState<Mode>(visual ? "visual" : "json");
  const [refusal, setRefusal] = useState<string | null>(null);

  const choose = (next: Mode) => {
    setRefusal(null);
    if (next === "json") return setMode("json");
    const r = parseVisualPolicy(value);
    if (!r.ok) return setRefusal(r.reason);
    setVisual(r.policy);
    setMode("visual");
  };

  return (
    <div>
      <div role="group" aria-label="Policy editor mode" className="mb-3 inline-flex overflow-hidden rounded-lg border-2 border-aws-border">
        {(["visual", "json"] as const).map((m) => (
          <button
            key={m}
            type="button"
            aria-pressed={mode === m}
            onClick={() => choose(m)}
            className={`px-4 py-1 font-bold ${mode === m ? "bg-aws-blue text-white" : "bg-white"}`}
          >
            {m === "visual" ? "Visual" : "JSON"}
          </button>
        ))}
      </div>
      {refusal && (
        <ErrorAlert className="mb-3" header="The visual editor can't show this policy">
          {refusal} Continue in the JSON editor, or change the policy so that each statement uses Action and Resource for one service.
        </ErrorAlert>
      )}
      {mode === "visual" && visual ? (
        <>
          <VisualEditor policy={visual} value={value} onChange={onChange} />
          <VisualValidation value={value} onValidity={onValidity} />
        </>
      ) : (
        <PolicyEditor value={value} onChange={onChange} policyType="identity" managed={managed} ariaLabel="Policy editor" height={height} onValidity={onValidity} />
      )}
    </div>
  );
}
