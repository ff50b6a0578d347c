"use client";
// (c) Web identity: the four built-in providers plus the account's OIDC providers; the field under
// the provider changes with it (Application ID / Audience / Identity Pool ID), GitHub's OIDC
// provider adds organization, repository and branch for the `sub` condition, and optional rows add
// further conditions. The rules and the policy live in web-identity-policy.ts; this only renders.
import { useState } from "react";
import { BUILT_IN_WEB_PROVIDERS } from "@/lib/iam/console/trust-templates";
import type { OidcProviderOption } from "@/lib/iam/console/trust-providers";
import { Container } from "@/components/ui/container";
import { TextField } from "@/components/ui/text-field";
import { LabeledSelect } from "./labeled-select";
import type { StepProps } from "./step-trusted-entity";
import { WebIdentityConditions } from "./web-identity-conditions";
import {
  addConditionRow,
  BUILT_IN_WEB_PROVIDER_KEYS,
  builtInOf,
  chooseProvider,
  isGitHubProvider,
  oidcArnOf,
  oidcChoice,
  removeConditionRow,
  suggestedConditionKeys,
  updateConditionRow,
  type WebIdentityFields,
  type WebProviderChoice,
} from "./web-identity-policy";

export function WebIdentityForm({ state, update, errors, showErrors, providers }: StepProps & { providers: OidcProviderOption[] }) {
  const w = state.web;
  // Required-field errors wait for the field to be left; format errors show as soon as there is input.
  const [touched, setTouched] = useState<ReadonlySet<string>>(new Set());
  const touch = (field: string) => setTouched((t) => (t.has(field) ? t : new Set(t).add(field)));
  const errorFor = (field: string, value: string) => ((showErrors || touched.has(field) || value.trim() !== "") && errors[field]) || null;
  const edit = (change: (web: WebIdentityFields) => WebIdentityFields) => update((s) => ({ web: change(s.web) }));
  const set = (patch: Partial<WebIdentityFields>) => edit((web) => ({ ...web, ...patch }));

  const oidcArn = oidcArnOf(w.provider);
  const oidc = oidcArn ? providers.find((p) => p.arn === oidcArn) : undefined;
  const builtIn = builtInOf(w.provider);
  const providerOptions = [
    ...BUILT_IN_WEB_PROVIDER_KEYS.map((k) => ({ value: k, label: BUILT_IN_WEB_PROVIDERS[k].label })),
    ...providers.map((p) => ({ value: oidcChoice(p.arn), label: p.host })),
  ];
  const pickProvider = (value: string) => {
    const choice = value as WebProviderChoice;
    const clientIds = providers.find((p) => p.arn === oidcArnOf(choice))?.clientIds;
    edit((web) => chooseProvider(web, choice, clientIds));
  };

  return (
    <Container title="Web identity" info="create-role-web-identity" description="Allows users federated by the specified external web identity provider to assume this role.">
      <LabeledSelect
        label="Identity provider"
        value={w.provider}
        onChange={pickProvider}
        onBlur={() => touch("provider")}
        options={providerOptions}
        placeholder="Choose an identity provider"
        error={errorFor("provider", w.provider)}
      />
      {builtIn && (
        <TextField
          label={BUILT_IN_WEB_PROVIDERS[builtIn].audienceLabel}
          value={w.audience}
          onChange={(audience) => set({ audience })}
          onBlur={() => touch("audience")}
          error={errorFor("audience", w.audience)}
        />
      )}
      {oidc && (
        <LabeledSelect
          label="Audience"
          value={w.audience}
          onChange={(audience) => set({ audience })}
          onBlur={() => touch("audience")}
          options={oidc.clientIds.map((c) => ({ value: c, label: c }))}
          placeholder="Choose an audience"
          error={errorFor("audience", w.audience)}
        />
      )}
      {isGitHubProvider(w.provider) && (
        <>
          <TextField
            label="GitHub organization"
            description="The GitHub organization, or the user account, that owns the repositories."
            value={w.githubOrg}
            onChange={(githubOrg) => set({ githubOrg })}
            onBlur={() => touch("githubOrg")}
            error={errorFor("githubOrg", w.githubOrg)}
          />
          <TextField
            label="GitHub repository - optional"
            description="Leave blank to allow every repository in the organization."
            value={w.githubRepo}
            onChange={(githubRepo) => set({ githubRepo })}
            error={errorFor("githubRepo", w.githubRepo)}
          />
          <TextField
            label="GitHub branch - optional"
            description="Leave blank to allow every branch."
            value={w.githubBranch}
            onChange={(githubBranch) => set({ githubBranch })}
            error={errorFor("githubBranch", w.githubBranch)}
          />
        </>
      )}
      {w.provider && (
        <WebIdentityConditions
          rows={w.conditions}
          suggestions={suggestedConditionKeys(w.provider)}
          errorFor={errorFor}
          onTouch={touch}
          onAdd={() => edit(addConditionRow)}
          onChange={(i, patch) => edit((web) => updateConditionRow(web, i, patch))}
          onRemove={(i) => edit((web) => removeConditionRow(web, i))}
        />
      )}
    </Container>
  );
}
