import type { PatternPart } from "../wildcard";

/**
 * One base condition operator (StringLike, NumericLessThan…). The evaluator in ./index.ts adds the
 * shared semantics: IfExists, ForAllValues/ForAnyValue, missing keys, multivalued keys, negation.
 */
export interface OperatorDef<V = unknown, C = unknown> {
  /** Negated operators match when the request value differs from every listed value. */
  readonly negated: boolean;
  /** Whether policy variables are expanded in this operator's values (String*, Arn*, Bool per AWS). */
  readonly variables: boolean;
  /** A policy value after variable resolution; undefined when unusable, so it never matches. */
  value(text: string, parts: PatternPart[]): V | undefined;
  /** A request value; undefined when it is not of this type: then no comparison holds, negated or not. */
  context(text: string): C | undefined;
  /** The comparison in its positive sense (equals, like, less than…). */
  test(ctx: C, value: V): boolean;
}

export type AnyOperatorDef = OperatorDef<unknown, unknown>;

/** Erases the value types so families can sit side by side in one registry. */
export function defineOperator<V, C>(def: OperatorDef<V, C>): AnyOperatorDef {
  return def as unknown as AnyOperatorDef;
}

/** Builds an operator and its negation from one comparison. */
export function operatorPair<V, C>(
  base: Omit<OperatorDef<V, C>, "negated">,
): [positive: AnyOperatorDef, negated: AnyOperatorDef] {
  return [defineOperator({ ...base, negated: false }), defineOperator({ ...base, negated: true })];
}
