"use client";
// Step 1 "Select trusted entity": the five tiles with AWS's descriptions and the chosen tile's form.
import { InfoLink } from "@/components/help/info-link";
import type { TrustProviders } from "@/lib/iam/console/trust-providers";
import { Container } from "@/components/ui/container";
import { TileRadio } from "@/components/ui/tile-radio";
import { AccountForm } from "./entity-account";
import { CustomTrustForm } from "./entity-custom";
import { SamlForm } from "./entity-saml";
import { ServiceForm } from "./entity-service";
import { WebIdentityForm } from "./entity-web-identity";
import type { EntityType, WizardState } from "./wizard-state";

const TILES: { id: EntityType; title: string; description: string }[] = [
  { id: "service", title: "AWS service", description: "Allow AWS services like EC2, Lambda, or others to perform actions in this account." },
  {
    id: "account",
    title: "AWS account",
    description: "Allow entities in other AWS accounts belonging to you or a 3rd party to perform actions in this account.",
  },
  {
    id: "web",
    title: "Web identity",
    description: "Allows users federated by the specified external web identity provider to assume this role to perform actions in this account.",
  },
  {
    id: "saml",
    title: "SAML 2.0 federation",
    description: "Allow users federated with SAML 2.0 from a corporate directory to perform actions in this account.",
  },
  { id: "custom", title: "Custom trust policy", description: "Create a custom trust policy to enable others to perform actions in this account." },
];

export interface StepProps {
  state: WizardState;
  update: (patch: Partial<WizardState> | ((s: WizardState) => Partial<WizardState>)) => void;
  errors: Record<string, string>;
  /** Inline errors appear only after the user tried Next, as in Cloudscape forms. */
  showErrors: boolean;
}

export function StepTrustedEntity(props: StepProps & { accountId: string; providers: TrustProviders }) {
  const { state, update } = props;
  return (
    <div className="flex flex-col gap-4">
      <h1 className="text-2xl font-bold">
        Select trusted entity <InfoLink topic="create-role" />
      </h1>
      <Container title="Trusted entity type" info="create-role">
        <div role="radiogroup" aria-label="Trusted entity type" className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
          {TILES.map((t) => (
            <TileRadio
              key={t.id}
              id={`trusted-entity-${t.id}`}
              name="trusted-entity-type"
              title={t.title}
              description={t.description}
              checked={state.entity === t.id}
              onChange={() => update({ entity: t.id })}
            />
          ))}
        </div>
      </Container>
      {state.entity === "service" && <ServiceForm {...props} />}
      {state.entity === "account" && <AccountForm {...props} accountId={props.accountId} />}
      {state.entity === "web" && <WebIdentityForm {...props} providers={props.providers.oidc} />}
      {state.entity === "saml" && <SamlForm {...props} providers={props.providers.saml} />}
      {state.entity === "custom" && <CustomTrustForm {...props} />}
    </div>
  );
}
