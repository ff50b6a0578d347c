// The benches that measure a store run once per store — SQLite, and PostgreSQL too when
// TEST_DATABASE_URL names a server — each in a child process of its own, because the store is chosen
// once per process. A bench calls perStore(script, child): the parent re-runs `script` once per store
// with BENCH_STORE set, and that child runs `child(store)` and exits.
import { execFileSync } from "node:child_process";

export type BenchStore = "sqlite" | "postgres";

export function perStore(script: string, child: (store: BenchStore) => Promise<void>): void {
  const store = process.env.BENCH_STORE as BenchStore | undefined;
  if (store) {
    if (store === "sqlite") delete process.env.TEST_DATABASE_URL;
    child(store).then(
      () => process.exit(0),
      (e: unknown) => {
        console.error(e);
        process.exit(1);
      },
    );
    return;
  }
  const stores: BenchStore[] = process.env.TEST_DATABASE_URL ? ["sqlite", "postgres"] : ["sqlite"];
  for (const s of stores) {
    execFileSync(process.execPath, ["node_modules/tsx/dist/cli.mjs", script], { env: { ...process.env, BENCH_STORE: s }, stdio: "inherit" });
  }
}
