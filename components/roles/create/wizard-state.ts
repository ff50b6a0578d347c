// The Create role wizard's state and the rules derived from it: the trust policy each Step 1 choice
// generates (via lib/iam/console/trust-templates, the same shapes AWS emits), the inline errors that
// block Next, and Step 3's field rules. Kept in one object so Previous/Edit never lose input.
import {
  accountIdError,
  accountTrustPolicy,
  CUSTOM_TRUST_TEMPLATE,
  externalIdError,
  samlTrustPolicy,
  serviceTrustPolicy,
} from "@/lib/iam/console/trust-templates";
import { findUseCase, type UseCase } from "@/lib/iam/console/service-use-cases";
import { EMPTY_WEB_IDENTITY, webIdentityStep, type WebIdentityFields } from "./web-identity-policy";
import { NAME_RE } from "@/lib/iam/name-rules";
import type { PickedPolicy } from "@/components/policies/types";

export type EntityType = "service" | "account" | "web" | "saml" | "custom";

export type { PickedPolicy } from "@/components/policies/types";

export interface WizardState {
  entity: EntityType;
  service: { serviceId: string; useCaseId: string };
  account: { which: "this" | "other"; accountId: string; requireExternalId: boolean; externalId: string; requireMfa: boolean };
  web: WebIdentityFields;
  saml: { providerArn: string; access: "programmatic" | "console"; conditions: { key: string; value: string }[] };
  /** `reason`: why Next is unavailable, from the editor (shown by Next while the policy is not valid). */
  custom: { document: string; valid: boolean; reason: string };
  policies: PickedPolicy[];
  boundary: { enabled: boolean; policy: PickedPolicy | null };
  roleName: string;
  description: string;
  /** Once the user edits the description, a use-case default no longer overwrites it. */
  descriptionEdited: boolean;
  tags: { key: string; value: string }[];
}

export const INITIAL_STATE: WizardState = {
  entity: "service",
  service: { serviceId: "", useCaseId: "" },
  account: { which: "this", accountId: "", requireExternalId: false, externalId: "", requireMfa: false },
  web: EMPTY_WEB_IDENTITY,
  saml: { providerArn: "", access: "console", conditions: [] },
  custom: { document: CUSTOM_TRUST_TEMPLATE, valid: false, reason: "Checking the policy…" },
  policies: [],
  boundary: { enabled: false, policy: null },
  roleName: "",
  description: "",
  descriptionEdited: false,
  tags: [],
};

export interface StepOneResult {
  document: string | null;
  errors: Record<string, string>;
  useCase?: UseCase;
}

export function selectedUseCase(s: WizardState): UseCase | undefined {
  return s.entity === "service" ? findUseCase(s.service.serviceId, s.service.useCaseId) : undefined;
}

/** The trust policy for Step 1 as it stands, or the errors that keep Next disabled. */
export function stepOne(s: WizardState, thisAccount: string): StepOneResult {
  const errors: Record<string, string> = {};
  switch (s.entity) {
    case "service": {
      const useCase = selectedUseCase(s);
      if (!useCase) return { document: null, errors: { useCase: "Choose a service and a use case." } };
      return { document: serviceTrustPolicy(useCase.principals), errors, useCase };
    }
    case "account": {
      const a = s.account;
      const accountId = a.which === "this" ? thisAccount : a.accountId.trim();
      const idErr = a.which === "other" ? accountIdError(accountId) : null;
      if (idErr) errors.accountId = idErr;
      const extErr = a.requireExternalId ? externalIdError(a.externalId) : null;
      if (extErr) errors.externalId = extErr;
      if (idErr || extErr) return { document: null, errors };
      return { document: accountTrustPolicy({ accountId, externalId: a.requireExternalId ? a.externalId : undefined, requireMfa: a.requireMfa }), errors };
    }
    case "web":
      return webIdentityStep(s.web);
    case "saml": {
      const m = s.saml;
      if (!m.providerArn) errors.provider = "Choose a SAML 2.0-based provider.";
      const rows = m.conditions.filter((c) => c.key.trim() || c.value.trim());
      if (m.access === "programmatic" && rows.length === 0) errors.conditions = "Add at least one attribute and value.";
      if (rows.some((c) => !c.key.trim() || !c.value.trim())) errors.conditions = "Each condition needs an attribute and a value.";
      if (Object.keys(errors).length) return { document: null, errors };
      return {
        document: samlTrustPolicy({
          providerArn: m.providerArn,
          access: m.access,
          conditions: rows.map((c) => ({ operator: "StringEquals", key: c.key.trim(), value: c.value.trim() })),
        }),
        errors,
      };
    }
    case "custom":
      return s.custom.valid ? { document: s.custom.document, errors } : { document: null, errors: { custom: s.custom.reason } };
  }
}


export function roleNameError(name: string): string | null {
  if (!name) return "Role name is required.";
  if (name.length > 64) return "The role name must have 64 characters or fewer.";
  if (!NAME_RE.test(name)) return "The role name can include only alphanumeric characters and '+=,.@-_'.";
  return null;
}

// The API accepts tab, LF, CR, U+0020–U+007E and U+00A1–U+00FF in descriptions (console-spec §3.3).
const DESCRIPTION = /^[\t\n\r\u0020-\u007e\u00a1-\u00ff]*$/;

export function descriptionError(d: string): string | null {
  if (d.length > 1000) return "The description must have 1000 characters or fewer.";
  return DESCRIPTION.test(d) ? null : "The description contains characters that are not allowed.";
}

export const MAX_TAGS = 50;

export function tagErrors(tags: { key: string; value: string }[]): Record<number, string> {
  const out: Record<number, string> = {};
  const seen = new Set<string>();
  tags.forEach((t, i) => {
    const lower = t.key.toLowerCase();
    if (!t.key) out[i] = "Tag key is required.";
    else if (t.key.length > 128) out[i] = "Maximum key length is 128 characters.";
    else if (lower.startsWith("aws:")) out[i] = "Tag keys can't start with 'aws:'. This prefix is reserved for AWS use.";
    else if (t.value.length > 256) out[i] = "Maximum value length is 256 characters.";
    else if (seen.has(lower)) out[i] = "Tag keys must be unique.";
    seen.add(lower);
  });
  return out;
}
