"use client";
// Account settings' "Account color" container: the account's colour in the navigation bar, seen by
// everyone signed in to the account. Reading needs uxc:GetAccountCustomizations, Edit saves with
// uxc:UpdateAccountCustomizations (a denial shows the access-denied alert, as any other panel).
// AWS: https://docs.aws.amazon.com/awsconsolehelpdocs/latest/APIReference/API_UpdateAccountCustomizations.html
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Container, KeyValue } from "@/components/ui/container";
import { QueryContent } from "@/components/ui/query-content";
import { SaveChoiceModal } from "@/components/ui/save-choice-modal";
import { ACCOUNT_COLORS, ACCOUNT_COLOR_HEX, ACCOUNT_COLOR_LABELS, type AccountColor } from "@/lib/console-settings/account-colors";
import { useAccountColor, useSetAccountColor } from "./use-account-color";

function Swatch({ color }: { color: AccountColor }) {
  if (color === "none") return null;
  return <span className="mr-2 inline-block size-3 rounded-sm align-middle" style={{ backgroundColor: ACCOUNT_COLOR_HEX[color] }} aria-hidden />;
}

function ColorLabel({ color }: { color: AccountColor }) {
  return (
    <>
      <Swatch color={color} />
      {ACCOUNT_COLOR_LABELS[color]}
    </>
  );
}

function EditModal({ current, onClose }: { current: AccountColor; onClose: () => void }) {
  return (
    <SaveChoiceModal
      title="Edit account color"
      legend="Account color"
      name="account-color"
      columns={2}
      options={ACCOUNT_COLORS}
      label={(c) => <ColorLabel color={c} />}
      note="Everyone who signs in to this account sees its color in the navigation bar."
      current={current}
      save={useSetAccountColor()}
      savedMessage="Account color updated."
      onClose={onClose}
    />
  );
}

export function AccountColorPanel() {
  const state = useAccountColor();
  const [editing, setEditing] = useState(false);
  return (
    <Container
      title="Account color"
      info="account-color"
      description="A color shown in the navigation bar for everyone signed in to this account, to tell accounts apart."
      actions={state.isSuccess && <Button onClick={() => setEditing(true)}>Edit</Button>}
    >
      <QueryContent query={state} loading="Loading account color">
        {({ accountColor }) => (
          <dl data-testid="account-color">
            <KeyValue label="Color">
              <ColorLabel color={accountColor} />
            </KeyValue>
          </dl>
        )}
      </QueryContent>
      {editing && state.isSuccess && <EditModal current={state.data.accountColor} onClose={() => setEditing(false)} />}
    </Container>
  );
}
