// Test support: a second "instance" on this process's store (DATABASE_URL, SANDBOX_DATA_DIR) — a
// child process with its own module state (caches, generation counters), which calls the app's
// exported functions on request. What it writes must reach this process through the database only.
import { spawn } from "node:child_process";
import { createInterface } from "node:readline";

export interface OtherInstance {
  /** Calls `fn` exported by `module` (a path from the repository root) in the other process. */
  call<T = unknown>(module: string, fn: string, ...args: unknown[]): Promise<T>;
  close(): Promise<void>;
}

export function startOtherInstance(env: Record<string, string> = {}): OtherInstance {
  const child = spawn(process.execPath, ["--import", "tsx", "lib/testing/other-instance-child.ts"], {
    env: { ...process.env, ...env },
    stdio: ["pipe", "pipe", "inherit"],
  });
  const waiting = new Map<number, { resolve(v: unknown): void; reject(e: unknown): void }>();
  createInterface({ input: child.stdout! }).on("line", (line) => {
    const reply = JSON.parse(line) as { id: number; value?: unknown; error?: { name?: string; code?: string; message?: string } };
    const w = waiting.get(reply.id);
    waiting.delete(reply.id);
    if (reply.error) w?.reject(Object.assign(new Error(reply.error.message), reply.error));
    else w?.resolve(reply.value);
  });
  let next = 0;
  return {
    call: <T>(module: string, fn: string, ...args: unknown[]) =>
      new Promise<T>((resolve, reject) => {
        const id = next++;
        waiting.set(id, { resolve: resolve as (v: unknown) => void, reject });
        child.stdin!.write(`${JSON.stringify({ id, module, fn, args })}\n`);
      }),
    close: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once("exit", () => resolve());
        child.stdin!.end();
      }),
  };
}
