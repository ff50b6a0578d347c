"use client";
// Account settings' "Account alias" container: the alias IAM users can sign in with instead of the
// account ID, and Create / Edit (one form: a new alias replaces the old one) and Delete. AWS shows
// this on the IAM dashboard; the sandbox shows it here too, beside the account's other settings.
// AWS: https://docs.aws.amazon.com/signin/latest/userguide/CreateAccountAlias.html
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { ConfirmModal } from "@/components/ui/confirm-modal";
import { Container, KeyValue } from "@/components/ui/container";
import { FormModal } from "@/components/ui/form-modal";
import { QueryContent } from "@/components/ui/query-content";
import { useFlash } from "@/components/ui/flashbar";
import { TextField } from "@/components/ui/text-field";
import { accountAliasProblem } from "@/lib/iam/account/alias-rule";
import { useAccountAlias, useChangeAccountAlias } from "./use-account-settings";

function AliasForm({ current, onClose, onSaved }: { current: string | null; onClose: () => void; onSaved: (alias: string) => void }) {
  const [value, setValue] = useState(current ?? "");
  const change = useChangeAccountAlias();

  return (
    <FormModal
      title={current ? "Edit account alias" : "Create account alias"}
      formId="account-alias"
      pending={change.isPending}
      error={change.error}
      invalid={Boolean(accountAliasProblem(value))}
      onClose={onClose}
      onSubmit={async () => {
        await change.mutateAsync({ set: value });
        onSaved(value);
      }}
    >
      {(showErrors) => (
        <TextField
          label="Preferred alias"
          value={value}
          onChange={setValue}
          autoFocus
          description="An account can have only one alias. A new alias replaces the old one, and sign-in URLs that use the old alias stop working."
          constraint="The alias must be unique across all AWS accounts. Use 3 to 63 lowercase letters, digits, and hyphens (-)."
          error={showErrors ? accountAliasProblem(value) : null}
        />
      )}
    </FormModal>
  );
}

export function AccountAliasPanel() {
  const state = useAccountAlias();
  const remove = useChangeAccountAlias();
  const [dialog, setDialog] = useState<"edit" | "delete" | null>(null);
  const { push } = useFlash();
  const alias = state.data?.AccountAlias ?? null;

  return (
    <Container
      title="Account alias"
      description="An alias for the account ID that IAM users can sign in with, and that the sign-in URL uses."
      actions={
        state.isSuccess && (
          <>
            {alias && <Button onClick={() => setDialog("delete")}>Delete</Button>}
            <Button onClick={() => setDialog("edit")}>{alias ? "Edit" : "Create"}</Button>
          </>
        )
      }
    >
      <QueryContent query={state} loading="Loading account alias">
        {({ AccountAlias }) => (
          <dl data-testid="account-alias">
            <KeyValue label="Account alias">{AccountAlias ?? "-"}</KeyValue>
          </dl>
        )}
      </QueryContent>
      {dialog === "edit" && (
        <AliasForm
          current={alias}
          onClose={() => setDialog(null)}
          onSaved={(next) => {
            setDialog(null);
            push({ type: "success", content: `Account alias ${next} saved.` });
          }}
        />
      )}
      {dialog === "delete" && alias && (
        <ConfirmModal
          title={`Delete account alias ${alias}?`}
          confirmLabel="Delete"
          pending={remove.isPending}
          error={remove.error}
          onClose={() => setDialog(null)}
          onConfirm={() =>
            remove
              .mutateAsync({ delete: alias })
              .then(() => {
                setDialog(null);
                push({ type: "success", content: `Account alias ${alias} deleted.` });
              })
              .catch(() => undefined)
          }
        >
          <p>IAM users then sign in with the account ID; sign-in URLs that use the alias stop working and are not redirected.</p>
        </ConfirmModal>
      )}
    </Container>
  );
}
