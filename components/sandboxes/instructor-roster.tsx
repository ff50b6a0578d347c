"use client";
// The instructor's view (training spec §6): every sandbox on the training server with its learner,
// accounts, created and last-used times and lab progress; make a sandbox for a learner by name, issue a
// new join code (shown once), delete a sandbox (after a confirmation).
import { useState } from "react";
import { useRouter } from "next/navigation";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { JoinCode } from "@/lib/sandbox/join-code";
import type { RosterEntry } from "@/lib/sandbox/roster";
import type { ClassroomSandbox } from "@/lib/sandbox/classroom";
import { Button } from "@/components/ui/button";
import { ConfirmModal } from "@/components/ui/confirm-modal";
import { CopyableText } from "@/components/ui/copy-button";
import { ErrorAlert } from "@/components/ui/error-alert";
import { Modal } from "@/components/ui/modal";
import { TextField } from "@/components/ui/text-field";
import { getJson, sendJson } from "./fetch-json";

const ROSTER = ["instructor-roster"];
const when = (iso: string | null) => (iso ? new Date(iso).toLocaleString() : "—");
const learnerOf = (s: RosterEntry) => s.learnerName ?? "Started in a browser";

function CodeModal({ title, code, onClose }: { title: string; code: JoinCode; onClose: () => void }) {
  const link = `${window.location.origin}/sandboxes/join?code=${encodeURIComponent(code.code)}`;
  return (
    <Modal open onOpenChange={(o) => !o && onClose()} title={title} footer={<Button variant="primary" onClick={onClose}>Done</Button>}>
      <p className="mb-2 text-sm">Give the learner this code (shown only now). It works once, until {when(code.expiresAt)}.</p>
      <dl className="space-y-2 text-sm">
        <dt className="font-bold">Join code</dt>
        <dd><CopyableText text={code.code} label="Copy the join code" /></dd>
        <dt className="font-bold">Join link</dt>
        <dd className="break-all"><CopyableText text={link} label="Copy the join link" wrap /></dd>
      </dl>
    </Modal>
  );
}

function NewForLearner({ onCode }: { onCode: (title: string, code: JoinCode) => void }) {
  const client = useQueryClient();
  const [learner, setLearner] = useState("");
  const create = useMutation({
    mutationFn: () => sendJson<ClassroomSandbox>("/api/sandboxes/instructor", { learner }),
    onSuccess: (made) => {
      setLearner("");
      onCode(`Sandbox ${made.sandbox.n} for ${made.learner}`, made.joinCode);
    },
    onSettled: () => client.invalidateQueries({ queryKey: ROSTER }),
  });
  return (
    <form
      aria-label="Create a sandbox for a learner"
      className="flex flex-wrap items-end gap-3"
      onSubmit={(e) => {
        e.preventDefault();
        create.mutate();
      }}
    >
      <TextField label="Learner name" value={learner} onChange={setLearner} className="w-64" constraint="1-64 letters, digits, . _ @ -" />
      <Button type="submit" variant="normal" loading={create.isPending} disabled={learner.trim() === ""} className="mb-6">
        Create sandbox with join code
      </Button>
      {create.error && <ErrorAlert className="w-full">{create.error.message}</ErrorAlert>}
    </form>
  );
}

function SandboxRow({ s, onCode, onDelete }: { s: RosterEntry; onCode: (title: string, code: JoinCode) => void; onDelete: (s: RosterEntry) => void }) {
  const issue = useMutation({
    mutationFn: () => sendJson<JoinCode>(`/api/sandboxes/instructor/${encodeURIComponent(s.id)}/join-code`),
    onSuccess: (code) => onCode(`New join code for sandbox ${s.n}`, code),
  });
  return (
    <tr className="border-b border-aws-divider align-top">
      <th scope="row" className="py-2 pr-3 text-left font-normal">
        <span className="font-bold">{learnerOf(s)}</span>
        <div className="text-xs text-aws-muted">{s.claimed ? "Joined" : `Waiting for join code (until ${when(s.joinCodeExpiresAt)})`}</div>
      </th>
      <td className="py-2 pr-3 font-mono">{s.n}</td>
      <td className="py-2 pr-3 font-mono text-xs">
        {s.accounts.map((a) => (
          <div key={a.id}>{a.id} ({a.alias})</div>
        ))}
      </td>
      <td className="py-2 pr-3">{when(s.createdAt)}</td>
      <td className="py-2 pr-3">{when(s.lastUsedAt)}</td>
      <td className="py-2 pr-3">
        {s.labs.started} started, {s.labs.finished} finished
        {s.labs.lastActivityAt && <div className="text-xs text-aws-muted">last lab activity {when(s.labs.lastActivityAt)}</div>}
      </td>
      <td className="py-2">
        <div className="flex flex-col items-start gap-1">
          <Button variant="link" onClick={() => issue.mutate()} loading={issue.isPending} aria-label={`Issue a join code for sandbox ${s.n}`}>
            Issue join code
          </Button>
          <Button variant="link" onClick={() => onDelete(s)} aria-label={`Delete sandbox ${s.n}`}>
            Delete
          </Button>
          {issue.error && <ErrorAlert>{issue.error.message}</ErrorAlert>}
        </div>
      </td>
    </tr>
  );
}

export function InstructorRoster() {
  const router = useRouter();
  const client = useQueryClient();
  const roster = useQuery({ queryKey: ROSTER, queryFn: () => getJson<{ sandboxes: RosterEntry[] }>("/api/sandboxes/instructor") });
  const [shown, setShown] = useState<{ title: string; code: JoinCode } | null>(null);
  const [deleting, setDeleting] = useState<RosterEntry | null>(null);
  const remove = useMutation({
    mutationFn: (s: RosterEntry) => sendJson<unknown>(`/api/sandboxes/instructor/${encodeURIComponent(s.id)}`, {}, "DELETE"),
    onSuccess: () => setDeleting(null),
    onSettled: () => client.invalidateQueries({ queryKey: ROSTER }),
  });
  const signOut = useMutation({ mutationFn: () => sendJson<unknown>("/api/sandboxes/instructor/session", {}, "DELETE"), onSuccess: () => router.refresh() });
  const onCode = (title: string, code: JoinCode) => setShown({ title, code });
  const sandboxes = roster.data?.sandboxes;

  return (
    <div className="space-y-4">
      <div className="flex justify-end">
        <Button variant="link" onClick={() => signOut.mutate()}>Sign out</Button>
      </div>
      <NewForLearner onCode={onCode} />
      {roster.error && <ErrorAlert>{roster.error.message}</ErrorAlert>}
      {!sandboxes ? (
        !roster.error && <p role="status">Loading sandboxes…</p>
      ) : (
        <table className="w-full text-left text-sm">
          <caption className="mb-2 text-left text-aws-muted">
            {sandboxes.length} {sandboxes.length === 1 ? "sandbox" : "sandboxes"} on this server. A sandbox idle for 14 days is deleted.
          </caption>
          <thead>
            <tr className="border-b border-aws-divider text-aws-muted">
              <th scope="col" className="py-1 pr-3">Learner</th>
              <th scope="col" className="py-1 pr-3">Sandbox</th>
              <th scope="col" className="py-1 pr-3">Accounts</th>
              <th scope="col" className="py-1 pr-3">Created</th>
              <th scope="col" className="py-1 pr-3">Last used</th>
              <th scope="col" className="py-1 pr-3">Labs</th>
              <th scope="col" className="py-1">Actions</th>
            </tr>
          </thead>
          <tbody>
            {sandboxes.map((s) => (
              <SandboxRow key={s.id} s={s} onCode={onCode} onDelete={setDeleting} />
            ))}
          </tbody>
        </table>
      )}
      {sandboxes?.length === 0 && <p>No learner has a sandbox yet.</p>}
      {shown && <CodeModal title={shown.title} code={shown.code} onClose={() => setShown(null)} />}
      {deleting && (
        <ConfirmModal
          title={`Delete sandbox ${deleting.n}?`}
          confirmLabel="Delete"
          pending={remove.isPending}
          error={remove.error}
          onConfirm={() => remove.mutate(deleting)}
          onClose={() => {
            remove.reset();
            setDeleting(null);
          }}
        >
          <p>
            Sandbox {deleting.n} of {learnerOf(deleting)}, with its accounts, users, roles, keys, activity and lab progress
            context, is deleted for good. The learner can no longer sign in to it.
          </p>
        </ConfirmModal>
      )}
    </div>
  );
}
