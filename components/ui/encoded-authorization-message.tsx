"use client";
// The encoded authorization failure message of a console denial, as AWS services such as EC2 append
// it to theirs: opaque here, readable through `aws sts decode-authorization-message` by a caller of
// the same account who holds sts:DecodeAuthorizationMessage (lib/authz/encoded-message.ts).
import { useSyncExternalStore } from "react";
import { CopyButton } from "./copy-button";

/** The sandbox's wire endpoint as the CLI's --endpoint-url (app/api/aws/route.ts). */
function useEndpointUrl(): string {
  const origin = useSyncExternalStore(
    () => () => undefined,
    () => window.location.origin,
    () => "http://localhost:3000",
  );
  return `${origin}/api/aws`;
}

export function EncodedAuthorizationMessage({ message }: { message: string }) {
  const endpoint = useEndpointUrl();
  const command = `aws sts decode-authorization-message --encoded-message ${message} --endpoint-url ${endpoint}`;
  return (
    <section aria-label="Encoded authorization failure message" className="mt-3 border-t border-aws-border pt-3">
      <h3 className="font-bold">Encoded authorization failure message</h3>
      <p className="mt-1 text-aws-muted">
        Anyone in this account allowed <code>sts:DecodeAuthorizationMessage</code> can decode it into the full details of this denial.
      </p>
      <div className="mt-2 flex items-start gap-2">
        <CopyButton text={message} label="Copy encoded authorization failure message" />
        <code className="flex-1 font-mono text-xs break-all" data-testid="encoded-authorization-message">
          {message}
        </code>
      </div>
      <p className="mt-2">Decode it with the AWS CLI:</p>
      <div className="mt-1 flex items-start gap-2">
        <CopyButton text={command} label="Copy decode command" />
        <code className="flex-1 font-mono text-xs break-all" data-testid="decode-authorization-command">
          {command}
        </code>
      </div>
    </section>
  );
}
