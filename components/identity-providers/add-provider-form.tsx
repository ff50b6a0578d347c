"use client";
// "Add an Identity provider": SAML (provider name + metadata document, from a file or pasted) or
// OpenID Connect (provider URL + audience). Errors come back from lib/iam with AWS's messages.
import { InfoLink } from "@/components/help/info-link";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useId, useState } from "react";
import { Button } from "@/components/ui/button";
import { Container } from "@/components/ui/container";
import { useFlash } from "@/components/ui/flashbar";
import { TextField } from "@/components/ui/text-field";
import { TileRadio } from "@/components/ui/tile-radio";
import { ErrorAlert } from "@/components/ui/error-alert";
import { providerHref, type ProviderType } from "./types";
import { useCreateProvider } from "./use-identity-providers";

const TYPES: { id: ProviderType; title: string; description: string }[] = [
  { id: "SAML", title: "SAML", description: "Establish trust between your AWS account and a SAML 2.0 compatible Identity Provider such as Shibboleth or Active Directory Federation Services." },
  { id: "OIDC", title: "OpenID Connect", description: "Establish trust between your AWS account and Identity Provider services, such as Google or Salesforce." },
];

export function AddProviderForm() {
  const router = useRouter();
  const { push } = useFlash();
  const create = useCreateProvider();
  const metadataId = useId();
  const [type, setType] = useState<ProviderType>("SAML");
  const [name, setName] = useState("");
  const [metadata, setMetadata] = useState("");
  const [url, setUrl] = useState("");
  const [audience, setAudience] = useState("");
  const error = create.error;

  const submit = () =>
    create.mutate(type === "SAML" ? { type, name, metadataDocument: metadata } : { type, url, audience }, {
      onSuccess: ({ Arn }) => {
        push({ type: "success", content: `Provider ${type === "SAML" ? name : url.replace(/^https:\/\//i, "")} added.` });
        router.push(providerHref(Arn));
      },
    });

  return (
    <div className="flex flex-col gap-6">
      <h1 className="text-2xl font-bold">
        Add an Identity provider <InfoLink />
      </h1>
      <Container title="Configure provider">
        <div role="radiogroup" aria-label="Provider type" className="mb-4 grid gap-3 sm:grid-cols-2">
          {TYPES.map((t) => (
            <TileRadio
              key={t.id}
              id={`provider-type-${t.id}`}
              name="provider-type"
              title={t.title}
              description={t.description}
              checked={type === t.id}
              onChange={() => (setType(t.id), create.reset())}
            />
          ))}
        </div>
        {type === "SAML" ? (
          <>
            <TextField label="Provider name" value={name} onChange={setName} description="Enter a meaningful name to identify this provider." constraint="Maximum 128 characters. Use alphanumeric or '._-' characters." />
            <label htmlFor={`${metadataId}-file`} className="block font-bold">
              Metadata document
            </label>
            <p className="text-sm text-aws-muted">This document is issued by your IdP. Choose a file, or paste the XML below.</p>
            <input
              id={`${metadataId}-file`}
              type="file"
              accept=".xml,text/xml,application/xml"
              className="my-2 block text-sm"
              onChange={async (e) => {
                const file = e.target.files?.[0];
                if (file) setMetadata(await file.text());
              }}
            />
            <label htmlFor={`${metadataId}-text`} className="sr-only">
              Metadata document XML
            </label>
            <textarea
              id={`${metadataId}-text`}
              value={metadata}
              onChange={(e) => setMetadata(e.target.value)}
              rows={8}
              className="w-full rounded-lg border-2 border-aws-border px-3 py-1 font-mono text-xs focus:border-aws-blue focus:outline-none"
            />
          </>
        ) : (
          <>
            <TextField label="Provider URL" value={url} onChange={setUrl} placeholder="https://" description="Specify the secure OpenID Connect URL for authentication requests." constraint="Maximum 255 characters. URL must begin with https://" />
            <TextField label="Audience" value={audience} onChange={setAudience} description="Specify the client ID issued by the Identity provider for your app." constraint="Maximum 255 characters." />
          </>
        )}
      </Container>
      {error && <ErrorAlert>{error.message}</ErrorAlert>}
      <div className="flex justify-end gap-2">
        <Link href="/iam/identity-providers" className="px-2 py-1 font-bold">
          Cancel
        </Link>
        <Button variant="primary" loading={create.isPending} onClick={submit}>
          Add provider
        </Button>
      </div>
    </div>
  );
}
