import { isKnownOperator } from "../evaluate/conditions";
import { MSG } from "../messages";
import type { ConditionBlock, ConditionScalar } from "../types";
import type { Checked } from "./elements";
import type { JsonValue } from "./json";
import { isObject } from "./json";

const ISO_DATE = /^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;
const EPOCH = /^\d{1,19}$/;

function scalar(v: JsonValue): v is ConditionScalar {
  return typeof v === "string" || typeof v === "number" || typeof v === "boolean";
}

/** Date operators' values must be ISO-8601 dates or epoch seconds, or IAM fails "legacy parsing" [INF/moto]. */
function validDate(v: ConditionScalar): boolean {
  if (typeof v === "number") return Number.isInteger(v) && v >= 0;
  if (typeof v !== "string") return false;
  return EPOCH.test(v) || (ISO_DATE.test(v) && !Number.isNaN(Date.parse(v)));
}

function baseOperator(op: string): string {
  return op.replace(/^(?:ForAllValues|ForAnyValue):/, "").replace(/IfExists$/, "");
}

export function checkCondition(v: JsonValue): Checked<ConditionBlock> {
  if (!isObject(v)) return { ok: false, error: MSG.syntax() };
  const out: ConditionBlock = {};
  for (const op of Object.keys(v)) {
    const body = v[op];
    // Unknown operators, and keys written where an operator belongs, are plain syntax errors [OBS].
    if (!isKnownOperator(op) || !isObject(body)) return { ok: false, error: MSG.syntax() };
    const isDate = baseOperator(op).startsWith("Date");
    const keys: Record<string, ConditionScalar | ConditionScalar[]> = {};
    for (const key of Object.keys(body)) {
      // A key without a vendor prefix is legal (it simply never matches a request key) [OBS, CreatePolicy].
      const raw = body[key];
      const values = Array.isArray(raw) ? raw : [raw];
      if (!values.every(scalar)) return { ok: false, error: MSG.syntax() };
      if (isDate && !values.every(validDate)) return { ok: false, error: MSG.legacyParsing() };
      keys[key] = Array.isArray(raw) ? (raw as ConditionScalar[]) : (raw as ConditionScalar);
    }
    out[op] = keys;
  }
  return { ok: true, value: out };
}
