"use client";
import { useState } from "react";

/** Cloudscape's copy-to-clipboard: an icon button with a transient "copied" popover. */
export function CopyButton({ text, label }: { text: string; label: string }) {
  const [copied, setCopied] = useState(false);
  return (
    <span className="relative inline-flex">
      <button
        type="button"
        aria-label={label}
        className="mr-1 rounded p-0.5 text-aws-muted hover:text-aws-blue"
        onClick={async () => {
          await navigator.clipboard?.writeText(text).catch(() => undefined);
          setCopied(true);
          setTimeout(() => setCopied(false), 1500);
        }}
      >
        <svg viewBox="0 0 16 16" className="size-4" fill="none" stroke="currentColor" strokeWidth="2" aria-hidden>
          <rect x="5" y="5" width="9" height="9" rx="1" />
          <path d="M2 11V2h9" />
        </svg>
      </button>
      {copied && (
        <span role="status" className="absolute -top-7 left-0 rounded bg-aws-ink px-2 py-0.5 text-xs whitespace-nowrap text-white">
          {label.replace(/^Copy /, "")} copied
        </span>
      )}
    </span>
  );
}

/** A value shown in monospace after its copy button, as the console shows ARNs. */
export function CopyableText({ text, label, testId, wrap = false }: { text: string; label: string; testId?: string; wrap?: boolean }) {
  return (
    <span className="inline-flex items-start gap-1">
      <CopyButton text={text} label={label} />
      <span className={`font-mono text-sm ${wrap ? "break-all" : ""}`} data-testid={testId}>
        {text}
      </span>
    </span>
  );
}
