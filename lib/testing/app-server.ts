// Starts the production server (server.ts, what `npm start` serves; needs `next build`) on its own
// port and sandbox store, for journeys that restart it and for benchmarks. `nextOnly` runs plain
// `next start` instead, to compare against Next's own request pipeline.
import { spawn, type ChildProcess } from "node:child_process";
import { sandboxEnv, type SandboxStore } from "./sandbox-db";

export interface AppServer {
  baseURL: string;
  child: ChildProcess;
  stop(): Promise<void>;
}

/** Polls until the URL answers: with a 2xx by default, with any HTTP answer when `anyAnswer` (a bare wire endpoint). */
export async function waitUntilUp(url: string, options: { timeoutMs?: number; method?: string; anyAnswer?: boolean } = {}): Promise<void> {
  const deadline = Date.now() + (options.timeoutMs ?? 90_000);
  while (Date.now() < deadline) {
    try {
      const r = await fetch(url, { method: options.method ?? "GET" });
      if (options.anyAnswer || r.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`server at ${url} did not start (is .next built?)`);
}

export async function startAppServer(port: number, store: SandboxStore, options: { nextOnly?: boolean; env?: Record<string, string> } = {}): Promise<AppServer> {
  const args = options.nextOnly ? ["node_modules/next/dist/bin/next", "start", "-p", String(port)] : ["--import", "tsx", "server.ts"];
  const child = spawn(process.execPath, args, {
    env: {
      ...process.env,
      NODE_ENV: "production",
      ...sandboxEnv(store),
      PORT: String(port),
      NEXTAUTH_URL: `http://localhost:${port}`,
      ...options.env,
    },
    stdio: "ignore",
  });
  const baseURL = `http://localhost:${port}`;
  try {
    await waitUntilUp(`${baseURL}/signin`);
  } catch (error) {
    child.kill("SIGTERM");
    throw error;
  }
  return {
    baseURL,
    child,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once("exit", () => resolve());
        child.kill("SIGTERM");
      }),
  };
}
