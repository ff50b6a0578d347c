import { defineOperator, type AnyOperatorDef } from "./operator";

// JSON true and "true" normalise to the same string; AWS compares case-insensitively. Anything but
// true/false can never match.
const boolText = (text: string) => {
  const folded = text.trim().toLowerCase();
  return folded === "true" || folded === "false" ? folded : undefined;
};

export const boolOperators: Record<string, AnyOperatorDef> = {
  Bool: defineOperator<string, string>({
    negated: false,
    variables: true,
    value: boolText,
    context: boolText,
    test: (ctx, value) => ctx === value,
  }),
};
