"use client";
// "Edit password policy": IAM default or Custom, and for Custom the console's fields — minimum length,
// the four character requirements, expiration (with administrator reset), users changing their own
// password, and reuse prevention. Saving sends the whole policy, as the API has no partial update.
import { useState } from "react";
import { FormModal } from "@/components/ui/form-modal";
import { RadioChoices } from "@/components/ui/radio-choices";
import { TextField } from "@/components/ui/text-field";
import type { PasswordPolicyShape } from "@/lib/iam/account/password-rules";
import { SYMBOLS_TEXT, formErrors, formFromPolicy, policyInput, type PolicyForm } from "./password-policy-form";
import { useSavePasswordPolicy } from "./use-password-policy";

function Check({ label, checked, onChange, children }: { label: string; checked: boolean; onChange: (v: boolean) => void; children?: React.ReactNode }) {
  return (
    <div className="mb-2">
      <label className="flex items-start gap-2">
        <input type="checkbox" className="mt-1" checked={checked} onChange={(e) => onChange(e.target.checked)} />
        <span>{label}</span>
      </label>
      {checked && children && <div className="mt-2 ml-6">{children}</div>}
    </div>
  );
}

export function EditPasswordPolicyModal({ current, onClose, onSaved }: { current: PasswordPolicyShape | null; onClose: () => void; onSaved: () => void }) {
  const [form, setForm] = useState<PolicyForm>(() => formFromPolicy(current));
  const save = useSavePasswordPolicy();
  const set = <K extends keyof PolicyForm>(key: K) => (value: PolicyForm[K]) => setForm((f) => ({ ...f, [key]: value }));

  async function submit() {
    if (form.mode === "default") {
      if (current) await save.mutateAsync("default");
    } else {
      await save.mutateAsync(policyInput(form));
    }
    onSaved();
  }

  return (
    <FormModal
      title="Edit password policy"
      formId="edit-password-policy"
      pending={save.isPending}
      error={save.error}
      invalid={Object.keys(formErrors(form)).length > 0}
      onClose={onClose}
      onSubmit={submit}
    >
      {(showErrors) => <Fields form={form} set={set} errors={showErrors ? formErrors(form) : {}} />}
    </FormModal>
  );
}

const MODES = {
  default: { label: "IAM default", hint: "Apply default password requirements." },
  custom: { label: "Custom", hint: "Apply customized password requirements." },
} as const;

type Setter = <K extends keyof PolicyForm>(key: K) => (value: PolicyForm[K]) => void;

function Fields({ form, set, errors }: { form: PolicyForm; set: Setter; errors: ReturnType<typeof formErrors> }) {
  return (
    <>
      <RadioChoices
        className="mb-4"
        legend="Password policy"
        name="policy-mode"
        options={["default", "custom"]}
        label={(m) => MODES[m].label}
        hint={(m) => MODES[m].hint}
        value={form.mode}
        onChange={set("mode")}
      />
      {form.mode === "custom" && (
        <>
          <TextField
            label="Password minimum length"
            type="number"
            value={form.minLength}
            onChange={set("minLength")}
            constraint="Needs to be between 6 and 128 characters."
            error={errors.minLength}
          />
          <fieldset className="mb-4">
            <legend className="mb-2 font-bold">Password strength</legend>
            <Check label="Require at least one uppercase letter from the Latin alphabet (A-Z)" checked={form.uppercase} onChange={set("uppercase")} />
            <Check label="Require at least one lowercase letter from the Latin alphabet (a-z)" checked={form.lowercase} onChange={set("lowercase")} />
            <Check label="Require at least one number" checked={form.numbers} onChange={set("numbers")} />
            <Check label={`Require at least one non-alphanumeric character (${SYMBOLS_TEXT})`} checked={form.symbols} onChange={set("symbols")} />
          </fieldset>
          <fieldset className="mb-2">
            <legend className="mb-2 font-bold">Other requirements</legend>
            <Check label="Turn on password expiration" checked={form.expire} onChange={set("expire")}>
              <TextField label="Expire passwords in day(s)" type="number" value={form.maxAge} onChange={set("maxAge")} constraint="Needs to be between 1 and 1095 days." error={errors.maxAge} />
              <Check label="Password expiration requires administrator reset" checked={form.hardExpiry} onChange={set("hardExpiry")} />
            </Check>
            <Check label="Allow users to change their own password" checked={form.allowChange} onChange={set("allowChange")} />
            <Check label="Prevent password reuse" checked={form.preventReuse} onChange={set("preventReuse")}>
              <TextField label="Remember password(s)" type="number" value={form.reuse} onChange={set("reuse")} constraint="Needs to be between 1 and 24 passwords." error={errors.reuse} />
            </Check>
          </fieldset>
        </>
      )}
    </>
  );
}
