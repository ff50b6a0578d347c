"use client";
// The Switch Role page: AWS's first-time explainer, then Account ID / IAM role name / Display name -
// optional / Display color - optional, Cancel and Switch Role. Failures read as AWS's one generic
// message; "Why?" (beyond AWS) shows the simulator's actual reason when the server tells it (a role
// of the caller's own account that the caller may read), with the engine's explanation if a policy decided.
import { useRouter } from "next/navigation";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Container } from "@/components/ui/container";
import { TextField } from "@/components/ui/text-field";
import { ApiError } from "@/lib/api/client";
import { useSwitchRole } from "./use-switch-role";
import { ErrorAlert } from "@/components/ui/error-alert";
import { WhyPanel } from "@/components/ui/why-panel";
import { Disclosure } from "@/components/ui/disclosure";
import { INTRO_COOKIE_DISMISSED } from "./intro-cookie";
import type { PolicyExplanation } from "@/lib/policy";

const COLORS = [
  ["None", ""],
  ["Red", "f2b0a9"],
  ["Orange", "fbc8aa"],
  ["Yellow", "efda95"],
  ["Green", "b7ca9d"],
  ["Blue", "83d4e8"],
] as const;

// Dismissed in this page load: a client-side return to the page (whose server render may be cached)
// keeps the form.
let introDismissed = false;

export function SwitchRoleForm({
  initial,
  showIntro,
}: {
  initial: { account: string; roleName: string; displayName: string; color: string };
  /** Chosen by the server (intro cookie, SANDBOX_DEMO), so the page never flips after it loads. */
  showIntro: boolean;
}) {
  const router = useRouter();
  const switchRole = useSwitchRole();
  const [intro, setIntro] = useState(() => showIntro && !introDismissed);
  const [form, setForm] = useState({ ...initial, color: COLORS.some(([, hex]) => hex === initial.color.toLowerCase()) ? initial.color.toLowerCase() : "" });
  const set = (k: keyof typeof form) => (v: string) => setForm((f) => ({ ...f, [k]: v }));
  const error = switchRole.error instanceof ApiError ? switchRole.error : null;
  const reason = error?.body.details as { reason?: string; reasonCode?: string; explanation?: PolicyExplanation[] } | undefined;

  if (intro) {
    return (
      <Container headingLevel={1} title="Switch Role" info="switch-role">
        <p className="mb-3">
          Switching roles enables you to manage resources across AWS accounts using a single user. When you switch roles, you temporarily take on the
          permissions assigned to the new role. When you exit the role, you give up those permissions and get your original permissions back.
        </p>
        {/* Its own name: the form's submit button is "Switch Role". */}
        <Button
          variant="primary"
          onClick={() => {
            document.cookie = INTRO_COOKIE_DISMISSED;
            introDismissed = true;
            setIntro(false);
          }}
        >
          Continue
        </Button>
      </Container>
    );
  }

  return (
    <Container
      headingLevel={1}
      title="Switch Role"
      description="Allows management of resources across AWS accounts using a single user. Switching roles temporarily takes on the role's permissions; exiting the role gives them back."
    >
      <form
        className="max-w-xl"
        onSubmit={(e) => {
          e.preventDefault();
          switchRole.mutate({ account: form.account, roleName: form.roleName, displayName: form.displayName || undefined, color: form.color || undefined });
        }}
      >
        <TextField label="Account ID" value={form.account} onChange={set("account")} description="The 12-digit account number or the account alias that holds the role." />
        <TextField
          label="IAM role name"
          value={form.roleName}
          onChange={set("roleName")}
          description="The name of the role, from the end of its ARN (for example, arn:aws:iam::123456789012:role/TestRole). A role with a path is entered as path/name."
        />
        <TextField
          label="Display name - optional"
          value={form.displayName}
          onChange={set("displayName")}
          description="Appears in the navigation bar while this role is active."
          placeholder={form.roleName && form.account ? `${form.roleName.split("/").pop()} @ ${form.account}` : undefined}
          maxLength={64}
        />
        <fieldset className="mb-4">
          <legend className="font-bold">Display color - optional</legend>
          <div className="mt-1 flex flex-wrap gap-3">
            {COLORS.map(([name, hex]) => (
              <label key={name} className="flex items-center gap-1">
                <input type="radio" name="color" value={hex} checked={form.color === hex} onChange={() => set("color")(hex)} />
                <span className="inline-block size-4 rounded-sm border border-aws-border" style={{ backgroundColor: hex ? `#${hex}` : "transparent" }} aria-hidden />
                {name}
              </label>
            ))}
          </div>
        </fieldset>
        {error && (
          <ErrorAlert className="mb-4">
            {error.message}
            {reason?.reason &&
              (reason.explanation ? (
                <>
                  <p className="mt-2 font-mono text-xs text-aws-ink">
                    {reason.reasonCode}: {reason.reason}
                  </p>
                  <WhyPanel explanation={reason.explanation} />
                </>
              ) : (
                <Disclosure label="Why?" className="mt-2 text-aws-ink" labelClassName="font-bold">
                  <p className="mt-1 font-mono text-xs">
                    {reason.reasonCode}: {reason.reason}
                  </p>
                </Disclosure>
              ))}
          </ErrorAlert>
        )}
        <div className="flex justify-end gap-2">
          <Button variant="link" onClick={() => router.back()}>
            Cancel
          </Button>
          <Button type="submit" variant="primary" loading={switchRole.isPending}>
            Switch Role
          </Button>
        </div>
      </form>
    </Container>
  );
}
