"use client";
// Account settings' "Outbound identity federation" container: whether IAM principals of the account
// can get web identity tokens (sts:GetWebIdentityToken) for services outside AWS, the account's token
// issuer URL once the feature has been enabled, and Enable / Disable (a confirmation first, since
// services relying on the tokens stop receiving new ones).
// AWS: https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_providers_outbound_getting_started.html
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Container } from "@/components/ui/container";
import { CopyButton } from "@/components/ui/copy-button";
import { ErrorAlert } from "@/components/ui/error-alert";
import { QueryContent } from "@/components/ui/query-content";
import { useFlash } from "@/components/ui/flashbar";
import { Modal } from "@/components/ui/modal";
import { useOutboundFederation, useSetOutboundFederation } from "./use-outbound-federation";

export function OutboundFederationPanel() {
  const state = useOutboundFederation();
  const change = useSetOutboundFederation();
  const [confirmDisable, setConfirmDisable] = useState(false);
  const { push } = useFlash();
  const enabled = state.data?.JwtVendingEnabled ?? false;

  async function set(next: boolean) {
    await change.mutateAsync(next);
    setConfirmDisable(false);
    push({ type: "success", content: next ? "Outbound identity federation enabled." : "Outbound identity federation disabled." });
  }

  return (
    <Container
      title="Outbound identity federation"
      description="Allow IAM principals in this account to get JSON Web Tokens (JWTs) that prove their AWS identity to external services."
      actions={
        state.isSuccess &&
        (enabled ? (
          <Button onClick={() => setConfirmDisable(true)}>Disable</Button>
        ) : (
          <Button onClick={() => set(true).catch(() => undefined)} loading={change.isPending}>
            Enable
          </Button>
        ))
      }
    >
      <QueryContent query={state} loading="Loading outbound identity federation">
        {({ IssuerIdentifier }) => (
          <dl data-testid="outbound-federation" className="grid grid-cols-[max-content_1fr] gap-x-6 gap-y-2">
            <dt className="text-aws-muted">Status</dt>
            <dd>{enabled ? "Enabled" : "Disabled"}</dd>
            {IssuerIdentifier && (
              <>
                <dt className="text-aws-muted">Token issuer URL</dt>
                <dd className="flex items-center gap-2 break-all">
                  <span>{IssuerIdentifier}</span>
                  <CopyButton text={IssuerIdentifier} label="Copy token issuer URL" />
                </dd>
              </>
            )}
          </dl>
        )}
      </QueryContent>
      {change.isError && !confirmDisable && <ErrorAlert className="mt-4" error={change.error} />}
      {confirmDisable && (
        <Modal
          open
          onOpenChange={(open) => !open && setConfirmDisable(false)}
          title="Disable outbound identity federation?"
          footer={
            <>
              <Button variant="link" onClick={() => setConfirmDisable(false)}>
                Cancel
              </Button>
              <Button variant="primary" onClick={() => set(false).catch(() => undefined)} loading={change.isPending}>
                Disable
              </Button>
            </>
          }
        >
          <p>IAM principals in this account can no longer get web identity tokens. Tokens issued before stay valid until they expire.</p>
          {change.isError && <ErrorAlert className="mt-4" error={change.error} />}
        </Modal>
      )}
    </Container>
  );
}
