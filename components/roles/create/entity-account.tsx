"use client";
// (b) AWS account: this account or another 12-digit account, with the external ID and MFA options.
import { Container } from "@/components/ui/container";
import { TextField } from "@/components/ui/text-field";
import type { StepProps } from "./step-trusted-entity";

export function AccountForm({ state, update, errors, showErrors, accountId }: StepProps & { accountId: string }) {
  const a = state.account;
  const set = (patch: Partial<typeof a>) => update((s) => ({ account: { ...s.account, ...patch } }));
  return (
    <>
      <Container title="An AWS account" info="create-role-account" description="Allow entities in other AWS accounts belonging to you or a 3rd party to perform actions in this account.">
        <fieldset aria-label="An AWS account">
          <label className="mb-2 flex items-center gap-2">
            <input type="radio" name="aws-account" checked={a.which === "this"} onChange={() => set({ which: "this" })} />
            This account ({accountId})
          </label>
          <label className="mb-2 flex items-center gap-2">
            <input type="radio" name="aws-account" checked={a.which === "other"} onChange={() => set({ which: "other" })} />
            Another AWS account
          </label>
        </fieldset>
        {a.which === "other" && (
          <TextField
            label="Account ID"
            description="Identifier of the account that can use this role"
            value={a.accountId}
            onChange={(v) => set({ accountId: v })}
            placeholder="123456789012"
            error={(showErrors || a.accountId.length > 0) && errors.accountId ? errors.accountId : null}
            inputMode="numeric"
          />
        )}
      </Container>
      <Container title="Options">
        <label className="mb-2 flex items-start gap-2">
          <input type="checkbox" checked={a.requireExternalId} onChange={(e) => set({ requireExternalId: e.target.checked })} className="mt-1" />
          <span>Require external ID (Best practice when a third party will assume this role)</span>
        </label>
        {a.requireExternalId && (
          <TextField
            className="mb-4 ml-6"
            label="External ID"
            description="You can increase the security of your role by requiring an optional external identifier, which prevents 'confused deputy' attacks."
            constraint="Roles that require an external ID can't be used with Switch role in the console. The ID can have 2–1224 characters: letters, numbers and + = , . @ : / -"
            value={a.externalId}
            onChange={(v) => set({ externalId: v })}
            error={(showErrors || a.externalId.length > 0) && errors.externalId ? errors.externalId : null}
          />
        )}
        <label className="flex items-start gap-2">
          <input type="checkbox" checked={a.requireMfa} onChange={(e) => set({ requireMfa: e.target.checked })} className="mt-1" />
          <span>Require MFA</span>
        </label>
      </Container>
    </>
  );
}
