// Roles Anywhere's resource names (ResourceName in its API model): 1–255 characters of letters,
// digits, spaces, hyphens and underscores. The service checks again and its message wins.
export const NAME_CONSTRAINT = "Up to 255 characters: letters, numbers, spaces, hyphens (-) and underscores (_).";

export function nameError(name: string): string | null {
  if (!name) return "Name is required.";
  if (name.length > 255) return "Name must be 255 characters or fewer.";
  if (!/^[ a-zA-Z0-9_-]*$/.test(name)) return "Name can contain only letters, numbers, spaces, hyphens (-) and underscores (_).";
  return null;
}
