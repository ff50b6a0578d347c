"use client";
// IAM > Roles > Create role (console-spec §3): three steps in a left rail, Cancel · Previous · Next /
// Create role. All input lives in one state object so Previous and Edit never lose anything; the
// trust policy is regenerated from Step 1 whenever it is shown. Server errors go to the field they
// concern (role name, trust policy) or, for quotas and the rest, to a red flash; inputs are kept.
import { useRouter } from "next/navigation";
import { useCallback, useEffect, useId, useMemo, useRef, useState } from "react";
import { ApiError } from "@/lib/api/client";
import type { TrustProviders } from "@/lib/iam/console/trust-providers";
import slrRoleNames from "@/lib/iam/roles/slr-role-names.json";
import { Button } from "@/components/ui/button";
import { useFlash } from "@/components/ui/flashbar";
import { useCreateRole, type CreateRoleBody } from "../hooks/use-create-role";
import { StepPermissions } from "./step-permissions";
import { StepReview, type ReviewErrors } from "./step-review";
import { StepTrustedEntity } from "./step-trusted-entity";
import { descriptionError, INITIAL_STATE, roleNameError, stepOne, tagErrors, type WizardState } from "./wizard-state";

const STEPS = ["Select trusted entity", "Add permissions", "Name, review, and create"] as const;
type Step = 1 | 2 | 3;

function ViewRoleButton({ roleName }: { roleName: string }) {
  const router = useRouter();
  return (
    <button type="button" className="rounded-full border-2 border-white px-3 font-bold" onClick={() => router.push(`/iam/roles/${encodeURIComponent(roleName)}`)}>
      View role
    </button>
  );
}

export function CreateRoleWizard({ accountId, providers }: { accountId: string; providers: TrustProviders }) {
  const router = useRouter();
  const { push } = useFlash();
  const create = useCreateRole();
  const [state, setState] = useState<WizardState>(INITIAL_STATE);
  const [step, setStep] = useState<Step>(1);
  const [visited, setVisited] = useState<Step>(1);
  const [showErrors, setShowErrors] = useState(false);
  const [serverErrors, setServerErrors] = useState<ReviewErrors & { forName?: string; forTrust?: string }>({});

  const update = useCallback((patch: Partial<WizardState> | ((s: WizardState) => Partial<WizardState>)) => {
    setState((s) => ({ ...s, ...(typeof patch === "function" ? patch(s) : patch) }));
  }, []);

  const one = useMemo(() => stepOne(state, accountId), [state, accountId]);
  const slrService = one.useCase?.serviceLinked;
  const slrNames = slrService ? (slrRoleNames as Record<string, { roleName: string; policyNames: string[] }>)[slrService] : undefined;
  const fixedRoleName = slrNames?.roleName;

  // Cloudscape's wizard moves focus to the new step's heading, so a keyboard or screen-reader user
  // starts reading the step from its top instead of being left on a button that may have gone.
  const stepBody = useRef<HTMLDivElement>(null);
  const stepChanged = useRef(false);
  useEffect(() => {
    if (!stepChanged.current) return;
    stepChanged.current = false;
    const heading = stepBody.current?.querySelector<HTMLElement>("h1");
    if (!heading) return;
    heading.tabIndex = -1;
    heading.focus();
  }, [step]);

  const go = (next: Step) => {
    stepChanged.current = next !== step;
    setStep(next);
    setVisited((v) => (next > v ? next : v));
    setShowErrors(false);
  };

  const stepThreeInvalid =
    (!fixedRoleName && roleNameError(state.roleName) !== null) || descriptionError(state.description) !== null || Object.keys(tagErrors(state.tags)).length > 0;

  async function submit() {
    if (!one.document) return go(1);
    if (stepThreeInvalid) return setShowErrors(true);
    const body: CreateRoleBody = slrService
      ? { roleName: fixedRoleName ?? "", assumeRolePolicyDocument: one.document, description: state.description || undefined, serviceLinkedService: slrService }
      : {
          roleName: state.roleName,
          assumeRolePolicyDocument: one.document,
          description: state.description || undefined,
          policyArns: state.policies.map((p) => p.arn),
          permissionsBoundary: state.boundary.enabled ? state.boundary.policy?.arn : undefined,
          tags: state.tags.map((t) => ({ Key: t.key, Value: t.value })),
          instanceProfile: one.useCase?.instanceProfile || undefined,
        };
    setServerErrors({});
    try {
      const { Role } = await create.mutateAsync(body);
      push({ type: "success", content: `Role ${Role.RoleName} created.`, action: <ViewRoleButton roleName={Role.RoleName} /> });
      router.push("/iam/roles");
    } catch (e) {
      const code = e instanceof ApiError ? e.code : null;
      const message = e instanceof Error ? e.message : "The role could not be created.";
      const field = e instanceof ApiError ? (e.body.details?.field as string | undefined) : undefined;
      if (code === "EntityAlreadyExists" || (code === "ValidationError" && field === "roleName")) {
        setServerErrors({ roleName: message, forName: body.roleName });
      } else if (code === "MalformedPolicyDocument") {
        setServerErrors({ trust: message, forTrust: body.assumeRolePolicyDocument });
      } else {
        push({ type: "error", content: message });
      }
    }
  }

  const shownServerErrors: ReviewErrors = {
    roleName: serverErrors.forName === state.roleName ? serverErrors.roleName : undefined,
    trust: serverErrors.forTrust === one.document ? serverErrors.trust : undefined,
  };
  const props = { state, update, errors: one.errors, showErrors };
  // Why Next is disabled in Custom trust policy (checking, or what the validation found), by the
  // button and as its accessible description: the findings panel may be scrolled out of view.
  const nextReasonId = useId();
  const nextReason = step === 1 && !one.document && state.entity === "custom" ? one.errors.custom : undefined;

  return (
    <div className="flex gap-8">
      <nav aria-label="Steps" className="w-56 shrink-0">
        <ol className="flex flex-col gap-3">
          {STEPS.map((title, i) => {
            const n = (i + 1) as Step;
            const current = n === step;
            return (
              <li key={title}>
                <div className="text-xs text-aws-muted">Step {n}</div>
                {n <= visited && !current ? (
                  <button type="button" className="text-left font-bold text-aws-blue" onClick={() => go(n)}>
                    {title}
                  </button>
                ) : (
                  <span aria-current={current ? "step" : undefined} className={current ? "font-bold" : "text-aws-muted"}>
                    {title}
                  </span>
                )}
              </li>
            );
          })}
        </ol>
      </nav>
      <div ref={stepBody} className="min-w-0 flex-1">
        {step === 1 && <StepTrustedEntity {...props} accountId={accountId} providers={providers} />}
        {step === 2 && <StepPermissions {...props} serviceLinked={!!slrService} serviceLinkedPolicies={slrNames?.policyNames} />}
        {step === 3 && (
          <StepReview {...props} trustDocument={one.document ?? ""} serverErrors={shownServerErrors} fixedRoleName={fixedRoleName} goTo={go} />
        )}
        <div className="mt-6 flex items-center justify-end gap-2">
          {nextReason && (
            <p id={nextReasonId} className="mr-auto text-sm text-aws-muted">
              {nextReason}
            </p>
          )}
          <Button variant="link" onClick={() => router.push("/iam/roles")}>
            Cancel
          </Button>
          {step > 1 && <Button onClick={() => go((step - 1) as Step)}>Previous</Button>}
          {step < 3 ? (
            <Button variant="primary" disabled={step === 1 && !one.document} aria-describedby={nextReason ? nextReasonId : undefined} onClick={() => go((step + 1) as Step)}>
              Next
            </Button>
          ) : (
            <Button variant="primary" loading={create.isPending} disabled={!one.document} onClick={() => void submit()}>
              Create role
            </Button>
          )}
        </div>
      </div>
    </div>
  );
}
