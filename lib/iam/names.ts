// IAM's name and path rules (reference_iam-quotas): the same checks feed the console forms,
// the JSON routes and the Query API, so every door rejects the same input with the same message.
import { z } from "zod";
import { validationError } from "@/lib/errors";

import { NAME_PATTERN, NAME_RE } from "./name-rules";

/** User, role and group names: 1–64 characters of [\w+=,.@-] (AWS's limit; group names allow 128). */
export function checkName(field: string, value: string, max = 64): void {
  if (value.length < 1 || value.length > max) {
    throw validationError(field, value, `Member must have length less than or equal to ${max}`);
  }
  if (!NAME_RE.test(value)) {
    throw validationError(field, value, `Member must satisfy regular expression pattern: ${NAME_PATTERN}`);
  }
}

/** Paths: 1–512 characters, beginning and ending with "/". */
export function checkPath(value: string): void {
  if (value.length > 512 || !/^\/([\x21-\x7e]*\/)?$/.test(value) || value.includes("//")) {
    throw validationError("path", value, "Member must satisfy regular expression pattern: (\\u002F)|(\\u002F[\\u0021-\\u007E]+\\u002F)");
  }
}

export const ZEntityName = z.string().min(1).max(128);

export function iamArn(accountId: string, kind: "user" | "role" | "group" | "policy" | "instance-profile", path: string, name: string): string {
  return `arn:aws:iam::${accountId}:${kind}${path}${name}`;
}
