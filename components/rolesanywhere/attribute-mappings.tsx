"use client";
// A profile's "Certificate attribute mappings" section: each certificate field's specifiers (which
// attributes become principal tags), a Remove per specifier and per field (DeleteAttributeMapping),
// and Add mapping (PutAttributeMapping) in a dialog.
// AWS: https://docs.aws.amazon.com/rolesanywhere/latest/userguide/attribute-mapping.html
import { useId, useState } from "react";
import { Button } from "@/components/ui/button";
import { Container } from "@/components/ui/container";
import { FormModal } from "@/components/ui/form-modal";
import { useFlash } from "@/components/ui/flashbar";
import { TextField } from "@/components/ui/text-field";
import type { Profile } from "./types";
import { useDeleteAttributeMapping, usePutAttributeMapping } from "./use-roles-anywhere";

const FIELD_LABEL: Record<string, string> = { x509Subject: "Subject", x509Issuer: "Issuer", x509SAN: "Subject Alternative Name" };

function AddMappingModal({ profileId, onClose }: { profileId: string; onClose: () => void }) {
  const put = usePutAttributeMapping(profileId);
  const { push } = useFlash();
  const fieldId = useId();
  const [field, setField] = useState("x509Subject");
  const [specifier, setSpecifier] = useState("");
  const problem = specifier.trim() ? null : "Enter a specifier, such as CN or OU.";
  return (
    <FormModal
      title="Add mapping"
      formId="add-mapping"
      submitLabel="Add mapping"
      pending={put.isPending}
      error={put.error}
      invalid={Boolean(problem)}
      onClose={onClose}
      onSubmit={async () => {
        await put.mutateAsync({ certificateField: field, specifiers: [specifier.trim()] });
        push({ type: "success", content: `Mapping ${field}/${specifier.trim()} added.` });
        onClose();
      }}
    >
      {(shown) => (
        <div className="flex flex-col gap-4">
          <div>
            <label htmlFor={fieldId} className="block font-bold">
              Certificate field
            </label>
            <select id={fieldId} value={field} onChange={(e) => setField(e.target.value)} className="mt-1 rounded-lg border-2 border-aws-border px-2 py-1">
              {Object.entries(FIELD_LABEL).map(([value, label]) => (
                <option key={value} value={value}>
                  {label} ({value})
                </option>
              ))}
            </select>
          </div>
          <TextField
            label="Specifier"
            value={specifier}
            onChange={setSpecifier}
            description="An attribute of the field: CN, OU, O… for Subject and Issuer (* for all of them); DNS, URI or Name for the Subject Alternative Name."
            error={shown ? problem : null}
          />
        </div>
      )}
    </FormModal>
  );
}

export function AttributeMappings({ profile }: { profile: Profile }) {
  const del = useDeleteAttributeMapping(profile.profileId);
  const { push } = useFlash();
  const [adding, setAdding] = useState(false);
  const remove = (certificateField: string, specifier?: string) =>
    del.mutate(
      { certificateField, specifier },
      {
        onSuccess: () => push({ type: "success", content: `Mapping ${certificateField}${specifier ? `/${specifier}` : ""} removed.` }),
        onError: (e) => push({ type: "error", content: e.message }),
      },
    );
  return (
    <Container
      title="Certificate attribute mappings"
      info="ra-attribute-mappings"
      description="The certificate attributes that become the session's principal tags (aws:PrincipalTag/x509Subject/CN, …)."
      actions={<Button onClick={() => setAdding(true)}>Add mapping</Button>}
    >
      {profile.attributeMappings.length === 0 ? (
        <p className="text-aws-muted">No attributes are mapped: sessions carry no certificate tags.</p>
      ) : (
        <table className="w-full text-left text-sm" aria-label="Attribute mappings">
          <thead>
            <tr className="text-aws-muted">
              <th className="py-1">Certificate field</th>
              <th className="py-1">Specifiers</th>
              <th className="py-1">
                <span className="sr-only">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {profile.attributeMappings.map((m) => (
              <tr key={m.certificateField} className="border-t border-aws-border align-top">
                <td className="py-2">
                  {FIELD_LABEL[m.certificateField] ?? m.certificateField} <span className="font-mono text-xs text-aws-muted">{m.certificateField}</span>
                </td>
                <td className="py-2">
                  <ul className="flex flex-wrap gap-2">
                    {m.mappingRules.map((r) => (
                      <li key={r.specifier} className="inline-flex items-center gap-1 rounded-lg border border-aws-border px-2">
                        <span className="font-mono">{r.specifier}</span>
                        <Button variant="link" aria-label={`Remove ${m.certificateField} ${r.specifier}`} onClick={() => remove(m.certificateField, r.specifier)}>
                          ×
                        </Button>
                      </li>
                    ))}
                  </ul>
                </td>
                <td className="py-2 text-right">
                  <Button onClick={() => remove(m.certificateField)} aria-label={`Remove all ${m.certificateField} mappings`}>
                    Remove field
                  </Button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {adding && <AddMappingModal profileId={profile.profileId} onClose={() => setAdding(false)} />}
    </Container>
  );
}
