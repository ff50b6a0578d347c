"use client";
// A JSON policy editor with live validation: Monaco (lazily loaded, local package), markers at each
// finding, the "Edit statement" panel beside it, the findings panel, and IAM's own error for
// documents IAM would refuse.
// `onValidity` tells the page whether the document may be submitted (no error, no ERROR finding,
// and — where AWS blocks on them, e.g. the custom trust policy step — no security warning).
import dynamic from "next/dynamic";
import { useCallback, useEffect, useState } from "react";
import type { PolicyType } from "@/lib/policy/types";
import { blockedReason } from "./blocked-reason";
import { FindingsPanel } from "./findings-panel";
import { statementIndexAt } from "./statement-edits";
import { StatementPanel } from "./statement-panel";
import { usePolicyValidation } from "./use-policy-validation";
import { ErrorAlert } from "@/components/ui/error-alert";
import { useBusy } from "@/components/ui/settled";

const MonacoJsonEditor = dynamic(() => import("./monaco-json-editor"), {
  ssr: false,
  loading: () => <EditorLoading />,
});

function EditorLoading() {
  useBusy(true);
  return <div className="h-64 rounded-lg bg-aws-divider motion-safe:animate-pulse" role="status" aria-label="Loading editor" aria-busy="true" />;
}

export interface EditorValidity {
  valid: boolean;
  pending: boolean;
  error: string | null;
  /** Why the document may not be submitted yet, as a sentence a page can show by its button (null when valid). */
  reason?: string | null;
}

export function PolicyEditor({
  value,
  onChange,
  policyType,
  ariaLabel,
  height = 320,
  blockOnSecurityWarnings = false,
  managed = false,
  onValidity,
}: {
  value: string;
  onChange: (v: string) => void;
  policyType: PolicyType;
  ariaLabel: string;
  height?: number;
  blockOnSecurityWarnings?: boolean;
  /** The document becomes a managed policy version (IAM then requires Version 2012-10-17). */
  managed?: boolean;
  onValidity?: (v: EditorValidity) => void;
}) {
  const validation = usePolicyValidation(value, policyType, managed);
  const findings = validation.data?.findings ?? [];
  const error = validation.data?.error?.message ?? null;
  const blocking = findings.some((f) => f.findingType === "ERROR" || (blockOnSecurityWarnings && f.findingType === "SECURITY_WARNING"));
  const valid = !validation.pending && (validation.denied ? true : !!validation.data && !error && !blocking);

  // The statement the "Edit statement" panel works on: chosen by the cursor or by "+ Add new statement".
  const [selected, setSelected] = useState<number | null>(null);
  const onCursorOffset = useCallback((offset: number, text: string) => setSelected(statementIndexAt(text, offset)), []);

  const reason = valid ? null : blockedReason(validation.pending, findings, blockOnSecurityWarnings, error);

  useEffect(() => {
    onValidity?.({ valid, pending: validation.pending, error, reason });
  }, [valid, validation.pending, error, reason, onValidity]);

  return (
    <div>
      <div className="grid gap-3 lg:grid-cols-[minmax(0,1fr)_18rem]">
        <MonacoJsonEditor value={value} onChange={onChange} ariaLabel={ariaLabel} findings={findings} height={height} onCursorOffset={onCursorOffset} />
        <StatementPanel policyType={policyType} value={value} selected={selected} onSelect={setSelected} onChange={onChange} />
      </div>
      {error && (
        <ErrorAlert className="mt-2">
          {validation.data?.error?.code}: {error}
        </ErrorAlert>
      )}
      <FindingsPanel findings={findings} denied={validation.denied} />
    </div>
  );
}
