"use client";
// What Finish answers (spec training §5): time, hints used, solution viewed, the lesson learned and the next lab.
import Link from "next/link";
import type { FinishSummary } from "@/lib/labs/types";
import { Markdown } from "./markdown-view";
import { formatSeconds } from "./view";

export function LabFinishSummary({ summary }: { summary: FinishSummary }) {
  return (
    <section aria-labelledby="lab-finish-heading" className="rounded-lg border border-aws-green bg-[#f2fcf3] p-3 text-sm">
      <h3 id="lab-finish-heading" className="font-bold">{summary.allPassed ? "Lab complete" : "Lab finished"}</h3>
      {!summary.allPassed && <p className="mt-1">Some checks had not passed when you finished.</p>}
      <dl className="mt-2 grid grid-cols-[auto_1fr] gap-x-3 gap-y-0.5">
        <dt className="text-aws-muted">Time</dt>
        <dd>{formatSeconds(summary.seconds)}</dd>
        <dt className="text-aws-muted">Hints used</dt>
        <dd>{summary.hintsUsed}</dd>
        <dt className="text-aws-muted">Solution viewed</dt>
        <dd>{summary.solutionViewed ? "Yes" : "No"}</dd>
      </dl>
      <h4 className="mt-2 font-bold">Lesson learned</h4>
      <Markdown source={summary.lessonLearned} />
      {summary.next && (
        <p className="mt-2">
          Next lab: <Link href={`/labs#lab-${summary.next.id}`}>{summary.next.title}</Link>
        </p>
      )}
    </section>
  );
}
