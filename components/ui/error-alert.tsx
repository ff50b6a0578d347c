// Cloudscape's "error" Alert: a red-bordered box with the error icon, an optional bold header and the
// message. The icon is an SVG with no text, so the alert's text is exactly its header and message
// (journeys assert it with toHaveText).
import { ApiError } from "@/lib/api/client";

/** "Code: message" for an AWS-format error, the bare message otherwise. */
function ErrorText({ error }: { error: unknown }) {
  const message = error instanceof Error ? error.message : "Something went wrong.";
  return (
    <>
      {error instanceof ApiError && <span className="font-bold">{error.code}: </span>}
      {message}
    </>
  );
}

export function ErrorAlert({
  header,
  error,
  children,
  className = "",
}: {
  header?: React.ReactNode;
  /** Shown as "Code: message" when no children are given. */
  error?: unknown;
  children?: React.ReactNode;
  /** Margins only: the padding is fixed. */
  className?: string;
}) {
  return (
    <div role="alert" className={`flex items-start gap-2 rounded-xl border-2 border-aws-red bg-[#fff7f7] p-3 ${className}`}>
      <svg viewBox="0 0 16 16" className="mt-1 size-4 shrink-0 text-aws-red" fill="none" stroke="currentColor" strokeWidth="2" aria-hidden>
        <circle cx="8" cy="8" r="7" />
        <path d="m5.5 5.5 5 5m0-5-5 5" />
      </svg>
      <div className="min-w-0 flex-1">
        {header && <h3 className="font-bold">{header}</h3>}
        {children ?? <ErrorText error={error} />}
      </div>
    </div>
  );
}
