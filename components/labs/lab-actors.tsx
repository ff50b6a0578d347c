"use client";
// The panel's Actors: the lab's scripted principals (a vendor, an attacker, an instance), each with a
// Run button and its last result.
import type { ActorView } from "@/lib/labs/types";
import { Button } from "@/components/ui/button";
import { ErrorAlert } from "@/components/ui/error-alert";
import { useLabAction } from "./use-lab";

export function LabActors({ actors }: { actors: ActorView[] }) {
  const run = useLabAction("actor", (actorId: string) => ({ actorId }));
  return (
    <ul className="space-y-2">
      {actors.map((a) => (
        <li key={a.id} className="rounded-lg border border-aws-divider p-2 text-sm">
          <div className="flex items-start justify-between gap-2">
            <span className="font-bold">{a.label}</span>
            <Button aria-label={`Run ${a.label}`} loading={run.isPending && run.variables === a.id} disabled={run.isPending} onClick={() => run.mutate(a.id)}>
              Run
            </Button>
          </div>
          <p className="mt-1 text-aws-muted">{a.description}</p>
          <p className="mt-1">
            {a.lastResult ? (
              <>
                <span aria-hidden className={a.lastResult.ok ? "text-aws-green" : "text-aws-red"}>{a.lastResult.ok ? "✓ " : "✗ "}</span>
                <span className="sr-only">Last run {a.lastResult.ok ? "succeeded" : "failed"}: </span>
                {a.lastResult.summary}
              </>
            ) : (
              <span className="text-aws-muted">Not run yet</span>
            )}
          </p>
          {run.error && run.variables === a.id ? <ErrorAlert className="mt-2" error={run.error} /> : null}
        </li>
      ))}
    </ul>
  );
}
