// Set when the Switch Role explainer is dismissed; the server reads it to render the form directly
// (choosing on the server means the page never flips between explainer and form after it loads).
// Demo runners pre-set it as `iam-switchrole-intro-seen=1`.
import { demoMode } from "@/lib/demo-mode";

export const INTRO_COOKIE = "iam-switchrole-intro-seen";

/** The Set-Cookie value the browser stores when the explainer is dismissed (a year, whole site). */
export const INTRO_COOKIE_DISMISSED = `${INTRO_COOKIE}=1; Path=/; Max-Age=31536000; SameSite=Lax`;

/** Whether the Switch Role page opens on the explainer: first visit only, and never in a demo. */
export function showSwitchRoleIntro(cookieValue: string | undefined, env: Record<string, string | undefined> = process.env): boolean {
  return !demoMode(env) && cookieValue !== "1";
}
