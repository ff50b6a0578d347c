"use client";
// The one time a service-specific credential's secret is shown (after Generate or Reset): user name
// and password (or an API key), with copy buttons and a CSV download. Closing forgets it for good.
import { useState } from "react";
import { Button, buttonClass } from "@/components/ui/button";
import { KeyValue } from "@/components/ui/container";
import { CopyButton } from "@/components/ui/copy-button";
import { Modal } from "@/components/ui/modal";
import type { NewServiceCredential } from "./credential-types";

/** The download as the console offers it: one header row and the credential, as CSV. */
function csvOf(c: NewServiceCredential): string {
  const q = (v: string) => `"${v.replace(/"/g, '""')}"`;
  return c.ServiceCredentialSecret !== undefined
    ? `API Key Alias,API Key\r\n${q(c.ServiceCredentialAlias ?? "")},${q(c.ServiceCredentialSecret)}\r\n`
    : `User Name,Password\r\n${q(c.ServiceUserName ?? "")},${q(c.ServicePassword ?? "")}\r\n`;
}

function Secret({ label, value }: { label: string; value: string }) {
  const [shown, setShown] = useState(false);
  return (
    <KeyValue label={label}>
      <span className="inline-flex items-center gap-1">
        <CopyButton text={value} label={`Copy ${label.toLowerCase()}`} />
        <output aria-label={label} className="font-mono break-all">
          {shown ? value : "*".repeat(Math.min(value.length, 40))}
        </output>
        <Button variant="link" onClick={() => setShown((s) => !s)}>
          {shown ? "Hide" : "Show"}
        </Button>
      </span>
    </KeyValue>
  );
}

export function NewServiceCredentialModal({ title, credential, onClose }: { title: string; credential: NewServiceCredential; onClose: () => void }) {
  const apiKey = credential.ServiceCredentialSecret !== undefined;
  const href = `data:text/csv;charset=utf-8,${encodeURIComponent(csvOf(credential))}`;
  const file = `${credential.ServiceUserName ?? credential.ServiceCredentialAlias ?? "credentials"}_credentials.csv`;
  return (
    <Modal
      open
      onOpenChange={(o) => !o && onClose()}
      title={title}
      footer={
        <>
          <a className={buttonClass("normal")} href={href} download={file}>
            Download credentials
          </a>
          <Button variant="primary" onClick={onClose}>
            Close
          </Button>
        </>
      }
    >
      <div role="status" className="mb-4 rounded-xl border-2 border-aws-blue bg-aws-blue-light p-3">
        This is the only time the {apiKey ? "API key" : "password"} can be viewed or downloaded. You cannot recover it later. However, you can{" "}
        {apiKey ? "generate a new API key" : "reset the password"} at any time.
      </div>
      <dl className="grid grid-cols-1 gap-4">
        {apiKey ? (
          <>
            <KeyValue label="API key alias">
              <span className="font-mono">{credential.ServiceCredentialAlias}</span>
            </KeyValue>
            <Secret label="API key" value={credential.ServiceCredentialSecret ?? ""} />
          </>
        ) : (
          <>
            <KeyValue label="User name">
              <span className="inline-flex items-center gap-1">
                <CopyButton text={credential.ServiceUserName ?? ""} label="Copy user name" />
                <output aria-label="User name" className="font-mono">
                  {credential.ServiceUserName}
                </output>
              </span>
            </KeyValue>
            <Secret label="Password" value={credential.ServicePassword ?? ""} />
          </>
        )}
      </dl>
    </Modal>
  );
}
