// IAM's own validation of a document it stores (identity, permissions-boundary and trust policies):
// the steps of IAM_CHECK_ORDER, each a function, run in the table's order. The first error wins.
import { isKnownOperator } from "../evaluate/conditions/registry";
import { MSG } from "../messages";
import type { ConditionBlock, ConditionScalar, ParseResult, ParsedPolicy, PolicyError, PolicyType, Statement } from "../types";
import { IAM_CHECK_ORDER, type IamCheckId, type IamUsage } from "./check-order";
import { checkPrincipal, stringList } from "./elements";
import type { JsonObject, JsonValue } from "./json";
import { isObject, readJsonDetailed } from "./json";
import { failsLegacyResource, legacyDateValue, resourceFormatError } from "./resource-format";
import { policySize, sizeError, type SizeOptions } from "./size";

const BAD_CHAR = /[^\t\n\r\u0020-\u00ff]/;
const TOP_KEYS = new Set(["Version", "Id", "Statement"]);
const STATEMENT_KEYS = new Set(["Sid", "Effect", "Principal", "NotPrincipal", "Action", "NotAction", "Resource", "NotResource", "Condition"]);
const VERSIONS = new Set(["2012-10-17", "2008-10-17"]);
/** What a trust policy may grant: the AssumeRole family and the session actions that go with it. */
const TRUST_ACTIONS = ["sts:assumerole", "sts:assumerolewithsaml", "sts:assumerolewithwebidentity", "sts:tagsession", "sts:setsourceidentity", "sts:setcontext"];

interface Ctx {
  text: string;
  type: PolicyType;
  usage: IamUsage;
  opts?: SizeOptions;
  root?: JsonObject;
  raw: JsonObject[];
  policy?: ParsedPolicy;
  /** The resource-format error the legacy step found, reported later (see check-order.ts). */
  resourceError?: PolicyError;
}

type Step = (c: Ctx) => PolicyError | undefined;

const isScalar = (v: JsonValue): v is ConditionScalar => typeof v === "string" || typeof v === "number" || typeof v === "boolean";
const isStringList = (v: JsonValue) => typeof v === "string" || (Array.isArray(v) && v.every((x) => typeof x === "string"));
const listOf = (v: JsonValue | undefined): string[] => (v === undefined ? [] : (stringList(v) ?? []));

function syntaxOfCondition(v: JsonValue): boolean {
  if (!isObject(v)) return false;
  for (const [op, body] of Object.entries(v)) {
    if (!isObject(body)) return false;
    for (const value of Object.values(body)) {
      if (!isScalar(value) && !(Array.isArray(value) && value.every(isScalar))) return false;
    }
    // An operator IAM does not know is tolerated only with nothing under it [OBS].
    if (!isKnownOperator(op) && Object.keys(body).length > 0) return false;
  }
  return true;
}

function syntaxOfStatement(s: JsonValue): boolean {
  if (!isObject(s)) return false;
  for (const key of Object.keys(s)) if (!STATEMENT_KEYS.has(key)) return false;
  for (const [a, b] of [["Action", "NotAction"], ["Resource", "NotResource"], ["Principal", "NotPrincipal"]]) {
    if (s[a] !== undefined && s[b] !== undefined) return false;
  }
  const effect = s.Effect;
  if (typeof effect !== "string" || !["allow", "deny"].includes(effect.toLowerCase())) return false;
  for (const key of ["Action", "NotAction", "Resource", "NotResource"]) if (s[key] !== undefined && !isStringList(s[key])) return false;
  if (s.Condition !== undefined && !syntaxOfCondition(s.Condition)) return false;
  return s.Sid === undefined || typeof s.Sid === "string";
}

function toStatement(s: JsonObject, index: number): Statement {
  const st: Statement = { index, effect: s.Effect as Statement["effect"] };
  if (typeof s.Sid === "string") st.sid = s.Sid;
  if (s.Action !== undefined) st.action = listOf(s.Action);
  if (s.NotAction !== undefined) st.notAction = listOf(s.NotAction);
  if (s.Resource !== undefined) st.resource = listOf(s.Resource);
  if (s.NotResource !== undefined) st.notResource = listOf(s.NotResource);
  if (isObject(s.Condition)) {
    const block: ConditionBlock = {};
    for (const [op, body] of Object.entries(s.Condition)) {
      // An unknown operator is only legal when empty, so dropping it changes nothing.
      if (isKnownOperator(op)) block[op] = body as ConditionBlock[string];
    }
    st.condition = block;
  }
  return st;
}

const dateOperator = (op: string) => op.replace(/^(?:ForAnyValue|ForAllValues):/, "").replace(/IfExists$/, "").startsWith("Date");

function legacyStatement(s: JsonObject): boolean {
  if (s.Effect !== "Allow" && s.Effect !== "Deny") return false;
  if (!isObject(s.Condition)) return true;
  for (const [op, body] of Object.entries(s.Condition)) {
    if (!dateOperator(op) || !isObject(body)) continue;
    for (const v of Object.values(body)) {
      const values = Array.isArray(v) ? v : [v];
      if (!values.every((x) => isScalar(x) && legacyDateValue(x))) return false;
    }
  }
  return true;
}

const STEPS: Record<IamCheckId, Step> = {
  characters: (c) => (BAD_CHAR.test(c.text) ? MSG.badCharacters() : undefined),
  json: (c) => {
    const json = readJsonDetailed(c.text);
    if (!json.ok) return c.usage === "trust" && !json.duplicateKey ? MSG.invalidJson() : MSG.syntax();
    if (!isObject(json.value)) return MSG.syntax();
    c.root = json.value;
    return undefined;
  },
  size: (c) => sizeError(policySize(c.text), c.type, c.opts),
  syntax: (c) => {
    const doc = c.root!;
    for (const key of Object.keys(doc)) if (!TOP_KEYS.has(key)) return MSG.syntax();
    if (doc.Version !== undefined && (typeof doc.Version !== "string" || !VERSIONS.has(doc.Version))) return MSG.syntax();
    if (doc.Id !== undefined && typeof doc.Id !== "string") return MSG.syntax();
    const st = doc.Statement;
    if (!isObject(st) && !Array.isArray(st)) return MSG.syntax();
    const raw = Array.isArray(st) ? st : [st];
    if (raw.length === 0 || !raw.every(syntaxOfStatement)) return MSG.syntax();
    c.raw = raw as JsonObject[];
    c.policy = { version: (doc.Version as ParsedPolicy["version"] | undefined) ?? "2008-10-17", statements: c.raw.map(toStatement) };
    if (typeof doc.Id === "string") c.policy.id = doc.Id;
    return undefined;
  },
  version: (c) => (c.root!.Version === "2012-10-17" ? undefined : MSG.versionTooOld()),
  legacy: (c) => {
    if (!c.raw.every(legacyStatement)) return MSG.legacyParsing();
    for (const key of ["Resource", "NotResource"]) {
      for (const s of c.raw) {
        const values = listOf(s[key]);
        if (s[key] === undefined) continue;
        // IAM names the smallest offending resource of a statement [OBS: two bad partitions]; [INF] the first statement's wins.
        const bad = [...values].sort().map(resourceFormatError).find((e) => e !== undefined);
        c.resourceError ??= bad;
        if (!c.resourceError && values.some(failsLegacyResource)) return MSG.legacyParsing();
      }
    }
    return undefined;
  },
  sid: (c) => {
    const seen = new Set<string>();
    for (const s of c.policy!.statements) {
      if (s.sid === undefined) continue;
      if (!/^[0-9A-Za-z]*$/.test(s.sid)) return MSG.sidNotAlphanumeric();
      if (s.sid === "") continue; // several empty Sids are fine [OBS]
      if (seen.has(s.sid)) return MSG.sidDuplicate();
      seen.add(s.sid);
    }
    return undefined;
  },
  "actions-present": (c) => (c.raw.some((s) => listOf(s.Action ?? s.NotAction).length === 0) ? MSG.noActions() : undefined),
  "trust-no-resource": (c) => (c.raw.some((s) => s.Resource !== undefined || s.NotResource !== undefined) ? MSG.prohibitedResource() : undefined),
  "resources-present": (c) => (c.raw.some((s) => listOf(s.Resource ?? s.NotResource).length === 0) ? MSG.noResources() : undefined),
  principal: (c) => {
    for (let i = 0; i < c.raw.length; i++) {
      const s = c.raw[i];
      const hasP = s.Principal !== undefined;
      const hasNP = s.NotPrincipal !== undefined;
      if (c.usage !== "trust") {
        if (hasP || hasNP) return MSG.principalInIdentity();
        continue;
      }
      if (hasNP) return MSG.prohibitedNotPrincipal();
      if (!hasP) return MSG.trustNoPrincipal();
      if (s.Principal === "*") return MSG.invalidPrincipalStar();
      const p = checkPrincipal(s.Principal);
      if (!p.ok) return p.error;
      c.policy!.statements[i].principal = p.value;
    }
    return undefined;
  },
  "resource-format": (c) => c.resourceError,
  "action-format": (c) => {
    for (const key of ["Action", "NotAction"]) {
      for (const s of c.raw) {
        for (const a of listOf(s[key])) {
          const e = actionFormatError(a);
          if (e) return e;
        }
      }
    }
    return undefined;
  },
  "trust-actions": (c) => {
    for (const s of c.raw) {
      for (const a of listOf(s.Action)) if (!trustAction(a)) return MSG.trustActions();
    }
    return undefined;
  },
};

function actionFormatError(a: string): PolicyError | undefined {
  if (a === "*") return undefined;
  const parts = a.split(":");
  if (parts.length === 1) return MSG.actionNoVendor();
  if (parts.length > 2) return MSG.actionColons();
  if (/[*?]/.test(parts[0])) return MSG.actionVendorWildcard();
  if (/[^a-zA-Z0-9.-]/.test(parts[0])) return MSG.vendorInvalid(parts[0]);
  return undefined;
}

function trustAction(a: string): boolean {
  if (a === "*") return true;
  const re = new RegExp(`^${a.toLowerCase().replace(/[.+^${}()|[\]\\]/g, "\\$&").replace(/\*/g, ".*").replace(/\?/g, ".")}$`);
  return TRUST_ACTIONS.some((t) => re.test(t));
}

export function parseIamPolicy(text: string, type: PolicyType, usage: IamUsage, opts?: SizeOptions): ParseResult {
  const ctx: Ctx = { text, type, usage, opts, raw: [] };
  for (const check of IAM_CHECK_ORDER) {
    if (!check.appliesTo.includes(usage)) continue;
    const error = STEPS[check.id](ctx);
    if (error) return { ok: false, error };
  }
  return { ok: true, policy: ctx.policy! };
}
