"use client";
// The lab panel (spec training §5): docked right in the console layout at 380 px, collapsible to a
// rail, so it follows the learner across pages and reloads (the attempt comes from the server, the
// open/closed choice from the browser). A `complementary` landmark named "Lab: <title>". It polls the
// attempt every 3 s and announces what changed (a check passing, a step done) in a polite live region.
import { useRef, useState } from "react";
import Link from "next/link";
import type { LabView } from "@/lib/labs/types";
import { Button } from "@/components/ui/button";
import { ConfirmModal } from "@/components/ui/confirm-modal";
import { ErrorAlert } from "@/components/ui/error-alert";
import { LabActors } from "./lab-actors";
import { LabCredentials } from "./lab-credentials";
import { LabFinishSummary } from "./lab-finish";
import { LabSteps } from "./lab-steps";
import { usePanelCollapsed } from "./panel-state";
import { useCurrentLab, useFinishedLab, useFinishLab, useLabAction, type FinishedLab } from "./use-lab";
import { changes } from "./view";

function Section({ title, children, collapsible = false }: { title: string; children: React.ReactNode; collapsible?: boolean }) {
  const [open, setOpen] = useState(!collapsible);
  const id = `lab-section-${title.toLowerCase().replace(/\W+/g, "-")}`;
  return (
    <section aria-labelledby={`${id}-heading`} className="border-t border-aws-divider px-4 py-3">
      <h3 id={`${id}-heading`} className="mb-2 font-bold">
        {collapsible ? (
          <button type="button" aria-expanded={open} aria-controls={id} onClick={() => setOpen(!open)} className="flex items-center gap-1">
            <span aria-hidden className="text-aws-muted">{open ? "▾" : "▸"}</span>
            {title}
          </button>
        ) : (
          title
        )}
      </h3>
      <div id={id} hidden={!open}>
        {children}
      </div>
    </section>
  );
}

function Progress({ lab }: { lab: LabView }) {
  const { done, total } = lab.progress;
  return (
    <div className="px-4 pb-3">
      <p className="text-sm text-aws-muted">{lab.goal}</p>
      <div
        role="progressbar"
        aria-label="Lab progress"
        aria-valuemin={0}
        aria-valuemax={total}
        aria-valuenow={done}
        aria-valuetext={`${done} of ${total} steps done`}
        className="mt-2 h-2 overflow-hidden rounded-full bg-aws-divider"
      >
        <div className="h-full bg-aws-green" style={{ width: `${total ? (100 * done) / total : 0}%` }} />
      </div>
      <p className="mt-1 text-sm">
        {done} of {total} steps done
        {lab.hintsUsed > 0 && <span className="text-aws-muted"> · {lab.hintsUsed} {lab.hintsUsed === 1 ? "hint" : "hints"} used</span>}
        {lab.solutionViewed && <span className="text-aws-muted"> · solution viewed</span>}
      </p>
    </div>
  );
}

function Actions({ lab }: { lab: LabView }) {
  const current = useCurrentLab();
  const reset = useLabAction("reset");
  const finish = useFinishLab(lab.title);
  const [confirmReset, setConfirmReset] = useState(false);
  // The button's own refresh, not the 3 s poll's, shows as busy.
  const [checking, setChecking] = useState(false);
  const check = () => {
    setChecking(true);
    void current.refetch().finally(() => setChecking(false));
  };
  return (
    <div className="border-t border-aws-divider px-4 py-3">
      <div className="flex flex-wrap gap-2">
        <Button loading={checking} onClick={check}>
          Check my progress
        </Button>
        <Button onClick={() => { reset.reset(); setConfirmReset(true); }}>Reset lab</Button>
        <Button variant="primary" loading={finish.isPending} onClick={() => finish.mutate()}>
          Finish
        </Button>
      </div>
      {finish.error ? <ErrorAlert className="mt-2" error={finish.error} /> : null}
      {confirmReset && (
        <ConfirmModal
          title={`Reset lab: ${lab.title}?`}
          confirmLabel="Reset lab"
          pending={reset.isPending}
          error={reset.error}
          onConfirm={() => reset.mutate(undefined, { onSuccess: () => setConfirmReset(false) })}
          onClose={() => setConfirmReset(false)}
        >
          <p>The sandbox goes back to this lab&apos;s starting state and its checks start again. Your hints and solution views are kept.</p>
        </ConfirmModal>
      )}
    </div>
  );
}

/** The sentence the live region holds: what the last poll changed (kept until something else changes). */
function useAnnouncement(lab: LabView | null | undefined): string {
  const [seen, setSeen] = useState(lab);
  const [message, setMessage] = useState("");
  if (lab !== seen) {
    setSeen(lab);
    // The first answer after a load is the state found, not a change.
    const said = seen === undefined ? [] : changes(seen, lab);
    if (said.length > 0) setMessage(said.join(" "));
  }
  return message;
}

const DOCKED = "sticky top-0 h-[calc(100vh-40px)] shrink-0 border-l border-aws-divider bg-white";

function PanelHeader({ title, onCollapse, toggleRef }: { title: string; onCollapse?: () => void; toggleRef?: (el: HTMLButtonElement | null) => void }) {
  return (
    <div className="flex items-start justify-between gap-2 px-4 pt-3 pb-2">
      <div>
        <div className="text-xs font-bold tracking-wide text-aws-muted uppercase">Lab</div>
        <h2 id="lab-panel-heading" tabIndex={-1} className="text-lg font-bold">{title}</h2>
      </div>
      {onCollapse && (
        <button ref={toggleRef} type="button" aria-expanded aria-label="Collapse lab panel" onClick={onCollapse} className="rounded px-2 text-xl text-aws-muted hover:text-aws-blue">
          »
        </button>
      )}
    </div>
  );
}

/** After Finish the engine closes the attempt; the summary stays until the learner closes it. */
function FinishedPanel({ finished, onClose, live }: { finished: NonNullable<FinishedLab>; onClose: () => void; live: React.ReactNode }) {
  return (
    <aside aria-label={`Lab: ${finished.title}`} className={`${DOCKED} w-[380px] overflow-y-auto`}>
      {live}
      <PanelHeader title={finished.title} />
      <div className="px-4 pb-3">
        <LabFinishSummary summary={finished.summary} />
        <div className="mt-3 flex gap-2">
          <Link href="/labs" className="text-sm font-bold">All labs</Link>
          <Button className="ml-auto" onClick={onClose}>Close lab panel</Button>
        </div>
      </div>
    </aside>
  );
}

export function LabPanel() {
  const { data: lab } = useCurrentLab();
  const [finished, setFinished] = useFinishedLab();
  const [collapsed, setCollapsed] = usePanelCollapsed();
  const announcement = useAnnouncement(lab);
  // Collapsing or opening swaps the toggle button: focus follows to its replacement (not after a reload).
  const toggled = useRef(false);
  const toggle = (c: boolean) => {
    toggled.current = true;
    setCollapsed(c);
  };
  const focusIfToggled = (el: HTMLButtonElement | null) => {
    if (el && toggled.current) {
      toggled.current = false;
      el.focus();
    }
  };
  const live = (
    <div role="status" aria-live="polite" className="sr-only">
      {announcement}
    </div>
  );
  if (!lab) return finished ? <FinishedPanel finished={finished} onClose={() => setFinished(null)} live={live} /> : live;
  const name = `Lab: ${lab.title}`;
  if (collapsed) {
    return (
      <aside aria-label={name} className={`${DOCKED} flex w-10 flex-col items-center py-3`}>
        {live}
        <button
          type="button"
          aria-expanded={false}
          aria-label="Open lab panel"
          ref={focusIfToggled}
          onClick={() => toggle(false)}
          className="rounded px-1 py-2 text-sm font-bold text-aws-blue [writing-mode:vertical-rl] hover:bg-aws-blue-light"
        >
          Lab · {lab.progress.done}/{lab.progress.total}
        </button>
      </aside>
    );
  }
  return (
    <aside aria-label={name} className={`${DOCKED} w-[380px] overflow-y-auto`}>
      {live}
      <PanelHeader title={lab.title} onCollapse={() => toggle(true)} toggleRef={focusIfToggled} />
      <Progress lab={lab} />
      <Section title="Credentials" collapsible>
        <LabCredentials credentials={lab.credentials} cliConfig={lab.cliConfig} />
      </Section>
      {lab.actors.length > 0 && (
        <Section title="Actors">
          <LabActors actors={lab.actors} />
        </Section>
      )}
      <Section title="Steps">
        <LabSteps steps={lab.steps} />
      </Section>
      <Actions lab={lab} />
    </aside>
  );
}
