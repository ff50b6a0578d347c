"use client";
// Trust relationships (console-spec §4.4): the trust policy as read-only JSON and "Edit trust policy",
// which opens the full-page editor. Disabled for service-linked roles.
import Link from "next/link";
import { Container } from "@/components/ui/container";
import { prettyJson, slrExplanation } from "./format";
import type { RoleDetail } from "./types";

export function TrustTab({ detail, base }: { detail: RoleDetail; base: string }) {
  return (
    <Container
      title="Trusted entities"
      info="role-trust"
      description="Entities that can assume this role under specified conditions."
      actions={
        detail.ServiceLinked ? (
          <button type="button" disabled className="cursor-not-allowed rounded-full border-2 border-[#9ba7b6] px-5 py-[2px] text-sm font-bold text-[#9ba7b6]">
            Edit trust policy
          </button>
        ) : (
          <Link href={`${base}/edit-trust-policy`} className="rounded-full border-2 border-aws-blue px-5 py-[2px] text-sm font-bold">
            Edit trust policy
          </Link>
        )
      }
    >
      {detail.ServiceLinked && <p className="mb-3 text-sm text-aws-muted">{slrExplanation(detail)}</p>}
      <pre aria-label="Trust policy" data-testid="trust-policy" className="overflow-auto rounded-lg bg-aws-bg p-3 font-mono text-xs">
        {prettyJson(detail.Role.AssumeRolePolicyDocument)}
      </pre>
    </Container>
  );
}
