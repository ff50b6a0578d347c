// Starts a private `next start` on its own port and data directory, for journeys that must restart
// the server or reset the sandbox without disturbing the shared test server.
import { spawn, execFileSync, type ChildProcess } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

export interface PrivateServer {
  baseURL: string;
  dataDir: string;
  stop(): Promise<void>;
}

async function waitUntilUp(url: string, timeoutMs = 60_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`server at ${url} did not start`);
}

export function newDataDir(): string {
  return mkdtempSync(path.join(tmpdir(), "iam-e2e-"));
}

export function runPrepareData(dataDir: string, ...args: string[]) {
  execFileSync(process.execPath, ["node_modules/tsx/dist/cli.mjs", "scripts/prepare-data.ts", ...args], {
    env: { ...process.env, SANDBOX_DATA_DIR: dataDir, DATABASE_URL: "" },
    stdio: "ignore",
  });
}

export async function startServer(port: number, dataDir: string): Promise<PrivateServer> {
  runPrepareData(dataDir);
  const child: ChildProcess = spawn(process.execPath, ["node_modules/next/dist/bin/next", "start", "-p", String(port)], {
    env: { ...process.env, SANDBOX_DATA_DIR: dataDir, DATABASE_URL: "", PORT: String(port), NEXTAUTH_URL: `http://localhost:${port}` },
    stdio: "ignore",
  });
  const baseURL = `http://localhost:${port}`;
  await waitUntilUp(`${baseURL}/signin`);
  return {
    baseURL,
    dataDir,
    stop: () =>
      new Promise<void>((resolve) => {
        child.once("exit", () => resolve());
        child.kill("SIGTERM");
      }),
  };
}
