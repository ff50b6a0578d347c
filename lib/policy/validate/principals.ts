// Principal element checks, and the trust-policy checks that depend on who is trusted.
import { actionPatternRegex } from "@/lib/policy/catalog";
import type { PolicyType } from "@/lib/policy/types";
import { conditionKeyNames, type StatementView } from "./document";
import type { Path, Reporter } from "./findings";
import type { JsonEntry, JsonNode } from "./json-ast";

const PRINCIPAL_KEYS = new Set(["AWS", "Service", "Federated", "CanonicalUser"]);
const PRINCIPAL_TYPES: ReadonlySet<PolicyType> = new Set(["resource", "trust", "rcp"]);
const GITHUB = "token.actions.githubusercontent.com";

interface PrincipalValue { key: string; value: string; node: JsonNode; path: Path }

export interface PrincipalOptions { accountId?: string }

export function checkPrincipals(statements: StatementView[], type: PolicyType, opts: PrincipalOptions, r: Reporter): void {
  if (!PRINCIPAL_TYPES.has(type)) return; // other types already got "Unsupported principal"
  for (const s of statements) {
    for (const entry of [s.principal, s.notPrincipal]) {
      if (!entry) continue;
      const values = readPrincipal(entry, s.path, type, r);
      if (entry === s.notPrincipal && s.effect === "Allow" && type !== "trust") {
        r.add("ALLOW_WITH_NOT_PRINCIPAL", "Using Allow with NotPrincipal can be overly permissive. We recommend that you use Principal instead.", [...s.path, "NotPrincipal"], entry.keySpan);
      }
      if (type === "trust" && entry === s.principal && s.effect === "Allow") checkTrust(s, entry, values, opts, r);
    }
  }
}

function readPrincipal(entry: JsonEntry, stmtPath: Path, type: PolicyType, r: Reporter): PrincipalValue[] {
  const path = [...stmtPath, entry.key];
  const v = entry.value;
  if (v.type === "string" && v.value === "*") {
    if (type === "trust") {
      r.add("ROLE_TRUST_POLICY_UNSUPPORTED_WILDCARD_IN_PRINCIPAL", '"Principal:" "*" is not supported in the principal element of a role trust policy. Replace the wildcard with a valid principal value.', path, v);
    }
    return [{ key: "AWS", value: "*", node: v, path }];
  }
  if (v.type !== "object") {
    r.add("INVALID_PRINCIPAL_FORMAT", "The Principal element contents are not valid. Specify a key-value pair in the Principal element.", path, v);
    return [];
  }
  if (v.entries.length === 0) {
    r.add("EMPTY_OBJECT_PRINCIPAL", "This statement includes no principals and does not affect the policy. Specify principals.", path, v);
  }
  const out: PrincipalValue[] = [];
  for (const e of v.entries) {
    const keyPath = [...path, e.key];
    if (!PRINCIPAL_KEYS.has(e.key)) {
      r.add("INVALID_PRINCIPAL_KEY", `The principal key ${e.key} is not valid.`, keyPath, e.keySpan);
      continue;
    }
    const items = e.value.type === "array" ? e.value.items.map((n, i) => [n, [...keyPath, i]] as const) : [[e.value, keyPath] as const];
    if (e.value.type === "array" && e.value.items.length === 0) {
      r.add("EMPTY_ARRAY_PRINCIPAL", "This statement includes no principals and does not affect the policy. Specify principals.", keyPath, e.value);
    }
    for (const [n, p] of items) {
      if (n.type !== "string") {
        r.add("DATA_TYPE_MISMATCH", "The text does not match the expected JSON data type String.", p, n);
        continue;
      }
      checkPrincipalValue(e.key, n.value, p, n, r);
      out.push({ key: e.key, value: n.value, node: n, path: p });
    }
  }
  return out;
}

function checkPrincipalValue(key: string, value: string, path: Path, node: JsonNode, r: Reporter): void {
  if (value === "*" && key === "AWS") return;
  if (/[*?]/.test(value)) {
    r.add("UNSUPPORTED_WILDCARD_IN_PRINCIPAL", `Wildcards (*, ?) are not supported with the principal key ${key}. Replace the wildcard with a valid principal value.`, path, node);
    return;
  }
  if (key !== "AWS") return;
  if (/^AROA[A-Z0-9]+$/.test(value)) {
    r.add("INVALID_ROLE_REFERENCE", `The Principal element includes the IAM role ID ${value}. We recommend that you use a role ARN instead.`, path, node);
  } else if (/^AIDA[A-Z0-9]+$/.test(value)) {
    r.add("INVALID_USER_REFERENCE", `The Principal element includes the IAM user ID ${value}. We recommend that you use a user ARN instead.`, path, node);
  }
}

/** The account a principal value stands for as a whole ("123…" or "arn:…:iam::123…:root"). */
function wholeAccount(value: string): string | undefined {
  if (/^\d{12}$/.test(value)) return value;
  return /^arn:[^:]+:iam::(\d{12}):root$/.exec(value)?.[1];
}

function checkTrust(s: StatementView, entry: JsonEntry, values: PrincipalValue[], opts: PrincipalOptions, r: Reporter): void {
  const condKeys = conditionKeyNames(s);
  const actions = (s.action?.items ?? []).map((i) => i.value);
  const allows = (name: string) => actions.some((a) => a === "*" || actionPatternRegex(a).test(name));

  for (const p of values) {
    if (p.key === "AWS" && p.value === "*" && condKeys.size === 0) {
      r.add("TRUST_POLICY_ALLOWS_ANY_PRINCIPAL", "This trust policy lets any AWS principal in any account assume the role. Add conditions, such as aws:PrincipalOrgID or aws:PrincipalArn, that limit who can assume it.", p.path, p.node);
    }
    const account = p.key === "AWS" ? wholeAccount(p.value) : undefined;
    // A statement requiring MFA trusts people signing in, not a third party's service (the confused
    // deputy an external ID prevents), and a console user cannot pass an external ID anyway.
    const requiresMfa = condKeys.has("aws:multifactorauthpresent") || condKeys.has("aws:multifactorauthage");
    if (account && opts.accountId && account !== opts.accountId && allows("sts:AssumeRole") && !condKeys.has("sts:externalid") && !requiresMfa) {
      r.add("CROSS_ACCOUNT_TRUST_WITHOUT_EXTERNAL_ID", `Principals in account ${account} can assume this role without an external ID. If the account belongs to a third party, add the sts:ExternalId condition key to prevent the confused deputy problem.`, p.path, p.node);
    }
    if (p.key === "Federated" && !p.value.includes(":saml-provider/")) {
      const provider = p.value.includes(":oidc-provider/") ? p.value.split(":oidc-provider/")[1] : p.value;
      if (provider === GITHUB) {
        if (!condKeys.has(`${GITHUB}:sub`)) {
          r.add("MISSING_GITHUB_REPO_CONDITION_KEY", `Granting a federated GitHub principal permissions without a condition key can allow more sources to assume the role than you intended. Add the ${GITHUB}:sub condition key and specify the branch and repository name in the value.`, p.path, p.node);
        }
      } else if (p.value.includes(":oidc-provider/") && ![...condKeys].some((k) => k.startsWith(`${provider.toLowerCase()}:`))) {
        r.add("MISSING_CONDITION_KEY_FOR_OIDC_PRINCIPAL", `Using an Open ID Connect principal without a condition can be overly permissive. We recommend that you add condition keys with the prefix ${provider}: to limit access.`, p.path, p.node);
      }
    }
    if (p.key === "Service" && p.value === "rolesanywhere.amazonaws.com") {
      const missing = ["sts:AssumeRole", "sts:SetSourceIdentity", "sts:TagSession"].filter((a) => !allows(a));
      if (missing.length > 0) {
        r.add("MISSING_ACTION_FOR_ROLES_ANYWHERE_TRUST_POLICY", `The service principal rolesanywhere.amazonaws.com requires the sts:AssumeRole, sts:SetSourceIdentity, and sts:TagSession actions. Add the missing actions: ${missing.join(", ")}.`, p.path, p.node);
      }
    }
  }
  checkMismatchedActions(s, values, r);
}

function checkMismatchedActions(s: StatementView, values: PrincipalValue[], r: Reporter): void {
  if (values.length === 0) return;
  const isSaml = (p: PrincipalValue) => p.key === "Federated" && p.value.includes(":saml-provider/");
  const isOidc = (p: PrincipalValue) => p.key === "Federated" && !isSaml(p);
  const fits: Record<string, (p: PrincipalValue) => boolean> = {
    "sts:assumerolewithsaml": isSaml,
    "sts:assumerolewithwebidentity": isOidc,
    "sts:assumerole": (p) => p.key !== "Federated",
  };
  for (const it of s.action?.items ?? []) {
    const fit = fits[it.value.toLowerCase()];
    if (!fit || values.some(fit)) continue;
    const names = values.map((p) => p.value).join(", ");
    r.add("MISMATCHED_ACTION_FOR_PRINCIPAL", `The ${it.value} action is invalid with the following principal(s): ${names}. Use a SAML provider principal with the sts:AssumeRoleWithSAML action or use an OIDC provider principal with the sts:AssumeRoleWithWebIdentity action. Ensure the provider is Federated if you use either of the two options.`, it.path, it.node);
  }
}
