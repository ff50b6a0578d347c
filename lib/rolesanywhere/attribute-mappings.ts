// A profile's certificate attribute mappings: which certificate fields and specifiers CreateSession
// turns into the session's principal tags. PutAttributeMapping adds rules to a field (the defaults
// until then), DeleteAttributeMapping removes the given specifiers or, given none, the whole field.
// AWS: https://docs.aws.amazon.com/rolesanywhere/latest/userguide/attribute-mapping.html
// AWS: https://docs.aws.amazon.com/rolesanywhere/latest/APIReference/API_PutAttributeMapping.html
import { CERTIFICATE_FIELDS, DEFAULT_ATTRIBUTE_MAPPINGS, type AttributeMapping, type CertificateField } from "./certificates";
import { checkLength, invalid, required } from "./common";

/** The stored mappings (null: never changed, the defaults). */
export function mappingsOf(stored: string | null): AttributeMapping[] {
  if (stored === null) return DEFAULT_ATTRIBUTE_MAPPINGS;
  try {
    const v: unknown = JSON.parse(stored);
    return Array.isArray(v) ? (v as AttributeMapping[]) : DEFAULT_ATTRIBUTE_MAPPINGS;
  } catch {
    return DEFAULT_ATTRIBUTE_MAPPINGS;
  }
}

export function checkCertificateField(field: string | undefined): CertificateField {
  required("certificateField", field);
  if (!(CERTIFICATE_FIELDS as string[]).includes(field!)) throw invalid("certificateField", field, `Member must satisfy enum value set: [${CERTIFICATE_FIELDS.join(", ")}]`);
  return field as CertificateField;
}

/** [INF] bounds of a specifier (the model gives the member no length; 60 fits every OID and RDN name). */
export function checkSpecifiers(field: string, specifiers: string[]): void {
  specifiers.forEach((s, i) => checkLength(`${field}.${i + 1}.member`, s, 1, 60));
}

/** The mappings after adding `specifiers` to `field` (kept in order, without repeats). */
export function withRules(current: AttributeMapping[], field: CertificateField, specifiers: string[]): AttributeMapping[] {
  const existing = current.find((m) => m.certificateField === field)?.mappingRules.map((r) => r.specifier) ?? [];
  const merged = [...new Set([...existing, ...specifiers])].map((specifier) => ({ specifier }));
  const others = current.filter((m) => m.certificateField !== field);
  return CERTIFICATE_FIELDS.flatMap((f) => (f === field ? [{ certificateField: f, mappingRules: merged }] : others.filter((m) => m.certificateField === f)));
}

/** The mappings after removing `specifiers` from `field` (all of the field when none are given). */
export function withoutRules(current: AttributeMapping[], field: CertificateField, specifiers: string[] | undefined): AttributeMapping[] {
  return current.flatMap((m) => {
    if (m.certificateField !== field) return [m];
    if (!specifiers || specifiers.length === 0) return [];
    const rules = m.mappingRules.filter((r) => !specifiers.includes(r.specifier));
    return rules.length ? [{ certificateField: m.certificateField, mappingRules: rules }] : [];
  });
}
