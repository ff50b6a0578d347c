// Element-level checks: each returns the AWS error for the first bad value, or the normalised value.
import { MSG } from "../messages";
import type { PolicyError, PrincipalBlock } from "../types";
import type { JsonValue } from "./json";
import { isObject } from "./json";

export type Checked<T> = { ok: true; value: T } | { ok: false; error: PolicyError };
const ok = <T>(value: T): Checked<T> => ({ ok: true, value });
const fail = <T>(error: PolicyError): Checked<T> => ({ ok: false, error });

/** String or array of strings; array of one ≡ string. `undefined` when the shape is wrong. */
export function stringList(v: JsonValue): string[] | undefined {
  if (typeof v === "string") return [v];
  if (!Array.isArray(v) || !v.every((x) => typeof x === "string")) return undefined;
  return v as string[];
}

const VENDOR = /^[a-zA-Z0-9-]+$/;

export function checkActions(v: JsonValue): Checked<string[]> {
  const list = stringList(v);
  if (!list) return fail(MSG.syntax());
  if (list.length === 0) return fail(MSG.missingField("Action"));
  for (const a of list) {
    if (a === "*") continue;
    const colons = a.split(":").length - 1;
    if (colons === 0) return fail(MSG.actionNoVendor());
    if (colons > 1) return fail(MSG.actionColons());
    const vendor = a.slice(0, a.indexOf(":"));
    if (/[*?]/.test(vendor)) return fail(MSG.actionVendorWildcard());
    if (!VENDOR.test(vendor)) return fail(MSG.vendorInvalid(vendor));
  }
  return ok(list);
}

export function checkResources(v: JsonValue): Checked<string[]> {
  const list = stringList(v);
  if (!list) return fail(MSG.syntax());
  if (list.length === 0) return fail(MSG.missingField("Resource"));
  for (const r of list) {
    if (r !== "*" && !r.startsWith("arn:")) return fail(MSG.resourceNotArn(r));
  }
  return ok(list);
}

const ACCOUNT = /^\d{12}$/;
const PARTITION = "arn:aws(?:-cn|-us-gov|-iso|-iso-b|-iso-e|-iso-f|-eusc)?";
const IAM_PRINCIPAL = new RegExp(`^${PARTITION}:iam::\\d{12}:(?:root|user/[^*?]+|role/[^*?]+)$`);
const STS_PRINCIPAL = new RegExp(
  `^${PARTITION}:sts::\\d{12}:(?:assumed-role/[\\w+=,.@-]+/[\\w+=,.@-]+|federated-user/[\\w+=,.@-]+)$`,
);
const UNIQUE_ID = /^A[A-Z0-9]{3}[A-Z0-9]{8,124}$/;
const DOMAIN = /^[a-z0-9-]+(?:\.[a-z0-9-]+)+$/;
const FEDERATED_ARN = new RegExp(`^${PARTITION}:iam::\\d{12}:(?:saml-provider|oidc-provider)/[^*?]+$`);

function validAws(p: string): boolean {
  return p === "*" || ACCOUNT.test(p) || IAM_PRINCIPAL.test(p) || STS_PRINCIPAL.test(p) || UNIQUE_ID.test(p);
}

/** AWS names the offending principal type in upper case for Service/Federated [OBS], as written for AWS. */
const VALIDATORS: Record<string, { label: string; valid: (p: string) => boolean }> = {
  AWS: { label: "AWS", valid: validAws },
  Service: { label: "SERVICE", valid: (p) => DOMAIN.test(p) },
  Federated: { label: "FEDERATED", valid: (p) => FEDERATED_ARN.test(p) || DOMAIN.test(p) },
  CanonicalUser: { label: "CanonicalUser", valid: (p) => /^[0-9a-fA-F]{64}$/.test(p) },
};

export function checkPrincipal(v: JsonValue): Checked<PrincipalBlock> {
  if (v === "*") return ok("*");
  if (!isObject(v)) return fail(MSG.syntax());
  const keys = Object.keys(v);
  if (keys.length === 0) return fail(MSG.syntax());
  const out: { AWS?: string[]; Service?: string[]; Federated?: string[]; CanonicalUser?: string[] } = {};
  for (const key of keys) {
    const validator = VALIDATORS[key];
    if (!validator) return fail(MSG.syntax());
    const list = stringList(v[key]);
    if (!list || list.length === 0) return fail(MSG.syntax());
    for (const p of list) {
      if (!validator.valid(p)) return fail(MSG.invalidPrincipal(validator.label, p));
    }
    out[key as keyof typeof out] = list;
  }
  return ok(out);
}
