"use client";
// One service's service-specific credentials on the Security credentials tab ("HTTPS Git credentials
// for AWS CodeCommit", "Credentials for Amazon Keyspaces (for Apache Cassandra)", "API keys for Amazon
// Bedrock"): generate (2 per service), reset the password, make inactive/active, delete.
// AWS: https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_service-specific-creds.html
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { ConfirmModal } from "@/components/ui/confirm-modal";
import { Container } from "@/components/ui/container";
import { ErrorAlert } from "@/components/ui/error-alert";
import { useFlash } from "@/components/ui/flashbar";
import { QueryTable } from "@/components/ui/query-table";
import { EmptyState, type Column } from "@/components/ui/table";
import { longDate, relativeTime } from "@/components/ui/time";
import type { NewServiceCredential, ServiceCredential } from "./credential-types";
import { GenerateApiKeyModal } from "./generate-api-key-modal";
import { NewServiceCredentialModal } from "./new-service-credential-modal";
import { useCreateServiceCredential, useDeleteServiceCredential, useResetServiceCredential, useServiceCredentials, useUpdateServiceCredential } from "./use-service-credentials";

/** "You can have a maximum of two sets of service-specific credentials for each supported service per user." */
const PER_SERVICE = 2;

export interface CredentialService {
  serviceName: string;
  title: string;
  description: string;
  /** API keys (Bedrock) have an alias, an optional expiry and no password to reset. */
  apiKey?: boolean;
}

export const CREDENTIAL_SERVICES: CredentialService[] = [
  {
    serviceName: "codecommit.amazonaws.com",
    title: "HTTPS Git credentials for AWS CodeCommit",
    description: "Generate a user name and password you can use to authenticate HTTPS connections to AWS CodeCommit repositories.",
  },
  {
    serviceName: "cassandra.amazonaws.com",
    title: "Credentials for Amazon Keyspaces (for Apache Cassandra)",
    description: "Generate a user name and password you can use to authenticate to Amazon Keyspaces.",
  },
  {
    serviceName: "bedrock.amazonaws.com",
    title: "API keys for Amazon Bedrock",
    description: "Generate a long-term API key you can use to call Amazon Bedrock.",
    apiKey: true,
  },
];

type Pending = { kind: "reset" | "delete"; credential: ServiceCredential } | null;

export function ServiceCredentialsSection({ userName, service }: { userName: string; service: CredentialService }) {
  const list = useServiceCredentials(userName);
  const create = useCreateServiceCredential(userName);
  const reset = useResetServiceCredential(userName);
  const update = useUpdateServiceCredential(userName);
  const del = useDeleteServiceCredential(userName);
  const [issued, setIssued] = useState<{ title: string; credential: NewServiceCredential } | null>(null);
  const [asking, setAsking] = useState<Pending>(null);
  const [choosingExpiry, setChoosingExpiry] = useState(false);
  const { push } = useFlash();
  const items = (list.data?.ServiceSpecificCredentials ?? []).filter((c) => c.ServiceName === service.serviceName);
  const nameOf = (c: ServiceCredential) => (service.apiKey ? c.ServiceCredentialAlias : c.ServiceUserName) ?? "";

  const generate = (credentialAgeDays?: number) =>
    create.mutate(
      { serviceName: service.serviceName, credentialAgeDays },
      {
        onSuccess: (r) => {
          setChoosingExpiry(false);
          setIssued({ title: service.apiKey ? "API key generated" : "Credentials generated", credential: r.ServiceSpecificCredential });
        },
      },
    );

  const setStatus = (c: ServiceCredential, status: "Active" | "Inactive") =>
    update.mutate(
      { id: c.ServiceSpecificCredentialId, status },
      {
        onSuccess: () => push({ type: "success", content: `Credential ${nameOf(c)} is now ${status.toLowerCase()}.` }),
        onError: (e) => push({ type: "error", content: e.message }),
      },
    );

  const columns: Column<ServiceCredential>[] = [
    { id: "name", header: service.apiKey ? "API key alias" : "User name", cell: (c) => <span className="font-mono">{nameOf(c)}</span> },
    { id: "created", header: "Created", cell: (c) => relativeTime(c.CreateDate) },
    ...(service.apiKey ? [{ id: "expires", header: "Expires", cell: (c: ServiceCredential) => (c.ExpirationDate ? longDate(c.ExpirationDate) : "Never") }] : []),
    { id: "status", header: "Status", cell: (c) => c.Status },
    {
      id: "actions",
      header: "Actions",
      cell: (c) => (
        <span className="flex flex-wrap gap-2">
          {!service.apiKey && <Button onClick={() => setAsking({ kind: "reset", credential: c })}>Reset password</Button>}
          {c.Status === "Inactive" ? (
            <Button onClick={() => setStatus(c, "Active")}>Make active</Button>
          ) : (
            <Button disabled={c.Status === "Expired"} onClick={() => setStatus(c, "Inactive")}>
              Make inactive
            </Button>
          )}
          <Button onClick={() => setAsking({ kind: "delete", credential: c })}>Delete</Button>
        </span>
      ),
    },
  ];

  const close = () => {
    reset.reset();
    del.reset();
    setAsking(null);
  };

  return (
    <Container
      title={service.title}
      counter={list.isSuccess ? `(${items.length})` : undefined}
      description={`${service.description} You can have a maximum of ${PER_SERVICE} sets of credentials (active or inactive) at a time.`}
      actions={
        <Button
          variant="primary"
          disabled={items.length >= PER_SERVICE}
          loading={create.isPending && !choosingExpiry}
          onClick={() => (service.apiKey ? setChoosingExpiry(true) : generate())}
        >
          {service.apiKey ? "Generate API key" : "Generate credentials"}
        </Button>
      }
    >
      {create.error && !choosingExpiry && <ErrorAlert className="mb-3" error={create.error} />}
      <QueryTable
        query={list}
        label={service.title}
        columns={columns}
        items={items}
        itemKey={(c) => c.ServiceSpecificCredentialId}
        empty={<EmptyState title="No credentials" description={`No credentials for ${service.serviceName} have been generated.`} />}
      />
      {choosingExpiry && (
        <GenerateApiKeyModal pending={create.isPending} error={create.error} onGenerate={generate} onClose={() => (create.reset(), setChoosingExpiry(false))} />
      )}
      {issued && <NewServiceCredentialModal title={issued.title} credential={issued.credential} onClose={() => setIssued(null)} />}
      {asking?.kind === "reset" && (
        <ConfirmModal
          title={`Reset password for ${nameOf(asking.credential)}?`}
          confirmLabel="Reset password"
          pending={reset.isPending}
          error={reset.error}
          onClose={close}
          onConfirm={() =>
            reset.mutate(asking.credential.ServiceSpecificCredentialId, {
              onSuccess: (r) => {
                close();
                setIssued({ title: "New password generated", credential: r.ServiceSpecificCredential });
              },
            })
          }
        >
          <p>The current password stops working at once. The new password is shown only once.</p>
        </ConfirmModal>
      )}
      {asking?.kind === "delete" && (
        <ConfirmModal
          title={`Delete credentials ${nameOf(asking.credential)}?`}
          confirmLabel="Delete"
          pending={del.isPending}
          error={del.error}
          onClose={close}
          onConfirm={() =>
            del.mutate(asking.credential.ServiceSpecificCredentialId, {
              onSuccess: () => {
                push({ type: "success", content: `Credentials ${nameOf(asking.credential)} deleted.` });
                close();
              },
            })
          }
        >
          <p>Anything that uses these credentials can no longer reach {service.serviceName}. This cannot be undone.</p>
        </ConfirmModal>
      )}
    </Container>
  );
}
