"use client";
// (e) Custom trust policy: the Monaco editor (loaded lazily, only on this tile) with Access Analyzer
// findings; errors and security warnings keep Next disabled, as in the console, and the editor's
// reason for it is shown by Next (create-role-wizard.tsx).
import { useCallback } from "react";
import { Container } from "@/components/ui/container";
import { PolicyEditor, type EditorValidity } from "@/components/policy-editor/policy-editor";
import type { StepProps } from "./step-trusted-entity";

export function CustomTrustForm({ state, update }: StepProps) {
  const onValidity = useCallback(
    (v: EditorValidity) => {
      const reason = v.reason ?? "";
      update((s) => (s.custom.valid === v.valid && s.custom.reason === reason ? {} : { custom: { ...s.custom, valid: v.valid, reason } }));
    },
    [update],
  );
  return (
    <Container title="Custom trust policy" info="create-role-custom" description="Create a custom trust policy to enable others to perform actions in this account.">
      <PolicyEditor
        value={state.custom.document}
        onChange={(document) => update((s) => ({ custom: { ...s.custom, document } }))}
        policyType="trust"
        ariaLabel="Custom trust policy"
        blockOnSecurityWarnings
        onValidity={onValidity}
      />
    </Container>
  );
}
