"use client";
// The learner's sandboxes on a training server (SANDBOX_MODE=multi): "Start a new sandbox" and, for
// each sandbox, its Credentials card (accounts, users and passwords, access keys) to sign in with.
// "Join a sandbox" redeems a classroom script's join code. Outside the console (nobody is signed in yet):
// its own routes, /api/sandboxes, keyed on the learner cookie.
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { SandboxCredentials } from "@/lib/sandbox/provision";
import { Button } from "@/components/ui/button";
import { Container } from "@/components/ui/container";
import { CopyableText } from "@/components/ui/copy-button";
import { ErrorAlert } from "@/components/ui/error-alert";
import { getJson, sendJson } from "./fetch-json";
import { JoinForm } from "./join-form";

interface Listing {
  mode: "single" | "multi";
  limit: number;
  sandboxes: SandboxCredentials[];
}

function CredentialsCard({ sandbox }: { sandbox: SandboxCredentials }) {
  const alias = (accountId: string) => sandbox.accounts.find((a) => a.id === accountId)?.alias ?? accountId;
  return (
    <Container title={`Sandbox ${sandbox.n}`} description={`Started ${new Date(sandbox.createdAt).toLocaleString()}`} headingLevel={2}>
      <h3 className="text-base font-bold">Credentials</h3>
      <table className="mt-2 w-full text-left text-sm">
        <caption className="sr-only">Sign-in credentials of sandbox {sandbox.n}</caption>
        <thead>
          <tr className="border-b border-aws-divider text-aws-muted">
            <th scope="col" className="py-1 pr-3">Account</th>
            <th scope="col" className="py-1 pr-3">User</th>
            <th scope="col" className="py-1">Password</th>
          </tr>
        </thead>
        <tbody>
          {sandbox.users.map((u) => (
            <tr key={`${u.account}/${u.name}`} className="border-b border-aws-divider">
              <td className="py-1 pr-3 font-mono">{u.account} ({alias(u.account)})</td>
              <td className="py-1 pr-3 font-mono">{u.name}</td>
              <td className="py-1"><CopyableText text={u.password} label={`Copy the password of ${u.name} in ${alias(u.account)}`} /></td>
            </tr>
          ))}
          {sandbox.accounts.map((a) => (
            <tr key={a.rootEmail} className="border-b border-aws-divider">
              <td className="py-1 pr-3 font-mono">{a.id} ({a.alias})</td>
              <td className="py-1 pr-3 font-mono">root: {a.rootEmail}</td>
              <td className="py-1"><CopyableText text={a.rootPassword} label={`Copy the root password of ${a.alias}`} /></td>
            </tr>
          ))}
        </tbody>
      </table>
      <h3 className="mt-4 text-base font-bold">Access keys</h3>
      <dl className="mt-1 space-y-2 text-sm">
        {sandbox.accessKeys.map((k) => (
          <div key={k.accessKeyId}>
            <dt className="text-aws-muted">{k.user} in {alias(k.account)}</dt>
            <dd className="grid gap-1 break-all">
              <CopyableText text={k.accessKeyId} label={`Copy the access key ID of ${k.user} in ${alias(k.account)}`} wrap />
              <CopyableText text={k.secretAccessKey} label={`Copy the secret access key of ${k.user} in ${alias(k.account)}`} wrap />
            </dd>
          </div>
        ))}
      </dl>
      <p className="mt-4 text-sm">
        <a className="font-bold text-aws-blue underline hover:text-aws-blue-dark" href={`/signin?account=${encodeURIComponent(sandbox.accounts[0].alias)}`}>
          Sign in to {sandbox.accounts[0].alias}
        </a>
      </p>
    </Container>
  );
}

export function SandboxList() {
  const client = useQueryClient();
  const listing = useQuery({ queryKey: ["sandboxes"], queryFn: () => getJson<Listing>("/api/sandboxes") });
  const start = useMutation({
    mutationFn: () => sendJson<unknown>("/api/sandboxes"),
    onSettled: () => client.invalidateQueries({ queryKey: ["sandboxes"] }),
  });

  if (!listing.data) return listing.error ? <ErrorAlert>{listing.error.message}</ErrorAlert> : <p role="status">Loading sandboxes…</p>;
  const { mode, limit, sandboxes } = listing.data;
  if (mode === "single") {
    return <p>This server runs the one demo sandbox: sign in with the accounts in the README.</p>;
  }
  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-center gap-3">
        <Button variant="primary" onClick={() => start.mutate()} loading={start.isPending} disabled={sandboxes.length >= limit}>
          Start a new sandbox
        </Button>
        <span className="text-sm text-aws-muted">
          {sandboxes.length} of {limit} sandboxes. A sandbox idle for 14 days is deleted.
        </span>
      </div>
      {start.error && <ErrorAlert>{start.error.message}</ErrorAlert>}
      <JoinForm onJoined={() => void client.invalidateQueries({ queryKey: ["sandboxes"] })} />
      {sandboxes.length === 0 && <p>You have no sandbox yet.</p>}
      {sandboxes.map((s) => (
        <CredentialsCard key={s.id} sandbox={s} />
      ))}
    </div>
  );
}
