"use client";
// The panel's Steps: each step's checks (○ not yet checked, ✓ passed, ✗ not yet passed, with the
// probe's reason), always visible; its text, hints (one at a time, counted), solution (after a
// confirmation, recorded) and answer fields behind a disclosure that starts open on the current step.
import { useId, useState } from "react";
import type { CheckView, StepView } from "@/lib/labs/types";
import { Button } from "@/components/ui/button";
import { ConfirmModal } from "@/components/ui/confirm-modal";
import { CopyButton } from "@/components/ui/copy-button";
import { ErrorAlert } from "@/components/ui/error-alert";
import { Markdown } from "./markdown-view";
import { useLabAction } from "./use-lab";
import { CHECK_GLYPH } from "./view";

const GLYPH_COLOR = { pending: "text-aws-muted", passed: "text-aws-green", failed: "text-aws-red" } as const;

function AnswerField({ check }: { check: CheckView }) {
  const id = useId();
  const [value, setValue] = useState(check.answer ?? "");
  const answer = useLabAction("answer", (v: { checkId: string; value: string }) => v);
  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    if (value.trim()) answer.mutate({ checkId: check.id, value });
  };
  return (
    <form onSubmit={submit} className="mt-1 space-y-1">
      {check.choices ? (
        <fieldset>
          <legend className="font-bold">{check.question}</legend>
          {check.choices.map((choice) => (
            <label key={choice} className="flex items-center gap-2">
              <input type="radio" name={id} value={choice} checked={value === choice} onChange={() => setValue(choice)} />
              {choice}
            </label>
          ))}
        </fieldset>
      ) : (
        <>
          <label htmlFor={id} className="block font-bold">{check.question}</label>
          <input id={id} value={value} onChange={(e) => setValue(e.target.value)} maxLength={500} className="w-full rounded-lg border-2 border-aws-border px-2 py-0.5" />
        </>
      )}
      <Button type="submit" loading={answer.isPending} disabled={!value.trim()}>
        Submit answer
      </Button>
      {answer.error ? <ErrorAlert error={answer.error} /> : null}
    </form>
  );
}

function CheckItem({ check }: { check: CheckView }) {
  const g = CHECK_GLYPH[check.state];
  return (
    <li className="flex gap-2 text-sm">
      <span aria-hidden className={`w-4 shrink-0 text-center font-bold ${GLYPH_COLOR[check.state]}`}>{g.glyph}</span>
      <div className="min-w-0 flex-1">
        <span className="sr-only">{g.label}: </span>
        {check.label}
        {check.reason && check.state !== "passed" && <span className="block text-aws-muted">{check.reason}</span>}
        {check.question !== undefined && check.state !== "passed" && <AnswerField check={check} />}
      </div>
    </li>
  );
}

function Hints({ step }: { step: StepView }) {
  const hint = useLabAction("hint", (stepId: string) => ({ stepId }));
  if (step.hintsTotal === 0) return null;
  return (
    <div className="mt-2">
      {step.hintsShown.length > 0 && (
        <ol aria-label={`Hints for ${step.title}`} className="mb-1 ml-5 list-decimal space-y-1 text-sm">
          {step.hintsShown.map((h, i) => <li key={i}><Markdown source={h} /></li>)}
        </ol>
      )}
      <div className="flex items-center gap-2 text-sm">
        <Button variant="link" loading={hint.isPending} disabled={step.hintsShown.length >= step.hintsTotal} onClick={() => hint.mutate(step.id)}>
          Show hint
        </Button>
        <span className="text-aws-muted">
          {step.hintsShown.length} of {step.hintsTotal} shown
        </span>
      </div>
      {hint.error ? <ErrorAlert error={hint.error} /> : null}
    </div>
  );
}

function Solution({ step }: { step: StepView }) {
  const [confirming, setConfirming] = useState(false);
  const show = useLabAction("solution", (stepId: string) => ({ stepId }));
  if (step.solution) {
    return (
      <div className="mt-2 rounded-lg bg-aws-blue-light p-2 text-sm">
        <h5 className="font-bold">Solution</h5>
        {step.solution.console.length > 0 && (
          <>
            <h6 className="mt-1 font-bold text-aws-muted">In the console</h6>
            <ol className="ml-5 list-decimal">
              {step.solution.console.map((s, i) => <li key={i}><Markdown source={s} /></li>)}
            </ol>
          </>
        )}
        {step.solution.cli.length > 0 && (
          <>
            <h6 className="mt-1 font-bold text-aws-muted">With the AWS CLI</h6>
            {step.solution.cli.map((cmd, i) => (
              <div key={i} className="mt-1 flex items-start gap-1">
                <CopyButton text={cmd} label={`Copy command ${i + 1}`} />
                <pre className="min-w-0 flex-1 overflow-x-auto rounded bg-aws-nav p-1 font-mono text-xs whitespace-pre-wrap text-white">{cmd}</pre>
              </div>
            ))}
          </>
        )}
      </div>
    );
  }
  return (
    <>
      <Button variant="link" className="mt-1 text-sm" onClick={() => { show.reset(); setConfirming(true); }}>
        Show solution
      </Button>
      {confirming && (
        <ConfirmModal
          title="Show the solution?"
          confirmLabel="Show solution"
          pending={show.isPending}
          error={show.error}
          onConfirm={() => show.mutate(step.id, { onSuccess: () => setConfirming(false) })}
          onClose={() => setConfirming(false)}
        >
          <p>The solution to &ldquo;{step.title}&rdquo; is shown, and your attempt records that you viewed it.</p>
        </ConfirmModal>
      )}
    </>
  );
}

function Step({ step, index }: { step: StepView; index: number }) {
  // Follows the current step until the learner opens or closes it themselves.
  const [toggled, setToggled] = useState<boolean | null>(null);
  const open = toggled ?? step.current;
  const bodyId = useId();
  const name = `Step ${index + 1}: ${step.title}`;
  return (
    <li className={`rounded-lg border p-2 ${step.current ? "border-aws-blue" : "border-aws-divider"}`}>
      <h4 className="text-sm font-bold">
        <button type="button" aria-expanded={open} aria-controls={bodyId} onClick={() => setToggled(!open)} className="flex w-full items-start gap-2 text-left">
          <span aria-hidden className={step.done ? "text-aws-green" : "text-aws-muted"}>{step.done ? "✓" : open ? "▾" : "▸"}</span>
          <span className="flex-1">
            {name}
            {step.optional && <span className="font-normal text-aws-muted"> (optional)</span>}
            {step.done && <span className="sr-only"> (done)</span>}
            {step.current && !step.done && <span className="sr-only"> (current)</span>}
          </span>
        </button>
      </h4>
      <div id={bodyId} hidden={!open} className="mt-2 ml-6">
        <Markdown source={step.body} />
      </div>
      <ul aria-label={`Checks for step ${index + 1}`} className="mt-2 ml-6 space-y-1">
        {step.checks.map((c) => <CheckItem key={c.id} check={c} />)}
      </ul>
      {open && (
        <div className="ml-6">
          <Hints step={step} />
          <Solution step={step} />
        </div>
      )}
    </li>
  );
}

export function LabSteps({ steps }: { steps: StepView[] }) {
  return (
    <ol className="space-y-2">
      {steps.map((s, i) => <Step key={s.id} step={s} index={i} />)}
    </ol>
  );
}
