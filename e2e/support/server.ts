// Starts a private production server on its own port and data directory, for journeys that must restart
// the server or reset the sandbox without disturbing the shared test server.
import { execFileSync } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { startAppServer } from "../../lib/testing/app-server";

export interface PrivateServer {
  baseURL: string;
  dataDir: string;
  stop(): Promise<void>;
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
  const server = await startAppServer(port, dataDir);
  return { baseURL: server.baseURL, dataDir, stop: server.stop };
}
