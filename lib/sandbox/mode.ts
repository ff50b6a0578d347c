// SANDBOX_MODE (training spec §6): "single" (default) is the one demo sandbox (111111111111 and
// 222222222222) everybody shares; "multi" is the training server, where each learner starts sandboxes
// of their own from the template (lib/sandbox/provision.ts) and every lookup stays inside one.

export type SandboxMode = "single" | "multi";

/** The demo sandbox's id: its accounts and organization carry it, and it has no Sandbox row. */
export const SINGLE_SANDBOX = "single";

export function sandboxMode(env: Record<string, string | undefined> = process.env): SandboxMode {
  return env.SANDBOX_MODE === "multi" ? "multi" : "single";
}

export function isMultiSandbox(env?: Record<string, string | undefined>): boolean {
  return sandboxMode(env) === "multi";
}
