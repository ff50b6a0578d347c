"use client";
// A profile's "Certificate attribute mappings" section: each certificate field's specifiers (which
// attributes become principal tags), a Remove per specifier and per field (DeleteAttributeMapping),
// and Add mapping (PutAttributeMapping) in a dialog.
// AWS: https://docs.aws.amazon.com/rolesanywhere/latest/userguide/attribute-mapping.html
import { useId, useState } from "react";
import { Button } from "@/components/ui/button";
import { Container } from "@/components/ui/container";
import { TextField } from "@/components/ui/text-field";
import { MutationFormModal, useFlashMutate } from "./flash-mutation";
import { SectionTable } from "./section-table";
import type { Profile } from "./types";
import { useDeleteAttributeMapping, usePutAttributeMapping } from "./use-roles-anywhere";

const FIELD_LABEL: Record<string, string> = { x509Subject: "Subject", x509Issuer: "Issuer", x509SAN: "Subject Alternative Name" };

function AddMappingModal({ profileId, onClose }: { profileId: string; onClose: () => void }) {
  const put = usePutAttributeMapping(profileId);
  const fieldId = useId();
  const [field, setField] = useState("x509Subject");
  const [specifier, setSpecifier] = useState("");
  const problem = specifier.trim() ? null : "Enter a specifier, such as CN or OU.";
  return (
    <MutationFormModal
      title="Add mapping"
      formId="add-mapping"
      submitLabel="Add mapping"
      mutation={put}
      variables={{ certificateField: field, specifiers: [specifier.trim()] }}
      success={`Mapping ${field}/${specifier.trim()} added.`}
      invalid={Boolean(problem)}
      onClose={onClose}
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
    </MutationFormModal>
  );
}

export function AttributeMappings({ profile }: { profile: Profile }) {
  const del = useFlashMutate(useDeleteAttributeMapping(profile.profileId));
  const [adding, setAdding] = useState(false);
  const remove = (certificateField: string, specifier?: string) => del({ certificateField, specifier }, `Mapping ${certificateField}${specifier ? `/${specifier}` : ""} removed.`);
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
        <SectionTable label="Attribute mappings" columns={["Certificate field", "Specifiers"]}>
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
        </SectionTable>
      )}
      {adding && <AddMappingModal profileId={profile.profileId} onClose={() => setAdding(false)} />}
    </Container>
  );
}
