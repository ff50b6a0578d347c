// Unified Settings' "Visual mode" (Browser default, Light, Dark): a preference of the signed-in
// identity, kept server-side so every browser it signs in from gets it, and rendered into the page's
// <html> class so the first paint is already in the chosen mode (no flash).
// AWS: https://docs.aws.amazon.com/awsconsolehelpdocs/latest/gsg/change-visual-mode.html [INF: page name recalled]
import { db } from "@/lib/db";

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

export async function visualModeOf(principalArn: string): Promise<VisualMode> {
  const row = await db.consoleUserSetting.findUnique({ where: { principalArn }, select: { visualMode: true } });
  return isVisualMode(row?.visualMode) ? row.visualMode : DEFAULT_VISUAL_MODE;
}

export async function setVisualMode(principalArn: string, visualMode: VisualMode): Promise<void> {
  await db.consoleUserSetting.upsert({ where: { principalArn }, create: { principalArn, visualMode }, update: { visualMode } });
}

/**
 * The <html> class for a mode: Dark sets Cloudscape's own `awsui-dark-mode`; Browser default lets the
 * stylesheet follow prefers-color-scheme; Light adds nothing (the page as it always was).
 */
export function visualModeClass(mode: VisualMode): string | undefined {
  return mode === "dark" ? "awsui-dark-mode" : mode === "browser" ? "awsui-browser-mode" : undefined;
}
