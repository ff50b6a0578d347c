// Where the console may send a browser after sign-in (callbackUrl) or after next-auth's own flows:
// only a path on this origin. Browsers read `/\host`, `/<TAB>/host` and `//host` as another host,
// and `/a/..//host` normalises to `//host`, so a prefix test on the raw string is not enough: the
// value is resolved against a fixed base and both it and its normalised form must be plain paths.

/** Where a signed-in user lands when no (acceptable) target was given. */
export const DEFAULT_AFTER_SIGN_IN = "/iam";

// Never a real host: only used to see whether resolution leaves the origin.
const BASE = new URL("http://console.invalid");

/** A single "/" followed by neither "/" nor "\": a path, never a scheme-relative URL. */
const isPlainPath = (value: string) => /^\/(?![/\\])/.test(value);

// Tabs and newlines are stripped by URL parsers and other controls have no place in a link.
const CONTROL = /[\u0000-\u001F\u007F]/;

/**
 * `value` as a same-origin path (pathname, query and fragment, normalised), or `fallback`.
 * Accepts unknown input: a query parameter may be missing, repeated (an array) or not a string.
 */
export function safeRedirectPath(value: unknown, fallback: string = DEFAULT_AFTER_SIGN_IN): string {
  if (typeof value !== "string" || !isPlainPath(value) || CONTROL.test(value) || value.includes("\\")) return fallback;
  let url: URL;
  try {
    url = new URL(value, BASE);
  } catch {
    return fallback;
  }
  if (url.origin !== BASE.origin) return fallback;
  const path = url.pathname + url.search + url.hash;
  return isPlainPath(path) ? path : fallback;
}

/**
 * next-auth's `redirect` callback: a relative path or an absolute URL on `baseUrl`'s origin, made
 * absolute on `baseUrl`; anything else goes to the console home.
 */
export function sameOriginRedirect({ url, baseUrl }: { url: string; baseUrl: string }): string {
  const base = new URL(baseUrl);
  let candidate = url;
  if (!url.startsWith("/")) {
    try {
      const absolute = new URL(url);
      if (absolute.origin !== base.origin) return new URL(DEFAULT_AFTER_SIGN_IN, base).href;
      candidate = absolute.pathname + absolute.search + absolute.hash;
    } catch {
      return new URL(DEFAULT_AFTER_SIGN_IN, base).href;
    }
  }
  return new URL(safeRedirectPath(candidate), base).href;
}
