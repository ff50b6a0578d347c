// Condition block checks: operators, key names and types, value syntax, set qualifiers.
import { conditionKeyType, type ConditionKeyType } from "@/lib/policy/catalog";
import type { StatementView } from "./document";
import type { Path, Reporter } from "./findings";
import type { JsonNode } from "./json-ast";
import { checkCidr, classifyDate, isBase64, isBool, isNumeric } from "./condition-values";

type Family = "String" | "Arn" | "Numeric" | "Date" | "Bool" | "Binary" | "IpAddress" | "Null";

const BASE_OPERATORS: Record<string, Family> = {};
for (const [family, names] of [
  ["String", ["StringEquals", "StringNotEquals", "StringEqualsIgnoreCase", "StringNotEqualsIgnoreCase", "StringLike", "StringNotLike"]],
  ["Numeric", ["NumericEquals", "NumericNotEquals", "NumericLessThan", "NumericLessThanEquals", "NumericGreaterThan", "NumericGreaterThanEquals"]],
  ["Date", ["DateEquals", "DateNotEquals", "DateLessThan", "DateLessThanEquals", "DateGreaterThan", "DateGreaterThanEquals"]],
  ["Bool", ["Bool"]],
  ["Binary", ["BinaryEquals"]],
  ["IpAddress", ["IpAddress", "NotIpAddress"]],
  ["Arn", ["ArnEquals", "ArnLike", "ArnNotEquals", "ArnNotLike"]],
  ["Null", ["Null"]],
] as const) {
  for (const n of names) BASE_OPERATORS[n] = family;
}

export interface ParsedOperator { base: string; family: Family; qualifier?: "ForAllValues" | "ForAnyValue"; ifExists: boolean }

/** Splits "ForAnyValue:StringLikeIfExists" into its parts; undefined when not an IAM operator. */
export function parseOperator(op: string): ParsedOperator | undefined {
  let rest = op;
  let qualifier: ParsedOperator["qualifier"];
  for (const q of ["ForAllValues", "ForAnyValue"] as const) {
    if (rest.startsWith(`${q}:`)) {
      qualifier = q;
      rest = rest.slice(q.length + 1);
    }
  }
  const ifExists = rest.endsWith("IfExists");
  const base = ifExists ? rest.slice(0, -"IfExists".length) : rest;
  const family = BASE_OPERATORS[base];
  return family ? { base, family, qualifier, ifExists } : undefined;
}

/** Which key types each operator family is meant for (ARN keys are routinely compared as strings). */
const FAMILY_TYPES: Record<Family, readonly string[] | "any"> = {
  String: ["String", "ARN"],
  Arn: ["ARN", "String"],
  Numeric: ["Numeric"],
  Date: ["Date"],
  Bool: ["Bool"],
  Binary: "any",
  IpAddress: ["IPAddress"],
  Null: "any",
};
const OPERATOR_TYPE_NAME: Record<string, Family> = { String: "String", ARN: "Arn", Numeric: "Numeric", Date: "Date", Bool: "Bool", IPAddress: "IpAddress" };

/** OIDC/SAML provider keys ("token.actions.githubusercontent.com:sub") are open-ended. */
const isProviderKey = (prefix: string) => /[./]/.test(prefix);

export async function prefetchConditionKeys(statements: StatementView[]): Promise<Map<string, ConditionKeyType | undefined>> {
  const keys = new Set<string>();
  for (const s of statements) {
    const c = s.condition?.value;
    if (c?.type !== "object") continue;
    for (const op of c.entries) if (op.value.type === "object") for (const k of op.value.entries) keys.add(k.key.toLowerCase());
  }
  const entries = await Promise.all([...keys].map(async (k) => [k, await conditionKeyType(k)] as const));
  return new Map(entries);
}

export async function checkConditions(statements: StatementView[], variablesEnabled: boolean, r: Reporter): Promise<void> {
  const types = await prefetchConditionKeys(statements);
  for (const s of statements) {
    if (!s.condition) continue;
    const block = s.condition.value;
    const path = [...s.path, "Condition"];
    if (block.type !== "object") {
      r.add("DATA_TYPE_MISMATCH", "The text does not match the expected JSON data type Object.", path, block);
      continue;
    }
    if (block.entries.length === 0) {
      r.add("EMPTY_OBJECT_CONDITION", "This condition block is empty and it does not affect the policy. Specify conditions.", path, block);
    }
    for (const opEntry of block.entries) {
      const op = opEntry.key;
      const opPath = [...path, op];
      const parsed = parseOperator(op);
      if (!parsed) {
        r.add("INVALID_CONDITION_OPERATOR", `The condition operator ${op} is not valid. Use a valid condition operator.`, opPath, opEntry.keySpan);
        continue;
      }
      if (parsed.family === "Null" && parsed.ifExists) {
        r.add("NULL_WITH_IF_EXISTS", "The Null condition operator cannot be used with the IfExists suffix. Update the operator or the suffix.", opPath, opEntry.keySpan);
      }
      if (parsed.family === "Null" && parsed.qualifier) {
        r.add("NULL_WITH_QUALIFIER", "Avoid using the Null condition operator with the ForAllValues or ForAnyValue qualifiers because they always return a true or false respectively.", opPath, opEntry.keySpan);
      }
      const keys = opEntry.value;
      if (keys.type !== "object") {
        r.add("DATA_TYPE_MISMATCH", "The text does not match the expected JSON data type Object.", opPath, keys);
        continue;
      }
      const seen = new Map<string, string>();
      for (const k of keys.entries) {
        const lower = k.key.toLowerCase();
        if (seen.has(lower) && seen.get(lower) !== k.key) {
          r.add("DUPLICATE_KEYS_WITH_DIFFERENT_CASE", `The condition key ${k.key} appears more than once with different capitalization in the same condition block. Remove the duplicate condition keys.`, [...opPath, k.key], k.keySpan);
        }
        seen.set(lower, k.key);
        const keyType = checkKey(k.key, types.get(lower), [...opPath, k.key], k.keySpan, r);
        checkKeyUse(op, parsed, k.key, keyType, s.effect, [...opPath, k.key], k.keySpan, r);
        checkValues(op, parsed, k.key, k.value, [...opPath, k.key], variablesEnabled, r);
      }
    }
  }
}

type Spanned = { start: JsonNode["start"]; end: JsonNode["end"] };

/** Reports unknown keys; returns the key's type when known. */
function checkKey(key: string, type: ConditionKeyType | undefined, path: Path, at: Spanned, r: Reporter): ConditionKeyType | undefined {
  const colon = key.indexOf(":");
  if (colon <= 0 || colon === key.length - 1) {
    r.add("INVALID_CONDITION_KEY_FORMAT", "The condition key format is not valid. Use the format service:keyname.", path, at);
    return undefined;
  }
  const prefix = key.slice(0, colon).toLowerCase();
  if (prefix === "aws" && key.toLowerCase() === "aws:arn") {
    r.add("DEPRECATED_GLOBAL_CONDITION_KEY", "We recommend that you update aws:ARN to use the newer condition keys aws:PrincipalArn or aws:SourceArn.", path, at);
    return undefined;
  }
  if (type) return type;
  if (isProviderKey(prefix)) return undefined;
  if (prefix === "aws") r.add("INVALID_GLOBAL_CONDITION_KEY", `The condition key ${key} does not exist. Use a valid condition key.`, path, at);
  else r.add("INVALID_SERVICE_CONDITION_KEY", `The condition key ${key} does not exist in the service ${key.slice(0, colon)}. Use a valid condition key.`, path, at);
  return undefined;
}

function checkKeyUse(op: string, p: ParsedOperator, key: string, type: ConditionKeyType | undefined, effect: string | undefined, path: Path, at: Spanned, r: Reporter): void {
  if (!type) return;
  const multi = type.startsWith("ArrayOf");
  const base = multi ? type.slice("ArrayOf".length) : type;
  const allowed = FAMILY_TYPES[p.family];
  if (allowed !== "any" && !allowed.includes(base)) {
    const want = OPERATOR_TYPE_NAME[base];
    if (want) r.add("TYPE_MISMATCH", `Use the operator type ${want} instead of operator ${op} for the condition key ${key}.`, path, at);
  }
  if (p.qualifier === "ForAllValues" && !multi && effect === "Allow") {
    r.add("FORALLVALUES_WITH_SINGLE_VALUED_KEY", `Using ForAllValues qualifier with the single-valued condition key ${key} can be overly permissive. We recommend that you remove ForAllValues:.`, path, at);
  }
  if (multi && !p.qualifier && p.family !== "Null") {
    r.add("MISSING_QUALIFIER", `The request context key ${key} has multiple values. Use the ForAllValues or ForAnyValue condition key qualifiers in your policy.`, path, at);
  }
}

const VARIABLE = /\$\{[^}]*\}/;
const LITERAL_ESCAPES = /\$\{[*?$]\}/g;

function checkValues(op: string, p: ParsedOperator, key: string, node: JsonNode, path: Path, variablesEnabled: boolean, r: Reporter): void {
  const items = node.type === "array" ? node.items.map((n, i) => [n, [...path, i]] as const) : [[node, path] as const];
  if (node.type === "array" && node.items.length === 0) {
    const code = p.qualifier === "ForAllValues" ? "EMPTY_ARRAY_CONDITION_FORALLVALUES" : p.qualifier === "ForAnyValue" ? "EMPTY_ARRAY_CONDITION_FORANYVALUE" : p.ifExists ? "EMPTY_ARRAY_CONDITION_IFEXISTS" : "EMPTY_ARRAY_CONDITION";
    const details = {
      EMPTY_ARRAY_CONDITION_FORALLVALUES: `The ForAllValues prefix with an empty condition key matches only if the key ${key} is missing from the request context. To determine if the request context is empty, we recommend that you use the Null condition operator with the value of true instead.`,
      EMPTY_ARRAY_CONDITION_FORANYVALUE: `The ForAnyValue prefix with an empty condition key ${key} never matches the request context and it does not affect the policy. Specify conditions.`,
      EMPTY_ARRAY_CONDITION_IFEXISTS: `The IfExists suffix with an empty condition key matches only if the key ${key} is missing from the request context. To determine if the request context is empty, we recommend that you use the Null condition operator with the value of true instead.`,
      EMPTY_ARRAY_CONDITION: `There are no values for the condition key ${key} and it does not affect the policy. Specify conditions.`,
    }[code];
    r.add(code, details, path, node);
    return;
  }
  if (p.family === "Bool" && items.length > 1) {
    r.add("INVALID_CONDITION_MULTIPLE_BOOLEAN", "The condition key does not support multiple Boolean values. Use a single Boolean value.", path, node);
  }
  for (const [n, at] of items) {
    if (n.type !== "string" && n.type !== "number" && n.type !== "boolean") {
      r.add("DATA_TYPE_MISMATCH", "The text does not match the expected JSON data type String.", at, n);
      continue;
    }
    const v = n.value;
    if (variablesEnabled && typeof v === "string" && VARIABLE.test(v.replace(LITERAL_ESCAPES, "")) && p.family !== "String" && p.family !== "Arn") {
      r.add("INVALID_VARIABLE_FOR_OPERATOR", "Policy variables can only be used with String and ARN operators.", at, n);
      continue;
    }
    checkValue(op, p, v, at, n, r);
  }
}

function checkValue(op: string, p: ParsedOperator, v: string | number | boolean, at: Path, n: JsonNode, r: Reporter): void {
  switch (p.family) {
    case "Numeric":
      if (!isNumeric(v)) r.add("TYPE_MISMATCH_NUMBER", `Add a valid numeric value for the condition operator ${op}.`, at, n);
      return;
    case "Date": {
      const d = classifyDate(v);
      if (d === "invalid") r.add("TYPE_MISMATCH_DATE", "The date condition operator is used with an invalid value. Specify a valid date using YYYY-MM-DD or other ISO 8601 date/time format.", at, n);
      else if (d === "epoch") r.add("INVALID_DATE_VALUE", `The date ${v} might not resolve as expected. We recommend that you use the YYYY-MM-DD format.`, at, n);
      return;
    }
    case "Bool":
    case "Null":
      if (!isBool(v)) r.add("TYPE_MISMATCH_BOOLEAN", `Add a valid Boolean value (true or false) for the condition operator ${op}.`, at, n);
      return;
    case "IpAddress": {
      const c = checkCidr(v);
      if (!c.ok) r.add("TYPE_MISMATCH_IP_RANGE", `The condition operator ${op} is used with an invalid IP range value. Specify the IP range in standard CIDR format.`, at, n);
      else if (c.canonical) r.add("IMPROVE_IP_RANGE", `The non-zero bits in the IP address after the masked bits are ignored. Replace ${v} with ${c.canonical}.`, at, n);
      return;
    }
    case "Binary":
      if (!isBase64(v)) r.add("TYPE_MISMATCH_STRING", `Add a valid base64-encoded string value for the condition operator ${op}.`, at, n);
      return;
    case "String":
      if (!p.base.endsWith("Like") && typeof v === "string" && /[*?]/.test(v.replace(LITERAL_ESCAPES, ""))) {
        r.add("WILDCARD_WITHOUT_LIKE_OPERATOR", "Your condition value includes a * or ? character. If you meant to use a wildcard (*, ?), update the condition operator to include Like.", at, n);
      }
      return;
    case "Arn":
      return;
  }
}
