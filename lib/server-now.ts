// The server's "now" as the console shows it (relative times count from it: components/ui/server-clock.tsx).
// One place for a sandbox clock (SANDBOX_CLOCK) to plug in.
export function serverNowMs(): number {
  return Date.now();
}
