// Cloudscape's StatusIndicator for a Roles Anywhere resource: "Enabled" (success) or "Disabled" (stopped).
export function EnabledStatus({ enabled }: { enabled: boolean }) {
  return enabled ? (
    <span className="inline-flex items-center gap-1 text-aws-green">
      <span aria-hidden>✓</span>
      <span>Enabled</span>
    </span>
  ) : (
    <span className="inline-flex items-center gap-1 text-aws-muted">
      <span aria-hidden>○</span>
      <span>Disabled</span>
    </span>
  );
}
