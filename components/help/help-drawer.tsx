"use client";
// The console's tools drawer (Cloudscape AppLayout "tools"): the help panel on the right of the
// content. Opening moves focus to its close button, Escape or Close shuts it and focus returns to
// the Info link that opened it. "Learn more" opens local topics in place; AWS pages are external.
import { useEffect, useRef } from "react";
import { helpTopic } from "@/lib/help/topics";
import { ExternalLink } from "./external-link";
import { useHelp } from "./help-context";

export function HelpDrawer() {
  const help = useHelp();
  const closeButton = useRef<HTMLButtonElement>(null);
  const topic = help?.topic ? helpTopic(help.topic) : undefined;
  useEffect(() => {
    if (topic) closeButton.current?.focus();
  }, [topic]);
  if (!help || !topic) return null;
  return (
    <aside
      id="help-panel"
      aria-labelledby="help-panel-title"
      onKeyDown={(e) => {
        if (e.key === "Escape") {
          e.stopPropagation();
          help.close();
        }
      }}
      className="sticky top-0 max-h-screen w-[290px] shrink-0 overflow-y-auto border-l border-aws-divider bg-white text-sm"
    >
      <div className="flex items-start justify-between gap-2 border-b border-aws-divider px-5 py-4">
        <h2 id="help-panel-title" className="text-lg font-bold">
          {topic.title}
        </h2>
        <button ref={closeButton} type="button" aria-label="Close help panel" onClick={help.close} className="rounded px-1 text-lg leading-none text-aws-muted hover:text-aws-ink">
          ✕
        </button>
      </div>
      <div className="flex flex-col gap-3 px-5 py-4">
        {topic.paragraphs.map((p) => (
          <p key={p.slice(0, 40)}>{p}</p>
        ))}
      </div>
      {topic.learnMore.length > 0 && (
        <div className="border-t border-aws-divider px-5 py-4">
          <h3 className="mb-2 font-bold">Learn more</h3>
          <ul className="flex flex-col gap-1">
            {topic.learnMore.map((l) => (
              <li key={l.label}>
                {l.topic ? (
                  <button type="button" className="cursor-pointer text-left text-aws-blue hover:underline" onClick={() => help.open(l.topic!)}>
                    {l.label}
                  </button>
                ) : (
                  <ExternalLink href={l.href!}>{l.label}</ExternalLink>
                )}
              </li>
            ))}
          </ul>
        </div>
      )}
    </aside>
  );
}
