// Starts a private production server on its own port and sandbox store (a SQLite data directory, or
// a new PostgreSQL database when TEST_DATABASE_URL names a server), for journeys that must restart
// the server or reset the sandbox without disturbing the shared test server.
import { startAppServer } from "../../lib/testing/app-server";
import { createSandbox, prepareStore, type SandboxStore } from "../../lib/testing/sandbox-db";

export interface PrivateServer {
  baseURL: string;
  store: SandboxStore;
  stop(): Promise<void>;
}

/** A new, seeded sandbox store. */
export function newStore(): SandboxStore {
  return createSandbox();
}

export function runPrepareData(store: SandboxStore, ...args: string[]) {
  prepareStore(store, ...args);
}

/** `env`: extra server environment (e.g. SANDBOX_MODE=multi for a training server). */
export async function startServer(port: number, store: SandboxStore, env?: Record<string, string>): Promise<PrivateServer> {
  runPrepareData(store);
  const server = await startAppServer(port, store, { env });
  return { baseURL: server.baseURL, store, stop: server.stop };
}
