"use client";
// The panel's Credentials: sign in as a lab user (through the console's own sign-in, as the sign-in
// page does), copy passwords and keys, and the ready ~/.aws/config snippet for the AWS CLI.
import { signIn } from "next-auth/react";
import { useState } from "react";
import type { CredentialView } from "@/lib/labs/types";
import { Button } from "@/components/ui/button";
import { CopyableText, CopyButton } from "@/components/ui/copy-button";
import { ErrorAlert } from "@/components/ui/error-alert";

function SignInAs({ credential }: { credential: CredentialView }) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const go = async () => {
    setBusy(true);
    setError(null);
    const res = await signIn("credentials", {
      redirect: false,
      type: "iam",
      account: credential.accountId,
      userName: credential.userName,
      password: credential.password ?? "",
    });
    setBusy(false);
    // The new identity's console: the same page, now seen as that user (a role switched to before is left behind).
    if (res?.ok && !res.error) window.location.assign(window.location.pathname + window.location.search);
    else if (res?.error === "MFA_REQUIRED") setError(`${credential.userName} has an MFA device: sign out, then sign in on the sign-in page with a code.`);
    else setError(`Signing in as ${credential.userName} failed. Has the lab's password been changed?`);
  };
  return (
    <>
      <Button onClick={go} loading={busy}>
        Sign in as {credential.label}
      </Button>
      {error && <ErrorAlert className="mt-2">{error}</ErrorAlert>}
    </>
  );
}

export function LabCredentials({ credentials, cliConfig }: { credentials: CredentialView[]; cliConfig: string }) {
  return (
    <div className="space-y-3">
      {credentials.map((c) => (
        <div key={`${c.accountId}/${c.userName}`} className="rounded-lg border border-aws-divider p-2 text-sm">
          <div className="font-bold">{c.label}</div>
          <dl className="mt-1 grid grid-cols-[auto_1fr] gap-x-2 gap-y-0.5">
            <dt className="text-aws-muted">Account</dt>
            <dd className="font-mono">{c.accountId}</dd>
            <dt className="text-aws-muted">User</dt>
            <dd className="font-mono">{c.userName}</dd>
            {c.password && (
              <>
                <dt className="text-aws-muted">Password</dt>
                <dd><CopyableText text={c.password} label={`Copy ${c.label} password`} /></dd>
              </>
            )}
            {c.accessKeyId && (
              <>
                <dt className="text-aws-muted">Access key</dt>
                <dd className="break-all"><CopyableText text={c.accessKeyId} label={`Copy ${c.label} access key ID`} wrap /></dd>
              </>
            )}
            {c.secretAccessKey && (
              <>
                <dt className="text-aws-muted">Secret key</dt>
                <dd className="break-all"><CopyableText text={c.secretAccessKey} label={`Copy ${c.label} secret access key`} wrap /></dd>
              </>
            )}
          </dl>
          {c.password && <div className="mt-2"><SignInAs credential={c} /></div>}
        </div>
      ))}
      {cliConfig && (
        <div>
          <div className="flex items-center justify-between text-sm font-bold">
            <span id="lab-cli-config">AWS CLI configuration</span>
            <CopyButton text={cliConfig} label="Copy AWS CLI configuration" />
          </div>
          <pre aria-labelledby="lab-cli-config" tabIndex={0} className="mt-1 max-h-48 overflow-auto rounded bg-aws-nav p-2 font-mono text-xs text-white">{cliConfig}</pre>
        </div>
      )}
    </div>
  );
}
