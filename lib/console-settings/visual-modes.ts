// Unified Settings' visual modes and their <html> classes. Plain data, for client and server alike.
export const VISUAL_MODES = ["browser", "light", "dark"] as const;
export type VisualMode = (typeof VISUAL_MODES)[number];

/** The console's default stays Light (as before the setting existed), so screenshots and demos are unchanged. */
export const DEFAULT_VISUAL_MODE: VisualMode = "light";

export const VISUAL_MODE_LABELS: Record<VisualMode, string> = {
  browser: "Browser default",
  light: "Light",
  dark: "Dark",
};

export function isVisualMode(value: unknown): value is VisualMode {
  return typeof value === "string" && (VISUAL_MODES as readonly string[]).includes(value);
}

/**
 * The <html> class for a mode: Dark sets Cloudscape's own `awsui-dark-mode`; Browser default lets the
 * stylesheet follow prefers-color-scheme; Light adds nothing (the page as it always was).
 */
export function visualModeClass(mode: VisualMode): string | undefined {
  return mode === "dark" ? "awsui-dark-mode" : mode === "browser" ? "awsui-browser-mode" : undefined;
}
