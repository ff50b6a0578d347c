"use client";
// (a) AWS service: "Service or use case" (a select you can type into to filter) then the use-case
// radios with their descriptions.
import { SERVICE_USE_CASES } from "@/lib/iam/console/service-use-cases";
import { Container } from "@/components/ui/container";
import { SearchableSelect } from "@/components/ui/searchable-select";
import type { StepProps } from "./step-trusted-entity";

// Typing a use case ("Spot Fleet") or a principal ("ecs-tasks") finds its service, as in the console.
const SERVICE_OPTIONS = SERVICE_USE_CASES.map((s) => ({
  value: s.id,
  label: s.name,
  keywords: s.useCases.flatMap((u) => [u.name, ...u.principals]).join(" "),
}));

export function ServiceForm({ state, update, errors, showErrors }: StepProps) {
  const service = SERVICE_USE_CASES.find((s) => s.id === state.service.serviceId);
  const pick = (serviceId: string, useCaseId: string) =>
    update((s) => {
      const useCase = SERVICE_USE_CASES.find((x) => x.id === serviceId)?.useCases.find((u) => u.id === useCaseId);
      return {
        service: { serviceId, useCaseId },
        ...(useCase && !s.descriptionEdited ? { description: useCase.defaultDescription } : {}),
      };
    });
  return (
    <Container title="Use case" info="create-role-service" description="Allow an AWS service like EC2, Lambda, or others to perform actions in this account.">
      <SearchableSelect
        label="Service or use case"
        placeholder="Choose a service or use case"
        options={SERVICE_OPTIONS}
        value={state.service.serviceId}
        onChange={(serviceId) => {
          const next = SERVICE_USE_CASES.find((s) => s.id === serviceId);
          pick(serviceId, next?.useCases.length === 1 ? next.useCases[0].id : "");
        }}
      />
      {service && (
        <fieldset>
          <legend className="font-bold">Use case</legend>
          <p className="mb-2 text-sm text-aws-muted">Choose a use case for the specified service.</p>
          {service.useCases.map((u) => (
            <label key={u.id} className="mb-2 flex gap-2">
              <input type="radio" name="use-case" checked={state.service.useCaseId === u.id} onChange={() => pick(service.id, u.id)} className="mt-1" />
              <span>
                <span className="block">{u.name}</span>
                <span className="block text-sm text-aws-muted">{u.description}</span>
              </span>
            </label>
          ))}
        </fieldset>
      )}
      {showErrors && errors.useCase && (
        <p role="alert" className="text-sm text-aws-red">
          {errors.useCase}
        </p>
      )}
    </Container>
  );
}
