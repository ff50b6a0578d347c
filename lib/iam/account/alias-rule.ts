// The account alias's format, shared by the wire (the IAM model's accountAliasType), the console
// route and the console's inline check, so the three cannot disagree.
// AWS: https://docs.aws.amazon.com/IAM/latest/APIReference/API_CreateAccountAlias.html

/** 3–63 characters, lower-case letters, digits and single inner hyphens. */
export const ACCOUNT_ALIAS_RULE = { min: 3, max: 63, pattern: "^[a-z0-9]([a-z0-9]|-(?!-)){1,61}[a-z0-9]$" } as const;

const PATTERN = new RegExp(ACCOUNT_ALIAS_RULE.pattern);

/**
 * The console's message for an alias the API would refuse, or null when it is well formed.
 * [INF] wording: the API reference's description of the pattern, as the console's form states it.
 */
export function accountAliasProblem(alias: string): string | null {
  if (alias.length === 0) return "Enter an account alias.";
  if (alias.length < ACCOUNT_ALIAS_RULE.min || alias.length > ACCOUNT_ALIAS_RULE.max) return "The account alias must be between 3 and 63 characters long.";
  if (!PATTERN.test(alias)) {
    return "The account alias can contain only lowercase letters, digits, and hyphens (-). It can't start or end with a hyphen, or contain two hyphens in a row.";
  }
  return null;
}
