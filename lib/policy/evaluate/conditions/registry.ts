import { arnOperators } from "./arn";
import { binaryOperators } from "./binary";
import { boolOperators } from "./bool";
import { dateOperators } from "./date";
import { ipOperators } from "./ip";
import { numericOperators } from "./numeric";
import type { AnyOperatorDef } from "./operator";
import { stringOperators } from "./string";

/** Every base operator by its exact AWS name; operator names are case-sensitive as AWS writes them. */
const BASE_OPERATORS = new Map<string, AnyOperatorDef>(
  Object.entries({
    ...stringOperators,
    ...numericOperators,
    ...dateOperators,
    ...boolOperators,
    ...binaryOperators,
    ...ipOperators,
    ...arnOperators,
  }),
);

export type SetOperator = "ForAllValues" | "ForAnyValue";

/** An operator name taken apart: `ForAnyValue:StringLikeIfExists` → set, base, ifExists. */
export type ParsedOperator =
  | { kind: "null" }
  | { kind: "base"; def: AnyOperatorDef; base: string; set?: SetOperator; ifExists: boolean };

const OPERATOR_NAME = /^(?:(ForAllValues|ForAnyValue):)?(.+?)(IfExists)?$/;

export function parseOperator(name: string): ParsedOperator | undefined {
  if (name === "Null") return { kind: "null" };
  const m = OPERATOR_NAME.exec(name);
  const def = m ? BASE_OPERATORS.get(m[2]) : undefined;
  if (!m || !def) return undefined;
  return { kind: "base", def, base: m[2], set: m[1] as SetOperator | undefined, ifExists: m[3] !== undefined };
}

/** e.g. "StringEquals", "ForAnyValue:StringLike", "DateLessThanIfExists"; false for "NullIfExists". */
export function isKnownOperator(op: string): boolean {
  return parseOperator(op) !== undefined;
}
