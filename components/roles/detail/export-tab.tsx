"use client";
// Export (beyond AWS): the role as Terraform, CloudFormation YAML and AWS CLI commands, each copyable.
import { Container } from "@/components/ui/container";
import { CopyButton } from "@/components/ui/copy-button";
import { QueryError } from "@/components/ui/access-denied-alert";
import { useRoleExport } from "../hooks/use-role-export";

const FORMATS = [
  ["terraform", "Terraform"],
  ["cloudformation", "CloudFormation"],
  ["cli", "AWS CLI"],
] as const;

export function ExportTab({ roleName, active }: { roleName: string; active: boolean }) {
  const q = useRoleExport(roleName, active);
  if (q.isError) return <QueryError error={q.error} />;
  return (
    <div className="flex flex-col gap-6">
      {FORMATS.map(([key, label]) => (
        <Container key={key} title={label} actions={q.data && <CopyButton text={q.data[key]} label={`Copy ${label}`} />}>
          {q.data ? (
            <pre aria-label={`${label} code`} className="max-h-96 overflow-auto rounded-lg bg-aws-bg p-3 font-mono text-xs">
              {q.data[key]}
            </pre>
          ) : (
            <p role="status" aria-busy="true" className="text-aws-muted">
              Loading
            </p>
          )}
        </Container>
      ))}
    </div>
  );
}
