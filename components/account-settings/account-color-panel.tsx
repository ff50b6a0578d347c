"use client";
// Account settings' "Account color" container: the account's colour in the navigation bar, seen by
// everyone signed in to the account. Reading needs uxc:GetAccountCustomizations, Edit saves with
// uxc:UpdateAccountCustomizations (a denial shows the access-denied alert, as any other panel).
// AWS: https://docs.aws.amazon.com/awsconsolehelpdocs/latest/APIReference/API_UpdateAccountCustomizations.html
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { ConfirmModal } from "@/components/ui/confirm-modal";
import { Container, KeyValue } from "@/components/ui/container";
import { QueryContent } from "@/components/ui/query-content";
import { useFlash } from "@/components/ui/flashbar";
import { ACCOUNT_COLORS, ACCOUNT_COLOR_HEX, ACCOUNT_COLOR_LABELS, type AccountColor } from "@/lib/console-settings/account-colors";
import { useAccountColor, useSetAccountColor } from "./use-account-color";

function Swatch({ color }: { color: AccountColor }) {
  if (color === "none") return null;
  return <span className="mr-2 inline-block size-3 rounded-sm align-middle" style={{ backgroundColor: ACCOUNT_COLOR_HEX[color] }} aria-hidden />;
}

function EditModal({ current, onClose, onSaved }: { current: AccountColor; onClose: () => void; onSaved: () => void }) {
  const [choice, setChoice] = useState(current);
  const save = useSetAccountColor();
  return (
    <ConfirmModal
      title="Edit account color"
      confirmLabel="Save changes"
      pending={save.isPending}
      error={save.error}
      onClose={onClose}
      onConfirm={() =>
        save
          .mutateAsync(choice)
          .then(onSaved)
          .catch(() => undefined)
      }
    >
      <fieldset>
        <legend className="font-bold">Account color</legend>
        <div className="grid grid-cols-2 gap-x-4">
          {ACCOUNT_COLORS.map((c) => (
            <label key={c} className="mt-2 flex items-center gap-2">
              <input type="radio" name="account-color" checked={choice === c} onChange={() => setChoice(c)} />
              <span>
                <Swatch color={c} />
                {ACCOUNT_COLOR_LABELS[c]}
              </span>
            </label>
          ))}
        </div>
      </fieldset>
      <p className="mt-3 text-sm text-aws-muted">Everyone who signs in to this account sees its color in the navigation bar.</p>
    </ConfirmModal>
  );
}

export function AccountColorPanel() {
  const state = useAccountColor();
  const [editing, setEditing] = useState(false);
  const { push } = useFlash();
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
              <Swatch color={accountColor} />
              {ACCOUNT_COLOR_LABELS[accountColor]}
            </KeyValue>
          </dl>
        )}
      </QueryContent>
      {editing && state.isSuccess && (
        <EditModal
          current={state.data.accountColor}
          onClose={() => setEditing(false)}
          onSaved={() => {
            setEditing(false);
            push({ type: "success", content: "Account color updated." });
          }}
        />
      )}
    </Container>
  );
}
