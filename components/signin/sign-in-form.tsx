"use client";
// AWS's sign-in page: Root user (email + password) or IAM user (account ID or alias + user name +
// password), then an MFA code when the identity has a device. One generic message for any failure.
import { signIn } from "next-auth/react";
import { useState } from "react";
import { useHydrated } from "@/components/ui/use-hydrated";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/text-field";
import { ErrorAlert } from "@/components/ui/error-alert";
import { safeRedirectPath } from "@/lib/auth/safe-redirect";

const MESSAGES: Record<string, string> = {
  INVALID: "Your authentication information is incorrect. Please try again.",
  THROTTLED: "Too many failed sign-in attempts. Wait a few minutes, then try again.",
  UNAVAILABLE: "The service is temporarily unavailable. Try again in a few moments.",
  FAILURE: "Sign-in failed because of an internal error. Try again.",
};

type Kind = "iam" | "root";


export function SignInForm({ callbackUrl, account = "" }: { callbackUrl: string; account?: string }) {
  const [kind, setKind] = useState<Kind>("iam");
  const [fields, setFields] = useState({ email: "", account, userName: "", password: "", mfaCode: "" });
  const [needMfa, setNeedMfa] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  // Tests wait for data-hydrated before typing.
  const hydrated = useHydrated();

  const set = (k: keyof typeof fields) => (v: string) => setFields((f) => ({ ...f, [k]: v }));

  async function submit(e: React.FormEvent) {
    e.preventDefault();
    setBusy(true);
    setError(null);
    const res = await signIn("credentials", { redirect: false, type: kind, ...fields });
    setBusy(false);
    if (res?.ok && !res.error) {
      // Checked again here: the prop is the only thing between a crafted link and another origin.
      window.location.assign(safeRedirectPath(callbackUrl));
      return;
    }
    if (res?.error === "MFA_REQUIRED") {
      setNeedMfa(true);
      return;
    }
    setFields((f) => ({ ...f, password: needMfa ? f.password : "", mfaCode: "" }));
    setError(MESSAGES[res?.error ?? ""] ?? MESSAGES.INVALID);
  }

  return (
    <form
      onSubmit={submit}
      data-hydrated={hydrated || undefined}
      className="w-full max-w-md rounded-2xl border border-aws-divider bg-white p-8 shadow"
      aria-labelledby="signin-heading"
    >
      <div className="mb-6 text-2xl font-bold text-aws-ink">
        <span className="text-aws-orange">aws</span> <span className="text-sm font-normal text-aws-muted">IAM console sandbox</span>
      </div>
      {needMfa ? (
        <>
          <h1 id="signin-heading" className="mb-2 text-2xl">Multi-factor authentication</h1>
          <p className="mb-4 text-aws-muted">Your account is secured using multi-factor authentication (MFA). To finish signing in, enter the code from your MFA device.</p>
          <TextField label="MFA code" value={fields.mfaCode} onChange={set("mfaCode")} autoComplete="one-time-code" inputMode="numeric" autoFocus />
        </>
      ) : (
        <>
          <h1 id="signin-heading" className="mb-4 text-2xl">Sign in</h1>
          <fieldset className="mb-4 flex flex-col gap-2">
            <legend className="sr-only">Sign in as</legend>
            {(
              [
                ["root", "Root user", "Account owner that performs tasks requiring unrestricted access."],
                ["iam", "IAM user", "User within an account that performs daily tasks."],
              ] as const
            ).map(([value, label, hint]) => (
              <label key={value} className={`flex cursor-pointer gap-2 rounded-lg border p-3 ${kind === value ? "border-aws-blue bg-aws-blue-light" : "border-aws-border"}`}>
                <input type="radio" name="kind" value={value} checked={kind === value} onChange={() => setKind(value)} className="mt-1" />
                <span>
                  <span className="block font-bold">{label}</span>
                  <span className="text-sm text-aws-muted">{hint}</span>
                </span>
              </label>
            ))}
          </fieldset>
          {kind === "root" ? (
            <TextField label="Root user email address" type="email" value={fields.email} onChange={set("email")} autoComplete="username" />
          ) : (
            <>
              <TextField label="Account ID (12 digits) or account alias" value={fields.account} onChange={set("account")} />
              <TextField label="IAM user name" value={fields.userName} onChange={set("userName")} autoComplete="username" />
            </>
          )}
          <TextField label="Password" type="password" value={fields.password} onChange={set("password")} autoComplete="current-password" />
        </>
      )}
      {error && (
        <ErrorAlert className="mb-4">{error}</ErrorAlert>
      )}
      <Button type="submit" variant="primary" loading={busy} className="w-full justify-center">
        {needMfa ? "Submit" : "Sign in"}
      </Button>
      {needMfa && (
        <button type="button" className="mt-3 w-full text-center text-aws-blue" onClick={() => { setNeedMfa(false); setError(null); setFields((f) => ({ ...f, mfaCode: "" })); }}>
          Cancel
        </button>
      )}
    </form>
  );
}
