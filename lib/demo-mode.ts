// SANDBOX_DEMO=1 (server environment): the app runs for a scripted demo or a recorded walkthrough
// (training-spec §11.2). No first-visit interstitial is ever shown (a script cannot race an explainer
// that replaces the page), and notifications stay until dismissed (the flashbar never auto-dismisses).
export function demoMode(env: Record<string, string | undefined> = process.env): boolean {
  return env.SANDBOX_DEMO === "1";
}
