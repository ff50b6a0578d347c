"use client";
// Cloudscape's "Info" link: opens the help panel (tools drawer) on the page's or the field's topic.
import { useConsolePathname } from "@/components/chrome/session-tab";
import { helpTopic, topicForPath } from "@/lib/help/topics";
import { useHelp } from "./help-context";

export function InfoLink({ topic, className = "" }: { topic?: string; className?: string }) {
  const help = useHelp();
  const pathname = useConsolePathname();
  const id = topic ?? topicForPath(pathname ?? "");
  const found = id ? helpTopic(id) : undefined;
  if (!help || !found) return null;
  const expanded = help.topic === found.id;
  return (
    <button
      type="button"
      aria-expanded={expanded}
      aria-controls={expanded ? "help-panel" : undefined}
      className={`cursor-pointer align-middle text-xs font-bold text-aws-blue hover:underline ${className}`}
      onClick={(e) => help.open(found.id, e.currentTarget)}
    >
      Info
    </button>
  );
}
