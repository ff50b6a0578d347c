// What Create a profile and Edit profile check before sending (Roles Anywhere checks everything again):
// the session duration (900–43200 s), the inline session policy (empty or a JSON object), the roles.
// AWS: https://docs.aws.amazon.com/rolesanywhere/latest/APIReference/API_CreateProfile.html
import { MAX_PROFILE_ROLES } from "./role-picker";

export const MIN_DURATION = 900;
export const MAX_DURATION = 43200;
export const DURATION_CONSTRAINT = `From ${MIN_DURATION} seconds (15 minutes) to ${MAX_DURATION} seconds (12 hours). The default is 3600.`;

/** The duration field's problem, if any: whole seconds from 900 to 43200 (CreateProfile's range). */
export function durationError(text: string): string | null {
  const n = Number(text);
  if (!/^\d+$/.test(text.trim()) || n < MIN_DURATION || n > MAX_DURATION) return `Enter a whole number of seconds from ${MIN_DURATION} to ${MAX_DURATION}.`;
  return null;
}

/** The inline session policy's problem, if any: empty, or a JSON object. */
export function sessionPolicyError(text: string): string | null {
  if (!text.trim()) return null;
  try {
    const v: unknown = JSON.parse(text);
    return v && typeof v === "object" && !Array.isArray(v) ? null : "The session policy must be a JSON object.";
  } catch {
    return "The session policy is not valid JSON.";
  }
}

export function rolesError(arns: string[]): string | null {
  if (arns.length === 0) return "Choose at least one role.";
  if (arns.length > MAX_PROFILE_ROLES) return `A profile can name at most ${MAX_PROFILE_ROLES} roles.`;
  return null;
}
