import { defineOperator, type AnyOperatorDef } from "./operator";

const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

/** The bytes a base64 text encodes, as a binary string; undefined when it is not base64. */
export function decodeBase64(text: string): string | undefined {
  const compact = text.replace(/\s+/g, "");
  if (!BASE64.test(compact) || compact.length % 4 === 1) return undefined;
  try {
    return atob(compact);
  } catch {
    return undefined;
  }
}

// Both sides are base64 text; comparing decoded bytes makes padding and line breaks irrelevant.
export const binaryOperators: Record<string, AnyOperatorDef> = {
  BinaryEquals: defineOperator<string, string>({
    negated: false,
    variables: false,
    value: decodeBase64,
    context: decodeBase64,
    test: (ctx, value) => ctx === value,
  }),
};
