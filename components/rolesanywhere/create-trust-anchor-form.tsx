"use client";
// "Create a trust anchor": a name, then the certificate authority source — an external certificate
// bundle (the CA certificate in PEM, from a file or pasted) or, in this sandbox, a CA the sandbox
// generates and keeps (so `npm run sandbox:rolesanywhere` can issue workload certificates from it);
// AWS Private CA cannot be reached offline. Then tags. Roles Anywhere validates the bundle (a CA
// certificate) and answers with its own message.
// AWS: https://docs.aws.amazon.com/rolesanywhere/latest/userguide/getting-started.html
import { InfoLink } from "@/components/help/info-link";
import { useRouter } from "next/navigation";
import { useId, useState } from "react";
import { Container } from "@/components/ui/container";
import { useFlash } from "@/components/ui/flashbar";
import { TextField } from "@/components/ui/text-field";
import { TileRadio } from "@/components/ui/tile-radio";
import { trustAnchorHref } from "./types";
import { useCreateTrustAnchor, type CreateTag } from "./use-roles-anywhere";
import { nameError, NAME_CONSTRAINT } from "./names";
import { CreateFormEnd } from "./create-form-end";

type SourceChoice = "bundle" | "generate";

const SOURCES: { id: SourceChoice; title: string; description: string }[] = [
  {
    id: "bundle",
    title: "External certificate bundle",
    description: "Upload or paste the PEM-encoded certificate of your own certificate authority (CA).",
  },
  {
    id: "generate",
    title: "Generate a CA for me (sandbox)",
    description: "The sandbox creates a CA certificate and keeps its private key, so npm run sandbox:rolesanywhere can issue workload certificates from it.",
  },
];

const PEM_CERT = /-----BEGIN CERTIFICATE-----[\s\S]+-----END CERTIFICATE-----/;

export function CreateTrustAnchorForm() {
  const router = useRouter();
  const { push } = useFlash();
  const create = useCreateTrustAnchor();
  const bundleId = useId();
  const [name, setName] = useState("");
  const [source, setSource] = useState<SourceChoice>("bundle");
  const [certificate, setCertificate] = useState("");
  const [tags, setTags] = useState<CreateTag[]>([]);
  const [attempted, setAttempted] = useState(false);
  const nameProblem = attempted ? nameError(name) : null;
  const bundleProblem = attempted && source === "bundle" && !PEM_CERT.test(certificate) ? "Enter a PEM-encoded CA certificate (-----BEGIN CERTIFICATE-----)." : null;

  const submit = () => {
    setAttempted(true);
    if (nameError(name) || (source === "bundle" && !PEM_CERT.test(certificate))) return;
    create.mutate(
      { name, source: source === "bundle" ? { type: "bundle", certificate } : { type: "generate" }, tags },
      {
        onSuccess: (anchor) => {
          push({ type: "success", content: `Trust anchor ${name} created.` });
          router.push(trustAnchorHref(anchor.trustAnchorId));
        },
      },
    );
  };

  return (
    <div className="flex flex-col gap-6">
      <h1 className="text-2xl font-bold">
        Create a trust anchor <InfoLink />
      </h1>
      <Container title="Trust anchor details">
        <TextField label="Trust anchor name" value={name} onChange={setName} constraint={NAME_CONSTRAINT} error={nameProblem} />
      </Container>
      <Container title="Certificate authority (CA) source" description="The CA whose certificates IAM Roles Anywhere trusts.">
        <div role="radiogroup" aria-label="Certificate authority (CA) source" className="mb-4 grid gap-3 sm:grid-cols-2">
          {SOURCES.map((s) => (
            <TileRadio key={s.id} id={`ca-source-${s.id}`} name="ca-source" title={s.title} description={s.description} checked={source === s.id} onChange={() => (setSource(s.id), create.reset())} />
          ))}
        </div>
        <p className="mb-4 text-sm text-aws-muted">AWS Private Certificate Authority is not available in this sandbox (it cannot be reached offline).</p>
        {source === "bundle" && (
          <>
            <label htmlFor={`${bundleId}-file`} className="block font-bold">
              Certificate bundle file
            </label>
            <input
              id={`${bundleId}-file`}
              type="file"
              accept=".pem,.crt,.cer,application/x-pem-file"
              className="my-2 block text-sm"
              onChange={async (e) => {
                const file = e.target.files?.[0];
                if (file) setCertificate(await file.text());
              }}
            />
            <label htmlFor={`${bundleId}-text`} className="block font-bold">
              Certificate bundle body
            </label>
            <p id={`${bundleId}-desc`} className="text-sm text-aws-muted">
              The CA certificate in PEM format. It must be a CA certificate (basic constraints CA:TRUE) that is valid now.
            </p>
            <textarea
              id={`${bundleId}-text`}
              value={certificate}
              onChange={(e) => setCertificate(e.target.value)}
              rows={10}
              aria-describedby={`${bundleId}-desc${bundleProblem ? ` ${bundleId}-err` : ""}`}
              aria-invalid={bundleProblem ? true : undefined}
              placeholder="-----BEGIN CERTIFICATE-----"
              className={`mt-1 w-full rounded-lg border-2 px-3 py-1 font-mono text-xs focus:border-aws-blue focus:outline-none ${bundleProblem ? "border-aws-red" : "border-aws-border"}`}
            />
            {bundleProblem && (
              <div id={`${bundleId}-err`} className="mt-1 text-sm text-aws-red">
                {bundleProblem}
              </div>
            )}
          </>
        )}
      </Container>
      <CreateFormEnd tags={tags} onTagsChange={setTags} create={create} submitLabel="Create a trust anchor" onSubmit={submit} />
    </div>
  );
}
