// Unified Settings' "Visual mode" (Browser default, Light, Dark): a preference of the signed-in
// identity, kept server-side so every browser it signs in from gets it, and rendered into the page's
// <html> class so the first paint is already in the chosen mode (no flash).
// AWS: https://docs.aws.amazon.com/awsconsolehelpdocs/latest/gsg/change-visual-mode.html [INF: page name recalled]
import { db } from "@/lib/db";
import { DEFAULT_VISUAL_MODE, isVisualMode, type VisualMode } from "./visual-modes";

export { VISUAL_MODES, isVisualMode, visualModeClass, type VisualMode } from "./visual-modes";

export async function visualModeOf(principalArn: string): Promise<VisualMode> {
  const row = await db.consoleUserSetting.findUnique({ where: { principalArn }, select: { visualMode: true } });
  return isVisualMode(row?.visualMode) ? row.visualMode : DEFAULT_VISUAL_MODE;
}

export async function setVisualMode(principalArn: string, visualMode: VisualMode): Promise<void> {
  await db.consoleUserSetting.upsert({ where: { principalArn }, create: { principalArn, visualMode }, update: { visualMode } });
}
