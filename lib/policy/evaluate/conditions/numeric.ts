import { defineOperator, type AnyOperatorDef } from "./operator";

// Integers and decimals as AWS documents them; hex, exponents and "Infinity" are not numbers here.
const NUMBER = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)$/;

/** The number a condition value or request value stands for; undefined when it is not one. */
export function parseNumber(text: string): number | undefined {
  const trimmed = text.trim();
  return NUMBER.test(trimmed) ? Number(trimmed) : undefined;
}

function numeric(negated: boolean, test: (ctx: number, value: number) => boolean): AnyOperatorDef {
  return defineOperator<number, number>({ negated, variables: false, value: parseNumber, context: parseNumber, test });
}

export const numericOperators: Record<string, AnyOperatorDef> = {
  NumericEquals: numeric(false, (c, v) => c === v),
  NumericNotEquals: numeric(true, (c, v) => c === v),
  NumericLessThan: numeric(false, (c, v) => c < v),
  NumericLessThanEquals: numeric(false, (c, v) => c <= v),
  NumericGreaterThan: numeric(false, (c, v) => c > v),
  NumericGreaterThanEquals: numeric(false, (c, v) => c >= v),
};
