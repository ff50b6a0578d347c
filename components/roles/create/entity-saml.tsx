"use client";
// (d) SAML 2.0 federation: the account's SAML providers; programmatic-only access needs at least one
// attribute condition, console access adds SAML:aud for the sign-in endpoint automatically.
import type { SamlProviderOption } from "@/lib/iam/console/trust-providers";
import { Button } from "@/components/ui/button";
import { Container } from "@/components/ui/container";
import type { StepProps } from "./step-trusted-entity";

const ATTRIBUTES = ["SAML:aud", "SAML:iss", "SAML:sub", "SAML:sub_type", "SAML:eduPersonAffiliation", "SAML:namequalifier"];

export function SamlForm({ state, update, errors, showErrors, providers }: StepProps & { providers: SamlProviderOption[] }) {
  const m = state.saml;
  const set = (patch: Partial<typeof m>) => update((s) => ({ saml: { ...s.saml, ...patch } }));
  const setRow = (i: number, patch: Partial<{ key: string; value: string }>) =>
    set({ conditions: m.conditions.map((c, j) => (j === i ? { ...c, ...patch } : c)) });
  return (
    <Container title="SAML 2.0 federation" info="create-role-saml" description="Allow users federated with SAML 2.0 from a corporate directory to perform actions in this account.">
      <label htmlFor="saml-provider" className="mb-1 block font-bold">
        SAML 2.0–based provider
      </label>
      <select
        id="saml-provider"
        value={m.providerArn}
        onChange={(e) => set({ providerArn: e.target.value })}
        className="mb-1 w-full max-w-md rounded-lg border-2 border-aws-border px-2 py-1"
      >
        <option value="">{providers.length ? "Choose a SAML provider" : "No SAML providers in this account"}</option>
        {providers.map((p) => (
          <option key={p.arn} value={p.arn}>
            {p.name}
          </option>
        ))}
      </select>
      {showErrors && errors.provider && <p className="mb-2 text-sm text-aws-red">{errors.provider}</p>}
      <fieldset className="mt-3" aria-label="Access to be allowed">
        <label className="mb-1 flex items-center gap-2">
          <input type="radio" name="saml-access" checked={m.access === "programmatic"} onChange={() => set({ access: "programmatic" })} />
          Allow programmatic access only
        </label>
        <label className="mb-3 flex items-center gap-2">
          <input type="radio" name="saml-access" checked={m.access === "console"} onChange={() => set({ access: "console" })} />
          Allow programmatic and AWS Management Console access
        </label>
      </fieldset>
      {m.conditions.map((c, i) => (
        <div key={i} className="mb-2 flex flex-wrap items-end gap-2">
          <label className="text-sm">
            <span className="block font-bold">Attribute</span>
            <select value={c.key} onChange={(e) => setRow(i, { key: e.target.value })} className="rounded-lg border-2 border-aws-border px-2 py-1">
              <option value="">Choose an attribute</option>
              {ATTRIBUTES.map((a) => (
                <option key={a}>{a}</option>
              ))}
            </select>
          </label>
          <label className="text-sm">
            <span className="block font-bold">Value</span>
            <input value={c.value} onChange={(e) => setRow(i, { value: e.target.value })} className="rounded-lg border-2 border-aws-border px-2 py-1" />
          </label>
          <Button onClick={() => set({ conditions: m.conditions.filter((_, j) => j !== i) })}>Remove</Button>
        </div>
      ))}
      <Button onClick={() => set({ conditions: [...m.conditions, { key: "", value: "" }] })}>Add condition</Button>
      {showErrors && errors.conditions && <p className="mt-2 text-sm text-aws-red">{errors.conditions}</p>}
    </Container>
  );
}
