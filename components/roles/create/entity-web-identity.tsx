"use client";
// (c) Web identity: the four built-in providers plus the account's OIDC providers; the field under
// the provider changes with it (Application ID / Audience / Identity Pool ID), and GitHub's OIDC
// provider adds organization, repository and branch for the `sub` condition.
import { BUILT_IN_WEB_PROVIDERS, GITHUB_OIDC_HOST, type BuiltInWebProvider } from "@/lib/iam/console/trust-templates";
import type { OidcProviderOption } from "@/lib/iam/console/trust-providers";
import { Container } from "@/components/ui/container";
import { TextField } from "@/components/ui/text-field";
import type { StepProps } from "./step-trusted-entity";

export function WebIdentityForm({ state, update, errors, showErrors, providers }: StepProps & { providers: OidcProviderOption[] }) {
  const w = state.web;
  const set = (patch: Partial<typeof w>) => update((s) => ({ web: { ...s.web, ...patch } }));
  const oidc = w.provider.startsWith("oidc:") ? providers.find((p) => p.arn === w.provider.slice(5)) : undefined;
  const builtIn = w.provider && !oidc ? BUILT_IN_WEB_PROVIDERS[w.provider as BuiltInWebProvider] : undefined;
  const isGitHub = oidc?.host === GITHUB_OIDC_HOST;
  return (
    <Container title="Web identity" description="Allows users federated by the specified external web identity provider to assume this role.">
      <label htmlFor="web-identity-provider" className="mb-1 block font-bold">
        Identity provider
      </label>
      <select
        id="web-identity-provider"
        value={w.provider}
        onChange={(e) => set({ provider: e.target.value as typeof w.provider, audience: "" })}
        className="mb-1 w-full max-w-md rounded-lg border-2 border-aws-border px-2 py-1"
      >
        <option value="">Choose an identity provider</option>
        {(Object.keys(BUILT_IN_WEB_PROVIDERS) as BuiltInWebProvider[]).map((k) => (
          <option key={k} value={k}>
            {BUILT_IN_WEB_PROVIDERS[k].label}
          </option>
        ))}
        {providers.map((p) => (
          <option key={p.arn} value={`oidc:${p.arn}`}>
            {p.host}
          </option>
        ))}
      </select>
      {showErrors && errors.provider && <p className="mb-2 text-sm text-aws-red">{errors.provider}</p>}
      {builtIn && (
        <TextField className="mt-3 mb-4" label={builtIn.audienceLabel} value={w.audience} onChange={(v) => set({ audience: v })} error={showErrors ? errors.audience : null} />
      )}
      {oidc && (
        <div className="mt-3">
          <label htmlFor="web-identity-audience" className="mb-1 block font-bold">
            Audience
          </label>
          <select
            id="web-identity-audience"
            value={w.audience}
            onChange={(e) => set({ audience: e.target.value })}
            className="mb-3 w-full max-w-md rounded-lg border-2 border-aws-border px-2 py-1"
          >
            <option value="">Choose an audience</option>
            {oidc.clientIds.map((c) => (
              <option key={c} value={c}>
                {c}
              </option>
            ))}
          </select>
          {showErrors && errors.audience && <p className="mb-2 text-sm text-aws-red">{errors.audience}</p>}
        </div>
      )}
      {isGitHub && (
        <>
          <TextField label="GitHub organization" value={w.githubOrg} onChange={(v) => set({ githubOrg: v })} error={showErrors ? errors.githubOrg : null} />
          <TextField label="GitHub repository - optional" value={w.githubRepo} onChange={(v) => set({ githubRepo: v })} />
          <TextField label="GitHub branch - optional" value={w.githubBranch} onChange={(v) => set({ githubBranch: v })} />
        </>
      )}
    </Container>
  );
}
