// parsePolicy: text → ParsedPolicy, or the MalformedPolicyDocument / LimitExceeded error AWS returns.
// Documents IAM stores (identity, boundary, trust) follow IAM's own check order (./check-order.ts,
// run by ./iam.ts). Other types (resource, SCP/RCP, session) keep the grammar below: characters, JSON
// syntax, size, then structure statement by statement. The first error wins (AWS reports one message).
import { MSG } from "../messages";
import type { ParseResult, ParsedPolicy, PolicyError, PolicyType, Statement } from "../types";
import { checkCondition } from "./condition";
import { checkActions, checkPrincipal, checkResources } from "./elements";
import { parseIamPolicy } from "./iam";
import type { JsonObject } from "./json";
import { isObject, readJson } from "./json";
import type { SizeOptions } from "./size";
import { policySize, sizeError } from "./size";

export interface ParseOptions extends SizeOptions {
  /** The document is a managed policy version (CreatePolicy, CreatePolicyVersion): Version 2012-10-17 is required. */
  managed?: boolean;
}

const IAM_STORED = new Set<PolicyType>(["identity", "boundary", "trust"]);

// TAB, LF, CR and U+0020–U+00FF: the IAM API's pattern for policy documents.
const BAD_CHAR = /[^\t\n\r\u0020-\u00ff]/;
const STATEMENT_KEYS = new Set([
  "Sid",
  "Effect",
  "Principal",
  "NotPrincipal",
  "Action",
  "NotAction",
  "Resource",
  "NotResource",
  "Condition",
]);
const TOP_KEYS = new Set(["Version", "Id", "Statement"]);
// IAM-stored documents (and STS session policies) restrict Sid to alphanumerics; S3/SQS/Organizations do not.
const ALNUM_SID_TYPES = new Set<PolicyType>(["session"]);
const NO_PRINCIPAL_TYPES = new Set<PolicyType>(["session"]);

type Out = { ok: true; statement: Statement } | { ok: false; error: PolicyError };
const err = (error: PolicyError): { ok: false; error: PolicyError } => ({ ok: false, error });

function parseStatement(s: JsonObject, index: number, type: PolicyType): Out {
  for (const key of Object.keys(s)) if (!STATEMENT_KEYS.has(key)) return err(MSG.syntax());
  const st: Statement = { index, effect: "Allow" };

  if (s.Sid !== undefined) {
    if (typeof s.Sid !== "string") return err(MSG.syntax());
    if (ALNUM_SID_TYPES.has(type) && !/^[0-9A-Za-z]*$/.test(s.Sid)) return err(MSG.sidNotAlphanumeric());
    st.sid = s.Sid;
  }

  if (s.Effect === undefined) return err(MSG.missingField("Effect"));
  if (typeof s.Effect !== "string") return err(MSG.syntax());
  if (s.Effect !== "Allow" && s.Effect !== "Deny") return err(MSG.legacyParsing());
  st.effect = s.Effect;

  const hasP = s.Principal !== undefined;
  const hasNP = s.NotPrincipal !== undefined;
  if (hasP && hasNP) return err(MSG.syntax());
  if (NO_PRINCIPAL_TYPES.has(type) && (hasP || hasNP)) return err(MSG.principalInIdentity());
  if (type === "scp" && (hasP || hasNP)) return err(MSG.prohibitedPrincipal());
  if ((type === "resource" || type === "rcp") && !hasP && !hasNP) return err(MSG.missingField("Principal"));
  if (hasP || hasNP) {
    const p = checkPrincipal(hasP ? s.Principal : s.NotPrincipal);
    if (!p.ok) return p;
    if (hasP) st.principal = p.value;
    else st.notPrincipal = p.value;
  }

  const hasA = s.Action !== undefined;
  const hasNA = s.NotAction !== undefined;
  if (hasA && hasNA) return err(MSG.syntax());
  if (!hasA && !hasNA) return err(MSG.missingField("Action"));
  const a = checkActions(hasA ? s.Action : s.NotAction);
  if (!a.ok) return a;
  if (hasA) st.action = a.value;
  else st.notAction = a.value;

  const hasR = s.Resource !== undefined;
  const hasNR = s.NotResource !== undefined;
  if (hasR && hasNR) return err(MSG.syntax());
  if (!hasR && !hasNR) return err(MSG.missingField("Resource"));
  const r = checkResources(hasR ? s.Resource : s.NotResource);
  if (!r.ok) return r;
  if (hasR) st.resource = r.value;
  else st.notResource = r.value;

  if (s.Condition !== undefined) {
    const c = checkCondition(s.Condition);
    if (!c.ok) return c;
    st.condition = c.value;
  }
  return { ok: true, statement: st };
}

function parseDocument(doc: JsonObject, type: PolicyType): ParseResult {
  for (const key of Object.keys(doc)) if (!TOP_KEYS.has(key)) return err(MSG.syntax());
  let version: ParsedPolicy["version"] = "2008-10-17"; // absent Version means the 2008 grammar
  if (doc.Version !== undefined) {
    if (typeof doc.Version !== "string") return err(MSG.syntax());
    if (doc.Version !== "2012-10-17" && doc.Version !== "2008-10-17") return err(MSG.legacyParsing());
    version = doc.Version;
  }
  const policy: ParsedPolicy = { version, statements: [] };
  if (doc.Id !== undefined) {
    if (typeof doc.Id !== "string") return err(MSG.syntax());
    policy.id = doc.Id;
  }
  const raw = doc.Statement;
  if (raw === undefined) return err(MSG.syntax());
  const list = Array.isArray(raw) ? raw : [raw];
  const sids = new Set<string>();
  for (let i = 0; i < list.length; i++) {
    const item = list[i];
    if (!isObject(item)) return err(MSG.syntax());
    const r = parseStatement(item, i, type);
    if (!r.ok) return r;
    const sid = r.statement.sid;
    if (sid) {
      if (sids.has(sid)) return err(MSG.sidDuplicate());
      sids.add(sid);
    }
    policy.statements.push(r.statement);
  }
  return { ok: true, policy };
}

/** Never throws: every bad input becomes the AWS error for it. */
export function parsePolicy(text: string, type: PolicyType, opts?: ParseOptions): ParseResult {
  if (typeof text !== "string") return err(MSG.syntax());
  if (IAM_STORED.has(type)) return parseIamPolicy(text, type, type === "trust" ? "trust" : opts?.managed ? "managed" : "inline", opts);
  if (BAD_CHAR.test(text)) return err(MSG.badCharacters());
  const json = readJson(text);
  if (!json.ok || !isObject(json.value)) return err(MSG.syntax());
  const tooBig = sizeError(policySize(text), type, opts);
  if (tooBig) return err(tooBig);
  return parseDocument(json.value, type);
}
