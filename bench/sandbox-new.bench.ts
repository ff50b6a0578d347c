// "Start a new sandbox" benchmark (npm run bench:sandbox-new; training spec §6, target < 1 s): p50/p95
// of provisionSandbox (limits, four bcrypt hashes at the generated-password cost, the template seeded in one transaction) over 20
// sandboxes after one warm-up, with 100 sandboxes already on the server (a busy classroom), on a
// fresh SQLite store and on PostgreSQL too when TEST_DATABASE_URL names a server. Prints the load
// average beside the figures: on a shared 2-core machine they move with it.
import { execFileSync } from "node:child_process";
import { rmSync } from "node:fs";
import { loadavg } from "node:os";
import { performance } from "node:perf_hooks";

const RUNS = Number(process.env.SANDBOX_NEW_RUNS ?? 20);
const BACKGROUND = Number(process.env.SANDBOX_NEW_BACKGROUND ?? 100);

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

async function child(mode: "sqlite" | "postgres"): Promise<void> {
  if (mode === "sqlite") delete process.env.TEST_DATABASE_URL;
  const { createSandbox, sandboxEnv } = await import("../lib/testing/sandbox-db");
  const sandbox = createSandbox();
  Object.assign(process.env, sandboxEnv(sandbox));
  const { db } = await import("../lib/db");
  const { provisionSandbox } = await import("../lib/sandbox/provision");
  const { hashGeneratedPassword } = await import("../lib/auth/password");
  for (let i = 0; i < BACKGROUND; i++) await provisionSandbox(db, `bench-background-${String(i).padStart(12, "0")}`);
  const t0 = performance.now();
  await hashGeneratedPassword("Sbx-bench-7a!");
  const hashMs = performance.now() - t0;
  const times: number[] = [];
  for (let i = 0; i <= RUNS; i++) {
    const t = performance.now();
    await provisionSandbox(db, `bench-learner-${String(i).padStart(12, "0")}`);
    if (i > 0) times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  console.log(
    `sandbox new (${mode}): p50 ${percentile(times, 50).toFixed(0)} ms, p95 ${percentile(times, 95).toFixed(0)} ms over ${RUNS} sandboxes ` +
      `(${BACKGROUND} already there; one generated-password hash ${hashMs.toFixed(0)} ms, four per sandbox; load average ${loadavg().map((l) => l.toFixed(1)).join(" ")})`,
  );
  await db.$disconnect();
  rmSync(sandbox.dataDir, { recursive: true, force: true });
}

function main(): void {
  const mode = process.env.BENCH_SANDBOX_NEW_CHILD as "sqlite" | "postgres" | undefined;
  if (mode) {
    child(mode).then(
      () => process.exit(0),
      (e: unknown) => {
        console.error(e);
        process.exit(1);
      },
    );
    return;
  }
  const modes: ("sqlite" | "postgres")[] = process.env.TEST_DATABASE_URL ? ["sqlite", "postgres"] : ["sqlite"];
  for (const m of modes) {
    execFileSync(process.execPath, ["node_modules/tsx/dist/cli.mjs", "bench/sandbox-new.bench.ts"], { env: { ...process.env, BENCH_SANDBOX_NEW_CHILD: m }, stdio: "inherit" });
  }
}

main();
