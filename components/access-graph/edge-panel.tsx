"use client";
// An edge's explanation (spec §3.4 "edge click"), as a side panel: both sides of the decision —
// the identity statements and the trust statements that allowed it (Sid, lines), the boundary,
// SCPs and RCPs applied, the context it needs, its observed use — and "Open in Simulator".
import * as Dialog from "@radix-ui/react-dialog";
import Link from "next/link";
import type { EdgeExplanation, GraphEdge } from "@/lib/graph/types";
import { ErrorAlert } from "@/components/ui/error-alert";
import { buttonClass } from "@/components/ui/button";
import { useEdgeExplanation } from "./use-access-graph";
import { Chips, observedText } from "./chips";

type Side = EdgeExplanation["trust"];

/** The simulator page (slice 05), pre-filled with this AssumeRole request. */
export function simulatorHref(edge: GraphEdge): string {
  const q = new URLSearchParams({ source: edge.source, action: edge.action ?? "sts:AssumeRole", resource: edge.target });
  return `/policysim?${q}`;
}

function SideSection({ title, side }: { title: string; side?: Side }) {
  return (
    <section aria-label={title} className="mt-4">
      <h3 className="font-bold">{title}</h3>
      {!side ? (
        <p className="text-aws-muted">Not evaluated (services and identity providers are checked against the trust policy only).</p>
      ) : (
        <>
          <p>
            Decision: <span className={side.decision.toLowerCase().includes("allow") ? "font-bold text-aws-green" : "font-bold text-aws-red"}>{side.decision}</span>
          </p>
          {side.statements.length === 0 ? (
            <p className="text-aws-muted">No matching statements.</p>
          ) : (
            <ul className="mt-1 grid gap-1">
              {side.statements.map((s, i) => (
                <li key={i} className="rounded-lg bg-aws-bg px-2 py-1">
                  <span className="font-bold break-all">{s.policy}</span>
                  {s.sid && <span className="ml-2">Sid {s.sid}</span>}
                  {s.lines && <span className="ml-2 text-aws-muted">lines {s.lines[0]}–{s.lines[1]}</span>}
                </li>
              ))}
            </ul>
          )}
        </>
      )}
    </section>
  );
}

function List({ title, items, none }: { title: string; items?: string[]; none: string }) {
  return (
    <section aria-label={title} className="mt-4">
      <h3 className="font-bold">{title}</h3>
      {items && items.length ? (
        <ul className="list-disc pl-5">
          {items.map((x) => (
            <li key={x} className="break-all">{x}</li>
          ))}
        </ul>
      ) : (
        <p className="text-aws-muted">{none}</p>
      )}
    </section>
  );
}

function Explanation({ explanation }: { explanation: EdgeExplanation }) {
  const { edge } = explanation;
  const context = Object.entries(edge.context ?? {});
  return (
    <>
      <dl className="grid grid-cols-[max-content_1fr] gap-x-4 gap-y-1">
        <dt className="font-bold text-aws-muted">Action</dt>
        <dd>{edge.action ?? "—"}</dd>
        <dt className="font-bold text-aws-muted">Cross-account</dt>
        <dd>{edge.crossAccount ? "Yes" : "No"}</dd>
        <dt className="font-bold text-aws-muted">Observed use</dt>
        <dd>{observedText(edge)}</dd>
      </dl>
      <section aria-label="Required context" className="mt-4">
        <h3 className="font-bold">Required context</h3>
        {edge.chips.length ? <Chips chips={edge.chips} /> : <p className="text-aws-muted">None: the edge holds in an empty request context.</p>}
        {context.length > 0 && (
          <table className="mt-2 w-full text-left text-sm" aria-label="Minimal allowed context">
            <thead>
              <tr className="border-b border-aws-divider"><th className="py-1 pr-2">Context key</th><th className="py-1">Value</th></tr>
            </thead>
            <tbody>
              {context.map(([k, v]) => (
                <tr key={k} className="border-b border-aws-divider">
                  <td className="py-1 pr-2 font-mono text-xs">{k}</td>
                  <td className="py-1 font-mono text-xs break-all">{Array.isArray(v) ? v.join(", ") : v}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
      <SideSection title="Identity side" side={explanation.identity} />
      <SideSection title="Trust side" side={explanation.trust} />
      <section aria-label="Permissions boundary" className="mt-4">
        <h3 className="font-bold">Permissions boundary</h3>
        <p className={explanation.boundary ? "break-all" : "text-aws-muted"}>{explanation.boundary ?? "None"}</p>
      </section>
      <List title="Service control policies (SCPs)" items={explanation.scps} none="None applied" />
      <List title="Resource control policies (RCPs)" items={explanation.rcps} none="None applied" />
    </>
  );
}

export function EdgePanel({ edge, label, onClose }: { edge: GraphEdge | null; label: (id: string) => string; onClose: () => void }) {
  const explanation = useEdgeExplanation(edge?.kind === "member-of" ? null : (edge?.id ?? null));
  return (
    <Dialog.Root open={!!edge} onOpenChange={(open) => !open && onClose()}>
      <Dialog.Portal>
        <Dialog.Overlay className="fixed inset-0 z-40 bg-[#0f1b2a]/30" />
        <Dialog.Content
          aria-describedby={undefined}
          className="fixed top-0 right-0 z-50 h-full w-[min(520px,100%)] overflow-auto bg-white p-5 text-sm shadow-xl"
        >
          {edge && (
            <>
              <div className="flex items-start justify-between gap-2">
                <Dialog.Title className="text-lg font-bold break-all">
                  {label(edge.source)} → {label(edge.target)}
                </Dialog.Title>
                <Dialog.Close aria-label="Close panel" className="px-2 text-xl text-aws-muted hover:text-aws-ink">×</Dialog.Close>
              </div>
              <p className="mt-1 text-xs break-all text-aws-muted">
                {edge.source} → {edge.target}
              </p>
              {edge.kind === "member-of" ? (
                <p className="mt-4">{label(edge.source)} is a member of this group and inherits its policies.</p>
              ) : (
                <>
                  <div className="mt-3">
                    <Link href={simulatorHref(edge)} className={buttonClass("primary")}>
                      Open in Simulator
                    </Link>
                  </div>
                  <div className="mt-2">
                    {explanation.isPending ? (
                      <p role="status" aria-busy="true" className="text-aws-muted">Loading the explanation…</p>
                    ) : explanation.error ? (
                      <ErrorAlert error={explanation.error} header="The explanation could not be loaded" />
                    ) : (
                      <Explanation explanation={explanation.data!} />
                    )}
                  </div>
                </>
              )}
            </>
          )}
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}
