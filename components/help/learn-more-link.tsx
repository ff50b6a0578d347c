"use client";
// A "Learn more" link: inside the console it opens the local help topic in the tools drawer (works
// offline); elsewhere, or with no topic, it opens the AWS page in a new tab, marked as external.
import { ExternalLink } from "./external-link";
import { useHelp } from "./help-context";

export function LearnMoreLink({ topic, href, children }: { topic?: string; href: string; children: React.ReactNode }) {
  const help = useHelp();
  if (help && topic) {
    return (
      <button type="button" className="cursor-pointer text-left font-bold text-aws-blue hover:underline" onClick={(e) => help.open(topic, e.currentTarget)}>
        {children}
      </button>
    );
  }
  return <ExternalLink href={href}>{children}</ExternalLink>;
}
