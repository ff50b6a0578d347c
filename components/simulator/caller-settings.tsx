"use client";
// The simulation's CallerArn and ResourceOwner (API_SimulateCustomPolicy / API_SimulatePrincipalPolicy):
// who is simulated as the caller (an IAM user; by default the selected user, or you in New Policy mode)
// and which account owns a resource whose ARN names none (an S3 bucket; by default the caller's).
export interface CallerSettingsValue {
  callerArn: string;
  resourceOwner: string;
}

export function CallerSettings({ value, onChange }: { value: CallerSettingsValue; onChange: (v: CallerSettingsValue) => void }) {
  const open = Boolean(value.callerArn || value.resourceOwner);
  return (
    <details open={open} className="rounded-lg border border-aws-divider p-3 text-sm">
      <summary className="cursor-pointer font-bold">Caller and resource owner</summary>
      <label className="mt-2 block">
        <span className="font-bold">Caller ARN (optional)</span>
        <span className="block text-xs text-aws-muted">An IAM user simulated as the caller, e.g. arn:aws:iam::123456789012:user/alice.</span>
        <input
          value={value.callerArn}
          onChange={(e) => onChange({ ...value, callerArn: e.target.value })}
          className="mt-0.5 block w-full rounded border border-aws-border px-2 py-0.5 font-mono text-xs"
        />
      </label>
      <label className="mt-2 block">
        <span className="font-bold">Resource owner (optional)</span>
        <span className="block text-xs text-aws-muted">The account (ID or arn:aws:iam::ID:root) owning resources whose ARN has no account, such as S3 buckets.</span>
        <input
          value={value.resourceOwner}
          onChange={(e) => onChange({ ...value, resourceOwner: e.target.value })}
          className="mt-0.5 block w-full rounded border border-aws-border px-2 py-0.5 font-mono text-xs"
        />
      </label>
    </details>
  );
}
