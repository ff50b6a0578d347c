// Test support: a throwaway PostgreSQL cluster of the test's own (initdb in a temporary directory,
// a free port), for fault tests that stop, start and restart the server — never the shared test
// server, which other suites are using. Needs Debian's postgresql binaries; as root (CI), every
// pg_ctl runs as the postgres user because initdb refuses root (../shared/STACK.md).
import { execFile, execFileSync } from "node:child_process";
import { chownSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir, userInfo } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { freePort } from "@/lib/testing/free-port";

const BIN = process.env.PG_BIN ?? "/usr/lib/postgresql/15/bin";
const run = promisify(execFile);

export interface ThrowawayCluster {
  /** The admin URL (database `postgres`). */
  url: string;
  stop(): Promise<void>;
  start(): Promise<void>;
  /** pg_ctl restart -m fast: every open connection is terminated (57P01). */
  restart(): Promise<void>;
  destroy(): Promise<void>;
}

/** [file, args] running `tool` as the postgres user when we are root. */
function asOwner(tool: string, args: string[]): [string, string[]] {
  const bin = path.join(BIN, tool);
  return userInfo().uid === 0 ? ["runuser", ["-u", "postgres", "--", bin, ...args]] : [bin, args];
}

export async function startThrowawayCluster(): Promise<ThrowawayCluster> {
  const dir = mkdtempSync(path.join(tmpdir(), "pg-throwaway-"));
  if (userInfo().uid === 0) {
    const pgUser = execFileSync("id", ["-u", "postgres"], { encoding: "utf8" }).trim();
    const pgGroup = execFileSync("id", ["-g", "postgres"], { encoding: "utf8" }).trim();
    chownSync(dir, Number(pgUser), Number(pgGroup));
  }
  const data = path.join(dir, "data");
  const port = await freePort();
  execFileSync(...asOwner("initdb", ["-D", data, "-U", "postgres", "--auth=trust", "-E", "UTF8", "--locale=C.UTF-8"]), { stdio: "ignore" });
  const options = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=50`;
  const ctl = async (...args: string[]) => {
    await run(...asOwner("pg_ctl", ["-D", data, "-l", path.join(dir, "log"), "-w", "-m", "fast", "-o", options, ...args]));
  };
  await ctl("start");
  return {
    url: `postgresql://postgres@127.0.0.1:${port}/postgres`,
    stop: () => ctl("stop"),
    start: () => ctl("start"),
    restart: () => ctl("restart"),
    destroy: async () => {
      await ctl("stop").catch(() => undefined);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
