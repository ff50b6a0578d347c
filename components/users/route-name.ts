// Entity names arrive percent-encoded in page params; a malformed encoding is shown as typed, so the
// page answers NoSuchEntity instead of crashing.
export function decodeRouteName(raw: string): string {
  try {
    return decodeURIComponent(raw);
  } catch {
    return raw;
  }
}
