"use client";
// Account settings' "Security Token Service (STS)" container, its "Session tokens from the STS
// endpoints" part: whether the global endpoint (sts.amazonaws.com) issues tokens valid only in the
// Regions enabled by default (version 1) or in all Regions (version 2, longer tokens), and Change.
// Read as AWS's console reads it, from GetAccountSummary's GlobalEndpointTokenVersion.
// AWS: https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_temp_enable-regions.html
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Container, KeyValue } from "@/components/ui/container";
import { QueryContent } from "@/components/ui/query-content";
import { SaveChoiceModal } from "@/components/ui/save-choice-modal";
import type { GlobalEndpointTokenVersion } from "@/lib/iam/account/sts-preferences";
import { useSetStsPreferences, useStsPreferences } from "./use-account-settings";

const VALIDITY: Record<GlobalEndpointTokenVersion, string> = {
  v1Token: "Valid only in AWS Regions enabled by default",
  v2Token: "Valid in all AWS Regions",
};

function ChangeModal({ current, onClose }: { current: GlobalEndpointTokenVersion; onClose: () => void }) {
  return (
    <SaveChoiceModal
      title="Change region compatibility of session tokens for global endpoint"
      legend="Global endpoint"
      name="sts-token-version"
      options={Object.keys(VALIDITY) as GlobalEndpointTokenVersion[]}
      label={(v) => VALIDITY[v]}
      note="Session tokens that are valid in all AWS Regions are larger. If you store session tokens, these larger tokens might affect your systems."
      current={current}
      save={useSetStsPreferences()}
      savedMessage="Region compatibility of session tokens for the global endpoint updated."
      onClose={onClose}
    />
  );
}

export function StsPreferencesPanel() {
  const state = useStsPreferences();
  const [changing, setChanging] = useState(false);
  return (
    <Container
      title="Security Token Service (STS)"
      description="Session tokens from Regional STS endpoints are valid in all AWS Regions. Session tokens from the global endpoint (https://sts.amazonaws.com) are valid only in AWS Regions enabled by default, unless you change their Region compatibility."
      actions={state.isSuccess && <Button onClick={() => setChanging(true)}>Change</Button>}
    >
      <h3 className="mb-2 font-bold">Session tokens from the STS endpoints</h3>
      <QueryContent query={state} loading="Loading STS settings">
        {(data) => (
          <dl data-testid="sts-global-endpoint">
            <KeyValue label="Global endpoint">{VALIDITY[data.GlobalEndpointTokenVersion]}</KeyValue>
          </dl>
        )}
      </QueryContent>
      {changing && state.isSuccess && <ChangeModal current={state.data.GlobalEndpointTokenVersion} onClose={() => setChanging(false)} />}
    </Container>
  );
}
