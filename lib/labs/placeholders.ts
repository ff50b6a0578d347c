// Placeholders in lab text and parameters ({{acct.workload}}, {{user.alice.arn}}, {{keys.ci.id}}…),
// resolved per sandbox from what setup made (LabContext). An unknown placeholder is an error, never
// an empty string: a typo in a lab must fail its load (and the CI self-test), not a learner's check.
import { addedAccountId, singleTarget, type SandboxTarget } from "@/lib/sandbox/target";

export interface LabKey {
  id: string;
  secret: string;
  user: string;
  account: string;
}

/** What setup made for one sandbox: everything a placeholder can name. Stored on the LabAttempt. */
export interface LabContext {
  /** Account key → 12-digit id. */
  accounts: Record<string, string>;
  /** Access keys by name (setup.accessKeys, plus the template admins' `identity-admin`, `workload-admin`). */
  keys: Record<string, LabKey>;
  /** setup.values, resolved. */
  values: Record<string, string>;
  /** Temporary credentials saved by `saveSessionAs` (setup's, then actors'). */
  sessions?: Record<string, { accessKeyId: string; secretAccessKey: string; sessionToken?: string }>;
  /** Console passwords by `<accountKey>/<user>` (the template's admin and alice): the panel's Sign in as. Absent on attempts older than multi mode: the demo's. */
  passwords?: Record<string, string>;
  /** The sandbox SAML IdP's metadata (`{{saml.metadata}}`), set by setup for labs that name it (L6's CorpIdP). */
  samlMetadata?: string;
}

export class LabPlaceholderError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "LabPlaceholderError";
  }
}

const PLACEHOLDER = /\{\{\s*([^{}]*?)\s*\}\}/g;

/** The sandbox's accounts: identity and workload from its template, then the accounts a lab adds (333333333333… in the demo sandbox, ${N}333333… in sandbox N). */
export function sandboxAccounts(target: Pick<SandboxTarget, "n" | "template">, extra: readonly string[]): Record<string, string> {
  const [identity, workload] = target.template.accounts;
  const accounts: Record<string, string> = { identity: identity.id, workload: workload.id };
  extra.forEach((key, i) => {
    accounts[key] = addedAccountId(target, i);
  });
  return accounts;
}

/** Single mode: identity and workload from the template; accounts a lab adds take 333333333333, 444444444444… */
export function singleModeAccounts(extra: readonly string[]): Record<string, string> {
  return sandboxAccounts(singleTarget(), extra);
}

/** The template's admin keys, named `<accountKey>-admin`. */
export function templateKeys(target: Pick<SandboxTarget, "template"> = singleTarget()): Record<string, LabKey> {
  const [identity, workload] = target.template.accounts;
  return {
    "identity-admin": { id: identity.admin.accessKeyId, secret: identity.admin.secretAccessKey, user: "admin", account: "identity" },
    "workload-admin": { id: workload.admin.accessKeyId, secret: workload.admin.secretAccessKey, user: "admin", account: "workload" },
  };
}

/** The template users' console passwords, by `<accountKey>/<user>`. */
export function templatePasswords(target: Pick<SandboxTarget, "template"> = singleTarget()): Record<string, string> {
  const { adminPassword, alicePassword } = target.template;
  return { "identity/admin": adminPassword, "identity/alice": alicePassword, "workload/admin": adminPassword };
}

function accountId(ctx: LabContext, key: string, whole: string): string {
  const id = ctx.accounts[key];
  if (!id) throw new LabPlaceholderError(`{{${whole}}}: no account "${key}" (known: ${Object.keys(ctx.accounts).join(", ")})`);
  return id;
}

/** The value of one placeholder (the text between the braces). */
export function placeholderValue(expr: string, ctx: LabContext): string {
  const parts = expr.split(".");
  const [head] = parts;
  if (head === "acct" && parts.length === 2) return accountId(ctx, parts[1], expr);
  if (head === "user" && parts.at(-1) === "arn" && (parts.length === 3 || parts.length === 4)) {
    const [account, name] = parts.length === 3 ? ["identity", parts[1]] : [parts[1], parts[2]];
    return `arn:aws:iam::${accountId(ctx, account, expr)}:user/${name}`;
  }
  if (head === "role" && parts.at(-1) === "arn" && (parts.length === 3 || parts.length === 4)) {
    const [account, name] = parts.length === 3 ? ["identity", parts[1]] : [parts[1], parts[2]];
    return `arn:aws:iam::${accountId(ctx, account, expr)}:role/${name}`;
  }
  if (head === "keys" && parts.length === 3 && (parts[2] === "id" || parts[2] === "secret")) {
    const key = ctx.keys[parts[1]];
    if (!key) throw new LabPlaceholderError(`{{${expr}}}: no access key "${parts[1]}" (declare it in setup.accessKeys)`);
    return parts[2] === "id" ? key.id : key.secret;
  }
  if (head === "values" && parts.length >= 2) {
    const name = parts.slice(1).join(".");
    if (name in ctx.values) return ctx.values[name];
    throw new LabPlaceholderError(`{{${expr}}}: no value "${name}" (declare it in setup.values)`);
  }
  if (expr === "saml.metadata") {
    if (ctx.samlMetadata) return ctx.samlMetadata;
    throw new LabPlaceholderError("{{saml.metadata}}: the sandbox SAML IdP's metadata was not loaded");
  }
  // A declared value by its own name: {{externalId}}, {{externalId.mallory}}.
  if (expr in ctx.values) return ctx.values[expr];
  throw new LabPlaceholderError(`unknown placeholder {{${expr}}}`);
}

export function resolveTemplate(text: string, ctx: LabContext): string {
  return text.replace(PLACEHOLDER, (_, expr: string) => placeholderValue(expr, ctx));
}

/** Every string in a value (object, array) resolved; other values kept. */
export function resolveDeep<T>(value: T, ctx: LabContext): T {
  if (typeof value === "string") return resolveTemplate(value, ctx) as T;
  if (Array.isArray(value)) return value.map((v) => resolveDeep(v, ctx)) as T;
  if (value && typeof value === "object") {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, resolveDeep(v, ctx)])) as T;
  }
  return value;
}

/** A random per-sandbox value for setup.values (`{{random}}`): 16 hex characters. */
export function resolveValueTemplate(text: string, ctx: LabContext, random: () => string): string {
  return text.replace(PLACEHOLDER, (_, expr: string) => (expr === "random" ? random() : placeholderValue(expr, ctx)));
}
