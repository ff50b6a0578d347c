"use client";
// /labs: the guided labs by track (spec training §5), each card with its level, time, concepts, seed
// articles and this learner's status, and Start, Resume or Restart. Start and Restart reset the
// sandbox to the lab's setup, so they ask first.
import { useRouter } from "next/navigation";
import { useState } from "react";
import type { LabCard } from "@/lib/labs/types";
import { Breadcrumbs } from "@/components/chrome/breadcrumbs";
import { Button } from "@/components/ui/button";
import { ConfirmModal } from "@/components/ui/confirm-modal";
import { ErrorAlert } from "@/components/ui/error-alert";
import { PageHeader } from "@/components/ui/page-header";
import { byTrack, cardAction, cardStatus } from "./view";
import { useCurrentLab, useLabAction, useLabCatalog } from "./use-lab";
import { expandLabPanel } from "./panel-state";

function Card({ card, action, onAction }: { card: LabCard; action: "Start" | "Resume" | "Restart"; onAction: () => void }) {
  const status = cardStatus(card);
  const titleId = `lab-${card.id}-title`;
  return (
    <article id={`lab-${card.id}`} aria-labelledby={titleId} className="flex flex-col rounded-2xl bg-white p-5 shadow-[0_1px_1px_0_rgba(0,28,36,0.3),1px_1px_1px_0_rgba(0,28,36,0.15),-1px_1px_1px_0_rgba(0,28,36,0.15)]">
      <div className="flex items-start justify-between gap-2">
        <h3 id={titleId} className="text-base font-bold">{card.title}</h3>
        <span className="shrink-0 text-lg" title={status.label}>
          <span aria-hidden className={card.status === "finished" ? "text-aws-green" : "text-aws-muted"}>{status.text}</span>
          <span className="sr-only">Status: {status.label}</span>
        </span>
      </div>
      <p className="mt-1 text-sm text-aws-muted">{card.goal}</p>
      <dl className="mt-3 grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 text-sm">
        <dt className="font-bold text-aws-muted">Level</dt>
        <dd>{card.level}</dd>
        <dt className="font-bold text-aws-muted">Time</dt>
        <dd>{card.minutes} min</dd>
        <dt className="font-bold text-aws-muted">Concepts</dt>
        <dd>
          <ul className="flex flex-wrap gap-1">
            {card.concepts.map((c) => (
              <li key={c} className="rounded-full border border-aws-border px-2 text-xs leading-5">{c}</li>
            ))}
          </ul>
        </dd>
        <dt className="font-bold text-aws-muted">Seed</dt>
        <dd>{card.seeds.join(", ")}</dd>
      </dl>
      <div className="mt-auto flex justify-end pt-4">
        <Button variant={action === "Resume" ? "primary" : "normal"} onClick={onAction}>
          {action}
        </Button>
      </div>
    </article>
  );
}

export function LabCatalog() {
  const router = useRouter();
  const catalog = useLabCatalog();
  const current = useCurrentLab();
  const start = useLabAction("start", (labId: string) => ({ labId }));
  const [confirming, setConfirming] = useState<{ card: LabCard; action: "Start" | "Restart" } | null>(null);
  const currentId = current.data?.finishedAt ? undefined : current.data?.labId;

  const act = (card: LabCard, action: "Start" | "Resume" | "Restart") => {
    if (action === "Resume") expandLabPanel();
    else {
      start.reset();
      setConfirming({ card, action });
    }
  };
  const confirm = () => {
    if (!confirming) return;
    start.mutate(confirming.card.id, {
      onSuccess: (lab) => {
        setConfirming(null);
        expandLabPanel();
        if (lab.startUrl) router.push(lab.startUrl);
      },
    });
  };

  return (
    <div aria-busy={catalog.isPending || undefined}>
      <Breadcrumbs items={[{ label: "Labs" }]} />
      <PageHeader title="Labs" />
      <p className="mb-6 max-w-3xl text-sm text-aws-muted">
        Guided exercises in this sandbox. Each lab starts from a fresh sandbox with its own users, roles and keys; the lab panel on the right
        checks your work as you go, in the console or the AWS CLI.
      </p>
      {catalog.error ? <ErrorAlert error={catalog.error} className="mb-4" /> : null}
      {byTrack(catalog.data ?? []).map(({ track, cards }) => (
        <section key={track} aria-labelledby={`track-${track}`} className="mb-8">
          <h2 id={`track-${track}`} className="mb-3 text-xl font-bold">{track}</h2>
          <div className="grid grid-cols-[repeat(auto-fill,minmax(280px,1fr))] gap-4">
            {cards.map((card) => {
              const action = cardAction(card, currentId);
              return <Card key={card.id} card={card} action={action} onAction={() => act(card, action)} />;
            })}
          </div>
        </section>
      ))}
      {confirming && (
        <ConfirmModal
          title={`${confirming.action} lab: ${confirming.card.title}?`}
          confirmLabel={`${confirming.action} lab`}
          pending={start.isPending}
          error={start.error}
          onConfirm={confirm}
          onClose={() => setConfirming(null)}
        >
          <p>
            The sandbox is reset to this lab&apos;s starting state: every user, role, policy, key and session you made in it is removed, and the
            lab&apos;s own are created.{confirming.action === "Restart" ? " Your progress on this lab starts again." : ""}
          </p>
        </ConfirmModal>
      )}
    </div>
  );
}
