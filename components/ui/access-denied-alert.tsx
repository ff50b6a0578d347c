"use client";
// The console-wide access-denied alert (console-spec §1): header "Access denied to <action>", the
// standard body, and a copyable box with User / Action / On resource(s) / Context.
import { LearnMoreLink } from "@/components/help/learn-more-link";
import { ApiError } from "@/lib/api/client";
import type { PolicyExplanation } from "@/lib/policy";
import { CopyButton } from "./copy-button";
import { ErrorAlert } from "./error-alert";
import { WhyPanel } from "./why-panel";

export interface DenialDetails {
  principalArn: string;
  action: string;
  resource: string;
  context: string;
  explanation?: PolicyExplanation[];
  /** The encoded authorization failure message (sts:DecodeAuthorizationMessage decodes it). */
  encodedMessage?: string;
}

export function denialOf(error: unknown): DenialDetails | null {
  if (!(error instanceof ApiError) || error.code !== "AccessDenied") return null;
  const d = error.body.details as Partial<DenialDetails> | undefined;
  if (!d?.action) return null;
  return { principalArn: d.principalArn ?? "", action: d.action, resource: d.resource ?? "", context: d.context ?? "", explanation: d.explanation, encodedMessage: d.encodedMessage };
}

export function AccessDeniedAlert({ denial }: { denial: DenialDetails }) {
  const text = `User: ${denial.principalArn}\nAction: ${denial.action}\nOn resource(s): ${denial.resource}\nContext: ${denial.context}`;
  return (
    <ErrorAlert header={`Access denied to ${denial.action}`}>
      <p className="mt-1">
        You don&apos;t have permission to {denial.action}. To request access, copy the following text and send it to your AWS administrator.{" "}
        <LearnMoreLink topic="access-denied" href="https://docs.aws.amazon.com/IAM/latest/UserGuide/troubleshoot_access-denied.html">
          Learn more about troubleshooting access denied errors.
        </LearnMoreLink>
      </p>
      <div className="mt-3 flex items-start gap-2 rounded-lg bg-white p-3">
        <pre className="flex-1 font-mono text-xs whitespace-pre-wrap" data-testid="access-denied-details">
          {text}
        </pre>
        <CopyButton text={text} label="Copy access denied details" />
      </div>
      {denial.explanation && <WhyPanel explanation={denial.explanation} encodedMessage={denial.encodedMessage} />}
    </ErrorAlert>
  );
}

/** Renders a failed query: the access-denied alert for AccessDenied, else an error box with the AWS message. */
export function QueryError({ error }: { error: unknown }) {
  const denial = denialOf(error);
  if (denial) return <AccessDeniedAlert denial={denial} />;
  return <ErrorAlert error={error} />;
}
