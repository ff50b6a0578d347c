// A link to an AWS site, which the sandbox cannot reach offline: it opens in a new tab, says so to
// screen readers, and carries Cloudscape's external-link icon.
export function ExternalLink({ href, children, className = "" }: { href: string; children: React.ReactNode; className?: string }) {
  return (
    <a href={href} target="_blank" rel="noopener noreferrer" className={`inline-flex items-center gap-1 ${className}`}>
      {children}
      <span className="sr-only"> (opens in a new tab)</span>
      <svg aria-hidden="true" focusable="false" viewBox="0 0 16 16" width="12" height="12" className="shrink-0">
        <path d="M10 2h4v4M14 2 7 9M12 9v5H2V4h5" fill="none" stroke="currentColor" strokeWidth="2" />
      </svg>
    </a>
  );
}
