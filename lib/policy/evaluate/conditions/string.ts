import { compileMatcher, type Matcher } from "../wildcard";
import { operatorPair, type AnyOperatorDef } from "./operator";

const identity = (text: string) => text;
const lower = (text: string) => text.toLowerCase();

const [equals, notEquals] = operatorPair<string, string>({
  variables: true,
  value: identity,
  context: identity,
  test: (ctx, value) => ctx === value,
});

const [equalsIgnoreCase, notEqualsIgnoreCase] = operatorPair<string, string>({
  variables: true,
  value: lower,
  context: lower,
  test: (ctx, value) => ctx === value,
});

// Case-sensitive glob; wildcards come from the policy text only, never from substituted variables.
const [like, notLike] = operatorPair<Matcher, string>({
  variables: true,
  value: (_text, parts) => compileMatcher(parts),
  context: identity,
  test: (ctx, matcher) => matcher.test(ctx),
});

export const stringOperators: Record<string, AnyOperatorDef> = {
  StringEquals: equals,
  StringNotEquals: notEquals,
  StringEqualsIgnoreCase: equalsIgnoreCase,
  StringNotEqualsIgnoreCase: notEqualsIgnoreCase,
  StringLike: like,
  StringNotLike: notLike,
};
